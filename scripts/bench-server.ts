/**
 * Latency of the language server: the time from a `didChange` on a ~20 KB article to the
 * `publishDiagnostics` for that version, over the real stdio transport, with every rule on (the
 * `strict` preset). Runs twice: with the debounce set to 0 (initialization option `debounce`),
 * which is the server's own latency, and with the default debounce of 150 ms, whose figure
 * includes the wait after a change (twice the last lint, at least 25 ms, at most the debounce).
 * The same lint without the server, in this process, is measured first: the floor the server's
 * figure is to be read against, with the paragraph cache the server keeps and without it.
 * The article is machine output from the WMT22 corpus (`../shared/corpus/wmt22`) when present,
 * otherwise generated sentences, with some typical damage added.
 * With `--against DIR` (another checkout of mtlint, built), that build's lint of each change is
 * timed in the same process, in turn with this one's, and the ratio given edit by edit: a
 * comparison the machine's load touches evenly.
 * Usage: npm run bench:server [-- --changes N] [-- --against DIR]
 */
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import type {PublishDiagnosticsParams} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ParagraphCache} from '../src/paragraph-cache.js'
import {lintText} from '../src/server/linter.js'
import {defaultDebounce} from '../src/server/server.js'
import {corpusRoot, isReference, loadWmt22} from './corpus.js'

const changesIndex = process.argv.indexOf('--changes')
const changes = changesIndex === -1 ? 30 : Number(process.argv[changesIndex + 1])
const againstIndex = process.argv.indexOf('--against')
const againstDir = againstIndex === -1 ? undefined : path.resolve(process.argv[againstIndex + 1] ?? '')
const warmUp = 10
const targetSize = 20_000
const server = fileURLToPath(new URL('../src/server/main.js', import.meta.url))

/** Machine-translated documents until ~20 KB, or generated sentences without the corpus. */
function article(): {text: string; source: string} {
  let text = ''
  let source: string
  if (existsSync(path.join(corpusRoot, 'wmt22'))) {
    source = 'WMT22 machine output'
    for (const document of loadWmt22()) {
      if (isReference(document)) continue
      if (text.length >= targetSize) break
      text += document.text.trim() + '\n\n'
    }
  } else {
    source = 'generated sentences'
    const subjects = ['The minister', 'A spokesman for the company', 'The mayor of the city', 'Local residents']
    const verbs = ['said', 'told reporters', 'confirmed', 'wrote on social media']
    for (let at = 0; text.length < targetSize; at++) {
      text += `${subjects[at % 4]} ${verbs[(at >> 2) % 4]} that the talks, held on Monday, would go on. `
      if (at % 6 === 5) text += '\n\n'
    }
  }
  // Typical damage, every few hundred characters: a doubled comma, a doubled period.
  let damaged = ''
  let count = 0
  for (const part of text.split(/(?<=, )/)) {
    damaged += count++ % 7 === 3 ? part.replace(/, $/, ',, ') : part
  }
  return {text: damaged.replace(/(\w)\. (?=[A-Z])/g, (match, letter: string, offset: number) => (offset % 5 === 0 ? `${letter}. . ` : match)), source}
}

interface Run {
  debounce: number
  times: number[]
  diagnostics: number
}

async function measure(text: string, debounce: number): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-server-'))
  writeFileSync(path.join(dir, '.mtlintrc.json'), JSON.stringify({preset: 'strict'}))
  const child = spawn(process.execPath, [server, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map<number, (params: PublishDiagnosticsParams) => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    if (params.version !== undefined) waiting.get(params.version)?.(params)
  })
  connection.listen()

  const uri = pathToFileURL(path.join(dir, 'article.txt')).href
  const published = (version: number) =>
    new Promise<PublishDiagnosticsParams>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}`)), 30_000)
      waiting.set(version, (params) => {
        clearTimeout(timer)
        waiting.delete(version)
        resolve(params)
      })
    })

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}},
    initializationOptions: {debounce}
  })
  await connection.sendNotification(InitializedNotification.type, {})

  let document = TextDocument.create(uri, 'plaintext', 1, text)
  const opened = published(1)
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: {uri, languageId: 'plaintext', version: 1, text}
  })
  let last = await opened

  const times: number[] = []
  for (let round = 0; round < warmUp + changes; round++) {
    // Alternately type a damaged clause somewhere in the article and take it out again.
    const clause = ' and then,, he left'
    const at = Math.floor(((round >> 1) * 7919) % document.getText().length)
    const insert = round % 2 === 0
    const from = insert ? document.positionAt(at) : document.positionAt(document.getText().indexOf(clause))
    const to = insert ? from : document.positionAt(document.offsetAt(from) + clause.length)
    const change = {range: {start: from, end: to}, text: insert ? clause : ''}
    const version = document.version + 1
    document = TextDocument.create(uri, 'plaintext', version, TextDocument.applyEdits(document, [{range: change.range, newText: change.text}]))
    const arrived = published(version)
    const started = performance.now()
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [change]
    })
    last = await arrived
    if (round >= warmUp) times.push(performance.now() - started)
  }

  await connection.sendRequest(ShutdownRequest.type)
  await connection.sendNotification(ExitNotification.type)
  await new Promise((resolve) => child.on('exit', resolve))
  connection.dispose()
  rmSync(dir, {recursive: true, force: true})
  return {debounce, times, diagnostics: last.diagnostics.length}
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

/** The same edits as the server gets: a damaged clause typed somewhere, then taken out again. */
function edited(text: string, round: number): string {
  if (round % 2 === 1) return text
  const at = Math.floor(((round >> 1) * 7919) % text.length)
  return text.slice(0, at) + ' and then,, he left' + text.slice(at)
}

interface Linter {
  lintText: typeof lintText
  cache: ParagraphCache | undefined
}

/** The lint of another build (`--against DIR`), with a paragraph cache of its own; a one-line error if there is none. */
async function otherBuild(dir: string): Promise<Linter> {
  try {
    const load = (file: string) => import(pathToFileURL(path.join(dir, 'dist/src', file)).href)
    const linter = (await load('server/linter.js')) as typeof import('../src/server/linter.js')
    const caches = (await load('paragraph-cache.js')) as typeof import('../src/paragraph-cache.js')
    return {lintText: linter.lintText, cache: new caches.ParagraphCache()}
  } catch (error) {
    console.error(`bench-server: --against ${dir}: no built mtlint there (dist/src/server/linter.js): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    process.exit(2)
  }
}

/**
 * The lint alone, in this process, on the same text, edits and configuration: what the server
 * cannot go below. With a paragraph cache, as the server lints an open document, and without
 * (and with another build's, given `--against`), in turn on each edit, each first in its turn, so
 * that the machine's drift touches all.
 */
async function lintOnly(text: string, against?: Linter): Promise<{cached: number[]; whole: number[]; against: number[]}> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-server-'))
  writeFileSync(path.join(dir, '.mtlintrc.json'), JSON.stringify({preset: 'strict'}))
  const file = path.join(dir, 'article.txt')
  const linters: Record<string, Linter> = {cached: {lintText, cache: new ParagraphCache()}, whole: {lintText, cache: undefined}}
  if (against) linters.against = against
  const times = {cached: [] as number[], whole: [] as number[], against: [] as number[]}
  const kinds = Object.keys(linters) as Array<keyof typeof times>
  for (let round = 0; round < warmUp + changes; round++) {
    const version = edited(text, round)
    for (let turn = 0; turn < kinds.length; turn++) {
      const kind = kinds[(round + turn) % kinds.length]
      const started = performance.now()
      await linters[kind].lintText(file, version, {cache: linters[kind].cache})
      if (round >= warmUp) times[kind].push(performance.now() - started)
    }
  }
  rmSync(dir, {recursive: true, force: true})
  return times
}

const {text, source} = article()
console.log(
  `didChange → publishDiagnostics on a ${(Buffer.byteLength(text) / 1000).toFixed(1)} KB article (${source}), ` +
    `preset strict, ${changes} changes after ${warmUp} warm-up changes, one at a time`
)
const summary = (times: number[], label: string) => {
  const sorted = [...times].sort((a, b) => a - b)
  return (
    `  ${label.padEnd(46)} median ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
    `p90 ${percentile(sorted, 0.9).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`
  )
}
console.log('lint alone, in process (no server):')
const alone = await lintOnly(text, againstDir === undefined ? undefined : await otherBuild(againstDir))
console.log(summary(alone.cached, 'lintText, paragraph cache (as the server)'))
console.log(summary(alone.whole, 'lintText, whole article'))
if (againstDir !== undefined) {
  console.log(summary(alone.against, `the same, paragraph cache, ${path.basename(againstDir)}`))
  const ratios = alone.cached.map((time, at) => time / alone.against[at]).sort((a, b) => a - b)
  console.log(`  this build / ${path.basename(againstDir)}, edit by edit: median ${percentile(ratios, 0.5).toFixed(2)}, p10 ${percentile(ratios, 0.1).toFixed(2)}, p90 ${percentile(ratios, 0.9).toFixed(2)}`)
}
for (const debounce of [0, defaultDebounce]) {
  const run = await measure(text, debounce)
  console.log(`server, debounce ${debounce} ms (${run.diagnostics} diagnostics published):`)
  console.log(summary(run.times, debounce > 0 ? 'didChange → publishDiagnostics, adaptive wait' : 'didChange → publishDiagnostics'))
}
