/**
 * One large article: the WMT21 machine translations joined into a single plain-text file of 5 MB
 * (and one of 0.5 MB, to see that time grows linearly), linted by the built command line as a
 * user runs it, then with `--fix-dry-run`. Each run is a child process that reports its own CPU
 * time and peak memory (`process.resourceUsage()` at exit); the median of `--rounds` runs is kept.
 * Fails (exit 1) when the 5 MB lint takes more than 5 s or 400 MB, `--fix-dry-run` more than 8 s or
 * 600 MB, or either takes more than 15 times its 0.5 MB time.
 * Usage: npm run bench:large [-- --rounds N] [--clock cpu|wall]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {cliBin} from './cli-bin.js'
import {isWmt21Reference, loadWmt21, requireCorpus} from './corpus.js'

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const rounds = Number(argument('--rounds') ?? 3)
/** CPU time by default: other work on a shared machine stretches wall-clock time, not CPU time. */
const clock = argument('--clock') === 'wall' ? 'wall' : 'cpu'
const cli = cliBin
/** Loaded before the command line: prints the process's own CPU time and peak memory as it exits. */
const usageHook = `data:text/javascript,process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nbench-usage ' + JSON.stringify({cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024}) + '\\n') })`

interface Run {
  /** Milliseconds. */
  cpu: number
  wall: number
  /** Peak resident memory, MB. */
  rss: number
}

/** An article of about `size` characters: whole machine-translated documents, a blank line between them. */
function article(size: number): string {
  const texts = loadWmt21()
    .filter((document) => !isWmt21Reference(document))
    .map((document) => document.text)
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const text = texts[index % texts.length]
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n').slice(0, size)
}

function runOnce(file: string, options: readonly string[]): Run {
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--import', usageHook, cli, ...options, file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26
  })
  const wall = performance.now() - started
  const line = result.stderr.split('\n').find((candidate) => candidate.startsWith('bench-usage '))
  // Exit 1 is findings (errors); 2 would be a crash or a file error.
  if (!line || result.status === 2 || result.signal) {
    throw new Error(`mtlint ${options.join(' ')} failed (exit ${result.status ?? result.signal}): ${result.stderr.trim().split('\n')[0]}`)
  }
  const usage = JSON.parse(line.slice('bench-usage '.length)) as {cpu: number; rss: number}
  return {cpu: usage.cpu, wall, rss: usage.rss}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

function measure(file: string, options: readonly string[]): Run {
  const runs = Array.from({length: rounds}, () => runOnce(file, options))
  return {cpu: median(runs.map((run) => run.cpu)), wall: median(runs.map((run) => run.wall)), rss: median(runs.map((run) => run.rss))}
}

function main(): void {
  requireCorpus('wmt21')
  const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-large-'))
  try {
    const small = path.join(folder, 'article-0.5MB.txt')
    const large = path.join(folder, 'article-5MB.txt')
    writeFileSync(small, article(500_000))
    writeFileSync(large, article(5_000_000))
    const modes = [
      {name: 'lint', options: ['--jobs', '1'], seconds: 5, megabytes: 400},
      {name: '--fix-dry-run', options: ['--jobs', '1', '--fix-dry-run'], seconds: 8, megabytes: 600}
    ]
    let failed = false
    console.log(`mode | 0.5 MB | 5 MB | ratio | peak memory (5 MB) | target | result   (${clock} time, median of ${rounds})`)
    for (const mode of modes) {
      const a = measure(small, mode.options)
      const b = measure(large, mode.options)
      const ratio = b[clock] / Math.max(a[clock], 1)
      const pass = b[clock] <= mode.seconds * 1000 && b.rss <= mode.megabytes && ratio <= 15
      failed ||= !pass
      console.log(
        `${mode.name} | ${(a[clock] / 1000).toFixed(2)} s | ${(b[clock] / 1000).toFixed(2)} s | ${ratio.toFixed(1)} | ${b.rss.toFixed(0)} MB | ≤ ${mode.seconds} s, ≤ ${mode.megabytes} MB, ratio ≤ 15 | ${pass ? 'pass' : 'FAIL'}`
      )
    }
    if (failed) process.exitCode = 1
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

main()
