/**
 * Large runs (issue: CI gate and corpora): the WMT22 corpus written out as files, linted by the
 * built CLI with --jobs 1 and --jobs 2; a second --cache run on unchanged files; and the peak
 * memory of --jsonl on an input of about 1 GB made by repeating the corpus.
 * Usage: npm run bench:scale [-- --jsonl-megabytes N] [-- --keep]
 */
import {spawn, spawnSync} from 'node:child_process'
import {createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs'
import {once} from 'node:events'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {loadWmt22} from './corpus.js'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const jsonlMegabytes = Number(argument('--jsonl-megabytes') ?? 1024)
const cli = new URL('../src/cli.js', import.meta.url).pathname
const work = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-scale-'))

// The corpus as files: one per document, by language pair and system.
const documents = loadWmt22()
let bytes = 0
for (const document of documents) {
  const folder = path.join(work, 'wmt22', document.pair, document.system.replace(/[^\w.-]+/g, '_'))
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, `${document.doc.replace(/[^\w.-]+/g, '_')}.txt`), document.text)
  bytes += Buffer.byteLength(document.text)
}
const megabytes = bytes / 1e6
console.log(`${documents.length} files, ${megabytes.toFixed(2)} MB, in ${work}`)

/** Seconds one CLI run takes, with its JSON report on standard output (to a file). */
function timed(args: string[]): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, [cli, '--format', 'json', ...args], {
    cwd: work,
    stdio: ['ignore', openSync(path.join(work, 'report.json'), 'w'), 'pipe'],
    encoding: 'utf8'
  })
  if (result.status !== 0 && result.status !== 1) throw new Error(`mtlint ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return (performance.now() - started) / 1000
}

const best = (args: string[], runs = 2) => Math.min(...Array.from({length: runs}, () => timed(args)))
const serial = best(['--jobs', '1', 'wmt22'])
const parallel = best(['--jobs', '2', 'wmt22'])
console.log(`--jobs 1: ${serial.toFixed(2)} s, ${(megabytes / serial).toFixed(2)} MB/s`)
console.log(`--jobs 2: ${parallel.toFixed(2)} s, ${(megabytes / parallel).toFixed(2)} MB/s`)
console.log(`two jobs are ${(serial / parallel).toFixed(2)} times as fast as one (target: at least 1.6)`)

const cacheArgs = ['--cache', '--cache-location', path.join(work, '.mtlintcache'), 'wmt22']
const cold = timed(cacheArgs)
const warm = timed(cacheArgs)
console.log(`--cache: first run ${cold.toFixed(2)} s, second run ${warm.toFixed(2)} s, ${((warm / cold) * 100).toFixed(1)}% of the first (target: under 10%)`)

// --jsonl: an input of about jsonlMegabytes MB, made by repeating the corpus's records.
const input = path.join(work, 'corpus.jsonl')
const stream = createWriteStream(input)
let written = 0
let id = 0
while (written < jsonlMegabytes * 1e6) {
  for (const document of documents) {
    const line = JSON.stringify({id: id++, text: document.text}) + '\n'
    written += Buffer.byteLength(line)
    if (!stream.write(line)) await once(stream, 'drain')
    if (written >= jsonlMegabytes * 1e6) break
  }
}
stream.end()
await once(stream, 'finish')

// GNU time reports the peak resident set size of the whole process, worker threads included.
const timeBinary = '/usr/bin/time'
if (!existsSync(timeBinary)) throw new Error('the --jsonl measurement needs GNU time at /usr/bin/time')
const started = performance.now()
const child = spawn(timeBinary, ['-f', '%M', process.execPath, cli, '--jsonl'], {
  cwd: work,
  stdio: [openSync(input, 'r'), 'ignore', 'pipe']
})
let stderr = ''
child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
const [code] = (await once(child, 'close')) as [number]
if (code !== 0) throw new Error(`mtlint --jsonl exited ${code}: ${stderr}`)
const seconds = (performance.now() - started) / 1000
const peakKilobytes = Number(stderr.trim().split('\n').pop())
console.log(
  `--jsonl: ${(written / 1e6).toFixed(0)} MB, ${id} records in ${seconds.toFixed(0)} s (${(written / 1e6 / seconds).toFixed(2)} MB/s), peak memory ${(peakKilobytes / 1024).toFixed(0)} MB (target: under 300 MB)`
)

if (!process.argv.includes('--keep')) rmSync(work, {recursive: true, force: true})
