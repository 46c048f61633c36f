/**
 * Adversarial inputs: each pattern repeated to about 100 KB and 1 MB (in UTF-16 code units), linted
 * in-process with `lint()` (and, for a few, fixed with `fix()`), each measurement in a child process
 * with a time budget, so that a runaway pattern fails alone instead of hanging the run. Fails (exit 1)
 * when, for any pattern, 1 MB takes more than 15 times as long as 100 KB, or linting 1 MB takes more
 * than 5 s, or a measurement crashes or runs out of its budget. For a failing pattern, each rule is
 * timed alone on the 1 MB input (and the parser with no rule), to name the one that dominates.
 * Times are CPU time (user and system) of the call by default; `--clock wall` uses wall-clock time.
 * Usage: npm run bench:adversarial [-- --only SUBSTRING] [--format text|markdown|html] [--budget SECONDS]
 *   [--rule-budget SECONDS] [--clock cpu|wall] [--no-dominant]
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {Format} from '../src/formats/extensions.js'
import {createProcessor, fix, lint} from '../src/processor.js'
import {rules} from '../rules/index.js'
import {VFile} from 'vfile'
import {makeInput, patterns, sizes} from './adversarial-patterns.js'
import type {Pattern} from './adversarial-patterns.js'

const pathOf: Record<Format, string | undefined> = {text: undefined, markdown: 'bench.md', html: 'bench.html', xliff: 'bench.xlf'}

// ---------------------------------------------------------------------------------------------------
// Child: one measurement, printed as JSON on standard output.

interface Measurement {
  /** Milliseconds of CPU time (user and system, all threads) and of wall-clock time. */
  cpu: number
  wall: number
  messages: number
}

function measure(patternName: string, format: Format, size: number, mode: string): Measurement {
  const pattern = patterns.find((candidate) => candidate.name === patternName)
  if (!pattern) throw new Error(`no pattern ${patternName}`)
  const input = makeInput(pattern, size)
  const path = pathOf[format]
  // Warm up the code paths on a short normal article, so the small size is not timed cold.
  const warm = 'The minister said , the the talks “would resume”. he added.\n\nOfficials agreed.'
  for (let round = 0; round < 3; round++) lint(warm, {path})
  let run: () => number
  if (mode === 'lint') run = () => lint(input, {path}).messages.length
  else if (mode === 'fix') run = () => fix(input, {path}).messages.length
  else {
    // `parse`: the parser alone; `rule:<id>`: one rule alone.
    const processor = createProcessor(mode === 'parse' ? {preset: 'none'} : {preset: 'none', rules: {[mode.slice(5)]: 'warn'}})
    run = () => {
      const file = new VFile({value: input, path})
      processor.runSync(processor.parse(file), file)
      return file.messages.length
    }
  }
  const cpu = process.cpuUsage()
  const started = performance.now()
  const messages = run()
  const wall = performance.now() - started
  const used = process.cpuUsage(cpu)
  return {cpu: (used.user + used.system) / 1000, wall, messages}
}

// ---------------------------------------------------------------------------------------------------
// Parent: the table.

const script = fileURLToPath(import.meta.url)

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

type Outcome = {ok: true; ms: number; messages: number} | {ok: false; why: string}

/**
 * Which clock the limits apply to: CPU time by default, since other work on a shared machine
 * stretches wall-clock time (not CPU time) of the same run several times over.
 */
const clock = argument('--clock') === 'wall' ? 'wall' : 'cpu'

function runChild(pattern: Pattern, format: Format, size: number, mode: string, budgetSeconds: number): Outcome {
  const result = spawnSync(
    process.execPath,
    [script, '--child', pattern.name, format, String(size), mode],
    {encoding: 'utf8', timeout: budgetSeconds * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 24}
  )
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return {ok: false, why: `> ${budgetSeconds} s`}
  if (result.signal) return {ok: false, why: `killed (${result.signal})`}
  if (result.status !== 0) {
    const line = result.stderr.split('\n').find((candidate) => /Error|error/.test(candidate)) ?? `exit ${result.status}`
    return {ok: false, why: `crash: ${line.trim().slice(0, 80)}`}
  }
  const measurement = JSON.parse(result.stdout.trim().split('\n').pop()!) as Measurement
  return {ok: true, ms: measurement[clock], messages: measurement.messages}
}

const seconds = (outcome: Outcome) => (outcome.ok ? `${(outcome.ms / 1000).toFixed(3)} s` : outcome.why)

interface Row {
  pattern: string
  format: Format
  mode: 'lint' | 'fix'
  small: Outcome
  large: Outcome
  ratio: number | undefined
  pass: boolean
  dominant?: string
}

function main(): void {
  const only = argument('--only')
  const onlyFormat = argument('--format') as Format | undefined
  const budget = Number(argument('--budget') ?? 60)
  // Each rule alone needs less: past it, the rule dominates anyway.
  const ruleBudget = Number(argument('--rule-budget') ?? 15)
  const maxRatio = 15
  const maxLargeLint = 5000

  const rows: Row[] = []
  const header = ['pattern', 'format', 'mode', '100 KB', '1 MB', 'ratio', 'result', 'messages (1 MB)', 'dominant']
  console.log(header.join(' | '))
  for (const pattern of patterns) {
    if (only && !pattern.name.includes(only)) continue
    for (const format of pattern.formats) {
      if (onlyFormat && format !== onlyFormat) continue
      for (const mode of pattern.fix ? (['lint', 'fix'] as const) : (['lint'] as const)) {
        const small = runChild(pattern, format, sizes['100 KB'], mode, budget)
        // A pattern that fails at 100 KB is not run at 1 MB: it would only fail slower.
        const large: Outcome = small.ok ? runChild(pattern, format, sizes['1 MB'], mode, budget) : {ok: false, why: 'not run'}
        const ratio = small.ok && large.ok ? large.ms / Math.max(small.ms, 1) : undefined
        const pass = small.ok && large.ok && ratio! <= maxRatio && (mode !== 'lint' || large.ms <= maxLargeLint)
        const row: Row = {pattern: pattern.name, format, mode, small, large, ratio, pass}
        if (!pass && !process.argv.includes('--no-dominant')) row.dominant = dominantRule(pattern, format, ruleBudget)
        rows.push(row)
        console.log(
          [
            pattern.name,
            format,
            mode,
            seconds(small),
            seconds(large),
            ratio === undefined ? '-' : ratio.toFixed(1),
            pass ? 'pass' : 'FAIL',
            large.ok ? String(large.messages) : '-',
            row.dominant ?? ''
          ].join(' | ')
        )
      }
    }
  }

  const failed = rows.filter((row) => !row.pass)
  console.log(`\n${rows.length - failed.length} of ${rows.length} passed (${clock} time; 1 MB ≤ ${maxRatio}× 100 KB, 1 MB lint ≤ ${maxLargeLint / 1000} s, budget ${budget} s each)`)
  if (failed.length > 0) {
    console.log('Failed:')
    for (const row of failed) console.log(`  ${row.pattern} (${row.format}, ${row.mode}): ${seconds(row.small)} / ${seconds(row.large)}${row.dominant ? `; dominant: ${row.dominant}` : ''}`)
    process.exitCode = 1
  }
}

/**
 * Time the parser alone (no rule) and each rule alone on the 1 MB input; name what dominates: the
 * parser when it takes most of the time, else the rule whose time over the parser's is the largest.
 */
function dominantRule(pattern: Pattern, format: Format, budget: number): string {
  const parser = runChild(pattern, format, sizes['1 MB'], 'parse', budget)
  const timings: Array<[string, Outcome]> = rules.map((rule) => [rule.id, runChild(pattern, format, sizes['1 MB'], `rule:${rule.id}`, budget)])
  const cost = (outcome: Outcome) => (outcome.ok ? outcome.ms : Infinity)
  const ranked = timings.sort((a, b) => cost(b[1]) - cost(a[1]))
  const [id, outcome] = ranked[0]
  const parserCost = cost(parser)
  const over = (entry: [string, Outcome]) =>
    entry[1].ok ? `${entry[0]} +${((entry[1].ms - parserCost) / 1000).toFixed(2)} s` : `${entry[0]} ${entry[1].why}`
  if (outcome.ok && parserCost >= outcome.ms - parserCost) {
    return `parser ${seconds(parser)} (the slowest rule, ${over(ranked[0])} over it)`
  }
  return `${over([id, outcome])} over the parser (${seconds(parser)}); next ${over(ranked[1])}`
}

if (process.argv[2] === '--child') {
  const [, , , name, format, size, mode] = process.argv
  console.log(JSON.stringify(measure(name, format as Format, Number(size), mode)))
} else {
  main()
}
