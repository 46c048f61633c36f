/**
 * The command line end to end (issue 12): `node dist/bundle/mtlint.js --format json DIR` (the bin) over the WMT22
 * machine output written out as files, against a plain script that runs the stock retext stack over
 * the same files and prints its JSON (`scripts/stock-retext.ts`), and against `mtlint --jobs 1`,
 * to show what the worker threads bring. The commands run in turn, round after round, so that the
 * machine's drift touches them alike; each figure is a median, with the min and max beside it.
 * First, while this process is still small, the cold start on one article: `node dist/bundle/mtlint.js
 * ARTICLE`, against Node's own start.
 * The load average is printed before and after each part: the figures mean little without it.
 * Usage: npm run bench:cli [-- --rounds N] [-- --starts N] [-- --keep]
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {cliBin as cli} from './cli-bin.js'
import {isReference, loadWmt22, projectRoot, requireCorpus} from './corpus.js'

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name)
  if (index === -1) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} expects a whole number of at least 1, not ${process.argv[index + 1]}`)
  return value
}
const rounds = argument('--rounds', 5)
const starts = argument('--starts', 20)
const stock = fileURLToPath(new URL('./stock-retext.js', import.meta.url))
requireCorpus('wmt22')

/** Wall-clock milliseconds of one whole process, its output read and thrown away. */
function time(args: readonly string[], accept: readonly number[], cwd = work): number {
  const started = performance.now()
  const run = spawnSync(process.execPath, args, {cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
  const elapsed = performance.now() - started
  if (run.error) throw run.error
  if (!accept.includes(run.status ?? -1)) {
    throw new Error(`node ${args.join(' ')} exited ${run.status}: ${String(run.stderr).split('\n')[0]}`)
  }
  return elapsed
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b)
const median = (values: readonly number[]) => {
  const order = sorted(values)
  const middle = order.length >> 1
  return order.length % 2 === 1 ? order[middle] : (order[middle - 1] + order[middle]) / 2
}
const spread = (values: readonly number[], unit: (value: number) => string) =>
  `median ${unit(median(values))} (min ${unit(sorted(values)[0])}, max ${unit(sorted(values).at(-1)!)})`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const milliseconds = (ms: number) => `${ms.toFixed(0)} ms`
const times = (ratio: number) => `${ratio.toFixed(2)}×`

const load = () => `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`

console.log(`cold starts first; ${load()}`)
// Cold start: one article, as a person or a pre-commit hook runs it, against Node doing nothing,
// and against tsc's output of the same CLI loaded module by module (what the bundle saves). Timed
// first, while this process is small: spawning a child from a process that holds the corpus costs
// some 25 ms more, for `node -e 0` as much as for mtlint, which is the harness's cost, not the CLI's.
const article = path.join(projectRoot, 'samples', 'press-conference.txt')
const unbundled = fileURLToPath(new URL('../src/cli.js', import.meta.url))
const startRuns = {mtlint: [] as number[], unbundled: [] as number[], node: [] as number[]}
for (let round = 0; round < starts; round++) {
  startRuns.mtlint.push(time([cli, article], [0, 1], projectRoot))
  startRuns.unbundled.push(time([unbundled, article], [0, 1], projectRoot))
  startRuns.node.push(time(['-e', '0'], [0], projectRoot))
}
console.log(`cold start, \`mtlint samples/press-conference.txt\`: ${spread(startRuns.mtlint, milliseconds)} over ${starts} runs (target: at most 150 ms)`)
console.log(`  the same CLI module by module (\`node dist/src/cli.js\`), in turn with it: ${spread(startRuns.unbundled, milliseconds)}`)
console.log(`  Node starting and doing nothing (\`node -e 0\`), in turn with it: ${spread(startRuns.node, milliseconds)}`)

const work = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-cli-'))
const safeName = (name: string) => name.replace(/[^\w.-]+/g, '_')
let count = 0
let bytes = 0
for (const document of loadWmt22()) {
  if (isReference(document)) continue
  const folder = path.join(work, 'wmt22', document.pair, safeName(document.system))
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, `${safeName(document.doc)}.txt`), document.text)
  count++
  bytes += Buffer.byteLength(document.text)
}

// mtlint exits with 1 when it finds something, which it does on this corpus.
const commands = {
  mtlint: {args: [cli, '--format', 'json', 'wmt22'], accept: [0, 1]},
  'mtlint --jobs 1': {args: [cli, '--jobs', '1', '--format', 'json', 'wmt22'], accept: [0, 1]},
  'stock retext stack': {args: [stock, 'wmt22'], accept: [0]}
}
type Name = keyof typeof commands
const names = Object.keys(commands) as Name[]

console.log(`${count} files of WMT22 machine output, ${(bytes / 1e6).toFixed(2)} MB; ${rounds} alternating rounds; ${load()}`)
const runs = new Map<Name, number[]>(names.map((name) => [name, []]))
for (let round = 0; round < rounds; round++) {
  // Each round starts with another command, so none always follows the same one.
  const order = names.map((_, at) => names[(at + round) % names.length])
  for (const name of order) runs.get(name)!.push(time(commands[name].args, commands[name].accept))
}
for (const name of names) {
  const values = runs.get(name)!
  console.log(`  ${name.padEnd(20)} ${spread(values, seconds)}, ${((bytes / 1e6) / (median(values) / 1000)).toFixed(2)} MB/s`)
}
// A ratio per round, between runs made one after the other: the machine's drift cancels out.
const ratios = (a: Name, b: Name) => runs.get(a)!.map((value, at) => runs.get(b)![at] / value)
console.log(`mtlint is ${spread(ratios('mtlint', 'stock retext stack'), times)} as fast as the stock stack (target: at least 3×)`)
console.log(`mtlint with the jobs it chooses is ${spread(ratios('mtlint', 'mtlint --jobs 1'), times)} as fast as with --jobs 1`)

console.log(`  ${load()}`)

if (process.argv.includes('--keep')) console.log(`files kept in ${work}`)
else rmSync(work, {recursive: true, force: true})
