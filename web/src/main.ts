/** The playground page: the editor, the lint worker, the findings, the fix buttons and the settings. */
// First: the worker starts loading before the editor's code is evaluated (see early-worker.ts).
import {client, ruleList} from './early-worker.js'
import {forEachDiagnostic, setDiagnostics} from '@codemirror/lint'
import type {Diagnostic} from '@codemirror/lint'
import type {Settings} from '../../src/config.js'
import {toDiagnostic} from './diagnostics.js'
import {createEditor} from './editor.js'
import {renderFindings} from './findings-list.js'
import {formatOf, pathFor} from './format.js'
import type {Format} from './format.js'
import {LintSession} from './lint-session.js'
import {readArticle} from './open-file.js'
import {RuleCatalog} from './rule-docs.js'
import {renderSampleButtons} from './sample-buttons.js'
import {samples} from './samples.js'
import {SettingsPanel} from './settings-panel.js'
import {startArticle} from './start-article.js'
import {editsBetween} from './text-edits.js'

/**
 * Lint on every keystroke while a lint takes under 100 ms (a 20 KB article takes some 25–45 ms);
 * past that, wait for a pause in typing as long as the last lint, at most 300 ms.
 */
const lintTiming = {quickLint: 100, maxPause: 300}
const first = startArticle(location.hash, samples, samples.find((sample) => sample.name === 'city-guide.md') ?? {name: 'article.txt', text: ''})

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const formatSelect = element<HTMLSelectElement>('format')
const fileInput = element<HTMLInputElement>('file')
const status = element('status')
const errorLine = element('error')
const findings = element('findings')

/** The name the article goes by: the file opened, or the sample; downloads take it. */
let articleName = first.name
/** The diagnostics shown, in the order of the findings list. */
let shown: Diagnostic[] = []

/** The rules as the worker lists them; it answers that before the first lint, as it answers in order. */
let catalog = new RuleCatalog([])
/** Built once the rules are listed; until then the settings are the recommended preset's. */
let settingsPanel: SettingsPanel | undefined

const session = new LintSession(
  client,
  {
    input: () => ({text: view.state.doc.toString(), path: pathFor(format()), settings: settings()}),
    show({messages, text}) {
      shown = messages.map((message) => toDiagnostic(message, text.length, catalog))
      view.dispatch(setDiagnostics(view.state, shown))
      renderFindings(findings, messages, text.length, {jump, apply: applyAt, catalog})
      // How many lints the list has shown: a change of it tells a watcher (the browser tests, the
      // benchmark) that new findings are in.
      findings.dataset.lints = String(Number(findings.dataset.lints ?? 0) + 1)
      const safe = messages.filter((message) => message.fixable).length
      status.textContent = `${count(messages.length, 'finding')}, ${safe} with a safe fix.`
      errorLine.textContent = ''
    },
    fail(error) {
      errorLine.textContent = error.message
    },
    busy(busy) {
      findings.setAttribute('aria-busy', String(busy))
    }
  },
  lintTiming
)

const view = createEditor(element('editor'), first.text, {changed: () => session.changed(), dropped: (file) => void openFile(file)})

function settings(): Settings {
  return settingsPanel?.settings ?? {preset: 'recommended'}
}

function format(): Format {
  return formatSelect.value as Format
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Put a text in the editor (one undo step) and lint it at once. */
function load(text: string, name: string): void {
  articleName = name
  formatSelect.value = formatOf(name)
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}, selection: {anchor: 0}, scrollIntoView: true})
  session.changed(true)
}

async function openFile(file: File): Promise<void> {
  try {
    load(await readArticle(file), file.name)
    status.textContent = `Opened ${file.name}.`
  } catch (error) {
    errorLine.textContent = error instanceof Error ? error.message : String(error)
  }
}

/** Where a listed finding is now: CodeMirror moves its diagnostics with the edits made since the lint. */
function placeOf(index: number): {from: number; to: number} | undefined {
  const wanted = shown[index]
  let place: {from: number; to: number} | undefined
  forEachDiagnostic(view.state, (diagnostic, from, to) => {
    if (diagnostic === wanted) place = {from, to}
  })
  return place
}

function jump(index: number): void {
  const place = placeOf(index)
  if (!place) return
  view.dispatch({selection: {anchor: place.from, head: place.to}, scrollIntoView: true})
  view.focus()
}

function applyAt(index: number, replacement: string): void {
  const place = placeOf(index)
  if (!place) {
    errorLine.textContent = 'That finding is gone with an edit: wait for the new findings.'
    return
  }
  view.dispatch({changes: {...place, insert: replacement}, userEvent: 'input.fix'})
}

/** The article with every safe fix applied, as `mtlint --fix` writes it. */
async function fixedArticle(): Promise<{before: string; fixed: string; fixes: number}> {
  const before = view.state.doc.toString()
  const answer = await client.request('fix', before, pathFor(format()), settings())
  return {before, fixed: answer.fixed ?? before, fixes: answer.fixes ?? 0}
}

/** Run a button's work, showing a failure on the page rather than in the console. */
function act(button: string, work: () => Promise<string>): void {
  element(button).addEventListener('click', () => {
    work().then(
      (done) => {
        status.textContent = done
        errorLine.textContent = ''
      },
      (error: unknown) => {
        errorLine.textContent = error instanceof Error ? error.message : String(error)
      }
    )
  })
}

act('fix-all', async () => {
  const {before, fixed, fixes} = await fixedArticle()
  if (view.state.doc.toString() !== before) throw new Error('The article changed while it was being fixed: try again.')
  const changes = editsBetween(before, fixed).map(({from, to, text}) => ({from, to, insert: text}))
  if (changes.length > 0) view.dispatch({changes, userEvent: 'input.fix'})
  return `Applied ${count(fixes, 'safe fix')}.`
})

act('copy', async () => {
  const {fixed, fixes} = await fixedArticle()
  await navigator.clipboard.writeText(fixed)
  return `Copied the article with ${count(fixes, 'safe fix')} applied.`
})

act('download', async () => {
  const {fixed, fixes} = await fixedArticle()
  const name = formatOf(articleName) === format() ? articleName : pathFor(format())
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([fixed], {type: 'text/plain;charset=utf-8'}))
  link.download = name
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
  return `Downloaded ${name} with ${count(fixes, 'safe fix')} applied.`
})

act('copy-settings', async () => {
  await navigator.clipboard.writeText(element<HTMLTextAreaElement>('settings-json').value)
  return 'Copied the settings: save them as .mtlintrc.json in your project.'
})

element('open').addEventListener('click', () => fileInput.click())
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file) void openFile(file)
  fileInput.value = ''
})
formatSelect.addEventListener('change', () => session.changed(true))

// A file dropped anywhere on the page opens, rather than the browser leaving the page for it.
document.addEventListener('dragover', (event) => event.preventDefault())
document.addEventListener('drop', (event) => {
  event.preventDefault()
  const file = event.dataTransfer?.files[0]
  if (file) void openFile(file)
})

renderSampleButtons(element('samples'), samples, (sample) => {
  load(sample.text, sample.name)
  status.textContent = `Opened the sample ${sample.name}.`
})

formatSelect.value = formatOf(articleName)
// The first lint is asked for before the page waits for the rules' list, so that the worker
// starts on it as soon as it is ready.
session.changed(true)
try {
  catalog = new RuleCatalog(await ruleList)
  settingsPanel = new SettingsPanel(catalog, element('settings'), element<HTMLTextAreaElement>('settings-json'), () => session.changed(true))
} catch (error) {
  errorLine.textContent = error instanceof Error ? error.message : String(error)
}
