/**
 * Fuzzing: the properties of `tests/properties.test.ts` (lint never throws or crashes a rule and
 * keeps offsets right; fix reaches a fixed point, keeps line endings, never changes markup) on many
 * generated articles per format. Prints progress; on a failure, the shrunk counterexample as JSON
 * and the command that replays it, and exits 1. Bad arguments: one line on stderr, exit 2.
 * Usage: npm run fuzz [-- --runs N] [--seed S] [--format text|markdown|html] [--property lint|fix]
 *   [--path P]
 * `--runs` is per format and property (default 200,000); the seed is random unless given, and printed;
 * `--path` (with `--seed`, `--format` and `--property`) replays the one input of a reported failure.
 */
import {parseArgs} from 'node:util'
import '../src/formats/register-all.js'
import type {FuzzFailure} from './fuzz/run.js'
import {runProperty} from './fuzz/run.js'
import {fuzzFormats, fuzzProperties} from './fuzz/properties.js'

interface Options {
  runs: number
  seed: number
  formats: typeof fuzzFormats
  properties: typeof fuzzProperties
  path?: string
}

class UsageError extends Error {}

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`)
  }
  return Number(value)
}

function options(argv: string[]): Options {
  const {values} = parseArgs({
    args: argv,
    options: {runs: {type: 'string'}, seed: {type: 'string'}, format: {type: 'string'}, property: {type: 'string'}, path: {type: 'string'}},
    strict: true,
    allowPositionals: false
  })
  const formats = fuzzFormats.filter((format) => values.format === undefined || format.id === values.format)
  if (formats.length === 0) throw new UsageError(`--format must be one of ${fuzzFormats.map((format) => format.id).join(', ')}, got ${JSON.stringify(values.format)}`)
  const properties = fuzzProperties.filter((property) => values.property === undefined || property.name === values.property)
  if (properties.length === 0) throw new UsageError(`--property must be one of ${fuzzProperties.map((property) => property.name).join(', ')}, got ${JSON.stringify(values.property)}`)
  if (values.path !== undefined) {
    if (!/^\d+(:\d+)*$/.test(values.path)) throw new UsageError(`--path must be fast-check's path, digits and colons, got ${JSON.stringify(values.path)}`)
    if (formats.length !== 1 || properties.length !== 1) throw new UsageError('--path replays one failure: give --format, --property and --seed with it')
    if (values.seed === undefined) throw new UsageError('--path replays one failure: give --seed with it')
  }
  return {
    runs: wholeNumber('runs', values.runs, 200_000, 1),
    // fast-check takes a 32-bit seed.
    seed: wholeNumber('seed', values.seed, Math.floor(Math.random() * 2 ** 31), -(2 ** 31)),
    formats,
    properties,
    ...(values.path !== undefined ? {path: values.path} : {})
  }
}

function main(argv: string[]): number {
  let chosen: Options
  try {
    chosen = options(argv)
  } catch (error) {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
  const log = (line: string) => process.stdout.write(line + '\n')
  log(`fuzz: seed ${chosen.seed}, ${chosen.runs} runs per format and property`)
  const failures: FuzzFailure[] = []
  for (const format of chosen.formats) {
    for (const property of chosen.properties) {
      const started = Date.now()
      const failure = runProperty({format, property, runs: chosen.runs, seed: chosen.seed, log, ...(chosen.path ? {path: chosen.path} : {})})
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      if (failure) {
        failures.push(failure)
        log(`${format.id} ${property.name}: FAILED in ${seconds} s`)
        log(JSON.stringify(failure, null, 2))
      } else if (chosen.path) {
        log(`${format.id} ${property.name}: the input at path ${chosen.path} passes`)
      } else {
        log(`${format.id} ${property.name}: ${chosen.runs} inputs passed in ${seconds} s`)
      }
    }
  }
  log(failures.length === 0 ? 'fuzz: no failure' : `fuzz: ${failures.length} failing propert${failures.length === 1 ? 'y' : 'ies'}; replay with the "replay" command`)
  return failures.length === 0 ? 0 : 1
}

process.exitCode = main(process.argv.slice(2))
