/**
 * What fix() changes in text that needs no fixing: every edit it makes on the human references of
 * WMT21 (ref-A, ref-B) and WMT22 (ref-A) and on the State of the Union addresses, as before → after
 * with its rule and some context, and the edits per rule per 1,000 words. Edits are taken from the
 * fixable messages of a first lint; a character diff of fix()'s output against the original finds
 * the edits no such message announced (later passes, or a fixer that strays from its message).
 * `--corpus readmes` audits the README.md files of the installed packages instead, as Markdown:
 * technical prose, code and links no rule was written against (not part of `all`).
 * Usage: npm run eval:fix-audit [-- --corpus wmt21|wmt22|sotu|readmes|all] [--rule ID]
 */
import {diffChars} from 'diff'
import {changedStretches} from '../src/text-diff.js'
import {fix, lint} from '../src/processor.js'
import {countWords, isReference, isWmt21Reference, loadPackageReadmes, loadSotu, loadWmt21, loadWmt22, perThousand, requireCorpus} from './corpus.js'
import {excerpt} from './inject/report.js'
import {flagsOf, touches} from './inject/score.js'

const target = 0.05

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const corpusName = argument('--corpus') ?? 'all'
const onlyRule = argument('--rule')
const corpora = ['wmt21', 'wmt22', 'sotu', 'readmes'] as const
if (corpusName !== 'all' && !(corpora as readonly string[]).includes(corpusName)) {
  console.error(`Unexpected corpus \`${corpusName}\`, expected one of: ${corpora.join(', ')}, all`)
  process.exit(2)
}
const chosen = corpora.filter((name) => (corpusName === 'all' ? name !== 'readmes' : corpusName === name))

interface Document {
  name: string
  text: string
  /** A file name that gives the format (`README.md`), when not plain text. */
  path?: string
}

function load(name: (typeof corpora)[number]): {title: string; documents: Document[]} {
  if (name === 'wmt21') {
    requireCorpus('wmt21')
    const documents = loadWmt21().filter(isWmt21Reference)
    return {title: 'WMT21 human references (ref-A, ref-B)', documents: documents.map((document) => ({name: `${document.pair}/${document.doc}/${document.system}`, text: document.text}))}
  }
  if (name === 'wmt22') {
    requireCorpus('wmt22')
    const documents = loadWmt22().filter(isReference)
    return {title: 'WMT22 human references (ref-A)', documents: documents.map((document) => ({name: `${document.pair}/${document.doc}`, text: document.text}))}
  }
  if (name === 'readmes') {
    const documents = loadPackageReadmes().map((readme) => ({...readme, path: readme.name}))
    return {title: 'READMEs of the installed packages (Markdown)', documents}
  }
  return {title: 'State of the Union addresses', documents: loadSotu().map((address) => ({name: address.name, text: address.text}))}
}

interface Hunk {
  from: number
  to: number
  insert: string
}

/** The stretches where `after` differs from `before`, as offsets into `before`. */
function hunks(before: string, after: string): Hunk[] {
  return changedStretches(diffChars(before, after)).map(({from, to, text}) => ({from, to, insert: text}))
}

const visible = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    .replace(/[\u00A0\u00AD\u200B-\u200F\u2028-\u202F\u2060\uFEFF]/g, (character) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`)

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length

/** Edits of fix() that no message of the first lint covers: later passes, or a fix beyond its message. */
const unreportedHeading = 'edits no message reported'
const totals = new Map<string, number>()
let totalWords = 0
for (const name of chosen) {
  const {title, documents} = load(name)
  const words = documents.reduce((sum, document) => sum + countWords(document.text), 0)
  totalWords += words
  /** The edits of each rule, printed together. */
  const edits = new Map<string, string[]>()
  const record = (rule: string, entry: string) => edits.set(rule, [...(edits.get(rule) ?? []), entry])
  console.log(`\n## ${title}: ${documents.length} documents, ${words} words`)
  for (const document of documents) {
    const fixed = String(fix(document.text, {path: document.path}).value)
    if (fixed === document.text) continue
    const changes = hunks(document.text, fixed)
    const fixable = lint(document.text, {path: document.path}).messages.filter((message) => message.fixable)
    const flags = flagsOf(fixable)
    flags.forEach((flag, index) => {
      // A message counts as an edit when fix() changed something on its range.
      if (!changes.some((hunk) => touches(flag, hunk.from, hunk.to))) return
      const message = fixable[index]
      record(
        flag.rule,
        `${document.name}:${lineOf(document.text, flag.from)}  \`${visible(String(message.actual))}\` → \`${visible(String(message.expected?.[0]))}\`\n    ${excerpt(document.text, flag.from, flag.to, 50)}`
      )
    })
    for (const hunk of changes) {
      if (flags.some((flag) => touches(flag, hunk.from, hunk.to))) continue
      record(
        unreportedHeading,
        `${document.name}:${lineOf(document.text, hunk.from)}  \`${visible(document.text.slice(hunk.from, hunk.to))}\` → \`${visible(hunk.insert)}\`\n    ${excerpt(document.text, hunk.from, hunk.to, 50)}`
      )
    }
  }
  const perRule = new Map([...edits].map(([rule, entries]) => [rule, entries.length]))
  const printed = [...edits].sort(([a], [b]) => (a === unreportedHeading ? 1 : b === unreportedHeading ? -1 : a.localeCompare(b)))
  for (const [rule, entries] of printed) {
    if (onlyRule && rule !== onlyRule) continue
    console.log(`\n### ${rule}: ${entries.length}, ${perThousand(entries.length, words)} per 1,000 words`)
    for (const entry of entries) console.log(entry)
  }
  const total = [...perRule.values()].reduce((sum, count) => sum + count, 0)
  console.log(`\nEdits: ${total} = ${perThousand(total, words)} per 1,000 words (target ≤ ${target})`)
  for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(34)} ${String(count).padStart(5)}  ${perThousand(count, words)}`)
    totals.set(rule, (totals.get(rule) ?? 0) + count)
  }
}

if (chosen.length > 1) {
  const total = [...totals.values()].reduce((sum, count) => sum + count, 0)
  console.log(`\n## All: ${totalWords} words`)
  console.log(`Edits: ${total} = ${perThousand(total, totalWords)} per 1,000 words (target ≤ ${target})`)
  for (const [rule, count] of [...totals].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(34)} ${String(count).padStart(5)}  ${perThousand(count, totalWords)}`)
  }
}
