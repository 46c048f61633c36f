/**
 * Large runs (issue: CI gate and corpora): the WMT22 corpus written out as files, linted by the
 * built CLI with --jobs 1 and --jobs 2; a second --cache run on unchanged files; and the peak
 * memory of --jsonl on an input of about 1 GB made by repeating the corpus.
 * Usage: npm run bench:scale [-- --jsonl-megabytes N] [-- --rounds N] [-- --keep]
 */
import {spawn} from 'node:child_process'
import {closeSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {once} from 'node:events'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {cliBin as cli} from './cli-bin.js'
import {loadWmt22} from './corpus.js'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const jsonlMegabytes = Number(argument('--jsonl-megabytes') ?? 1024)
const work = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-scale-'))

// The corpus as files: one per document, by language pair and system, in two halves (`wmt22/a`,
// `wmt22/b`, every other document) so that two processes can each lint one.
const documents = loadWmt22()
let bytes = 0
for (const [index, document] of documents.entries()) {
  const folder = path.join(work, 'wmt22', index % 2 === 0 ? 'a' : 'b', document.pair, document.system.replace(/[^\w.-]+/g, '_'))
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, `${document.doc.replace(/[^\w.-]+/g, '_')}.txt`), document.text)
  bytes += Buffer.byteLength(document.text)
}
const megabytes = bytes / 1e6
console.log(`${documents.length} files, ${megabytes.toFixed(2)} MB, in ${work}`)

// GNU time reports what a process and its threads used: CPU seconds here, peak memory for --jsonl.
const timeBinary = '/usr/bin/time'
if (!existsSync(timeBinary)) throw new Error('this benchmark needs GNU time at /usr/bin/time')

interface Run {
  /** Wall-clock seconds. */
  seconds: number
  /** User and system CPU seconds, all threads. */
  cpu: number
}

/** Start one CLI run, with its JSON report written to a file. */
function start(args: string[], name: string): {done: Promise<Run>} {
  const usage = path.join(work, `${name}.time`)
  const started = performance.now()
  const report = openSync(path.join(work, `${name}.json`), 'w')
  const child = spawn(timeBinary, ['-o', usage, '-f', '%U %S', process.execPath, cli, '--format', 'json', ...args], {
    cwd: work,
    stdio: ['ignore', report, 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
  const done = once(child, 'close').then(([code]) => {
    closeSync(report)
    if (code !== 0 && code !== 1) throw new Error(`mtlint ${args.join(' ')} exited ${code}: ${stderr}`)
    const [user, system] = readFileSync(usage, 'utf8').trim().split('\n').pop()!.split(' ').map(Number)
    return {seconds: (performance.now() - started) / 1000, cpu: user + system}
  })
  return {done}
}

const timed = (args: string[]) => start(args, 'run').done
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// This machine's speed drifts by 10% or more from minute to minute: the runs alternate, and each
// figure is the median of its rounds. The last kind of run, two processes with --jobs 1 at once on
// the two halves, is the most two cores give this work without any coordination between them.
const rounds = Number(argument('--rounds') ?? 3)
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds expects a whole number of at least 1, not ${argument('--rounds')}`)
const serialRuns: Run[] = []
const parallelRuns: Run[] = []
const pairRuns: Run[] = []
for (let round = 0; round < rounds; round++) {
  serialRuns.push(await timed(['--jobs', '1', 'wmt22']))
  parallelRuns.push(await timed(['--jobs', '2', 'wmt22']))
  const started = performance.now()
  const halves = await Promise.all([start(['--jobs', '1', 'wmt22/a'], 'a').done, start(['--jobs', '1', 'wmt22/b'], 'b').done])
  pairRuns.push({seconds: (performance.now() - started) / 1000, cpu: halves[0].cpu + halves[1].cpu})
}
const summary = (label: string, runs: Run[]) => {
  const seconds = median(runs.map((run) => run.seconds))
  console.log(`${label}: ${seconds.toFixed(2)} s, ${(megabytes / seconds).toFixed(2)} MB/s, ${median(runs.map((run) => run.cpu)).toFixed(1)} CPU seconds`)
  return seconds
}
const serial = summary('--jobs 1', serialRuns)
const parallel = summary('--jobs 2', parallelRuns)
const pair = summary('two --jobs 1 processes, one half each, at once', pairRuns)
console.log(`two jobs are ${(serial / parallel).toFixed(2)} times as fast as one (target: at least 1.6); two separate processes reach ${(serial / pair).toFixed(2)}`)

const cacheLocation = path.join(work, '.mtlintcache')
const cacheArgs = ['--cache', '--cache-location', cacheLocation, 'wmt22']
const coldRuns: number[] = []
const warmRuns: number[] = []
for (let round = 0; round < rounds; round++) {
  rmSync(cacheLocation, {force: true})
  coldRuns.push((await timed(cacheArgs)).seconds)
  warmRuns.push((await timed(cacheArgs)).seconds)
}
const cold = median(coldRuns)
const warm = median(warmRuns)
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

// The peak resident set size of the whole process, worker threads included.
const jsonlStarted = performance.now()
const child = spawn(timeBinary, ['-f', '%M', process.execPath, cli, '--jsonl'], {
  cwd: work,
  stdio: [openSync(input, 'r'), 'ignore', 'pipe']
})
let stderr = ''
child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
const [code] = (await once(child, 'close')) as [number]
if (code !== 0) throw new Error(`mtlint --jsonl exited ${code}: ${stderr}`)
const seconds = (performance.now() - jsonlStarted) / 1000
const peakKilobytes = Number(stderr.trim().split('\n').pop())
console.log(
  `--jsonl: ${(written / 1e6).toFixed(0)} MB, ${id} records in ${seconds.toFixed(0)} s (${(written / 1e6 / seconds).toFixed(2)} MB/s), peak memory ${(peakKilobytes / 1024).toFixed(0)} MB (target: under 300 MB)`
)

if (!process.argv.includes('--keep')) rmSync(work, {recursive: true, force: true})
