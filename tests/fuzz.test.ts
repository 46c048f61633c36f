/**
 * `npm run fuzz`: the runner reports a shrunk counterexample that its replay command reproduces,
 * and the built script passes on a small budget and refuses bad arguments in one line.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import type {FuzzProperty} from '../scripts/fuzz/properties.js'
import {fuzzFormats} from '../scripts/fuzz/properties.js'
import {runProperty} from '../scripts/fuzz/run.js'

const fuzzPath = fileURLToPath(new URL('../dist/scripts/fuzz.js', import.meta.url))
const runFuzz = (args: string[]) => spawnSync(process.execPath, [fuzzPath, ...args], {encoding: 'utf8'})

/** A property that breaks on any article with a full-width comma. */
const noFullWidthComma: FuzzProperty = {
  name: 'lint',
  description: 'no full-width comma',
  check: (_format, text) => {
    if (text.includes('，')) throw new Error('full-width comma')
  }
}
const text = fuzzFormats.find((format) => format.id === 'text')!

describe('runProperty', () => {
  it('shrinks a failure to its smallest article and gives the seed and path that replay it', () => {
    const lines: string[] = []
    const failure = runProperty({format: text, property: noFullWidthComma, runs: 2000, seed: 7, log: (line) => lines.push(line)})
    expect(failure).toMatchObject({format: 'text', property: 'lint', counterexample: '，', error: 'full-width comma', seed: 7})
    expect(failure!.replay).toBe(`npm run fuzz -- --format text --property lint --seed 7 --path ${failure!.path}`)
    expect(lines.some((line) => line.includes('shrinking'))).toBe(true)

    const replayed = runProperty({format: text, property: noFullWidthComma, runs: 2000, seed: 7, path: failure!.path, log: () => {}})
    expect(replayed?.counterexample).toBe('，')
  })

  it('returns nothing when every input passes, and reports progress', () => {
    const lines: string[] = []
    const passing: FuzzProperty = {...noFullWidthComma, check: () => {}}
    expect(runProperty({format: text, property: passing, runs: 50, seed: 7, every: 20, log: (line) => lines.push(line)})).toBeUndefined()
    expect(lines).toEqual([expect.stringMatching(/^ {2}text lint: 20 of 50 /), expect.stringMatching(/^ {2}text lint: 40 of 50 /)])
  })
})

describe('the built fuzz script', () => {
  it('runs both properties of a format and exits 0 when they hold', () => {
    const run = runFuzz(['--runs', '30', '--seed', '3', '--format', 'html'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^fuzz: seed 3, 30 runs per format and property\n/)
    expect(run.stdout).toMatch(/^html lint: 30 inputs passed in /m)
    expect(run.stdout).toMatch(/^html fix: 30 inputs passed in /m)
    expect(run.stdout).not.toMatch(/^(text|markdown) /m)
  })

  it('replays the input at a path of seed, format and property alone', () => {
    const run = runFuzz(['--format', 'text', '--property', 'fix', '--seed', '3', '--path', '5'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('text fix: the input at path 5 passes\n')
    expect(run.stdout).not.toMatch(/ lint/)
  })

  it.each([
    [['--format', 'pdf'], '--format must be one of text, markdown, html, got "pdf"'],
    [['--property', 'speed'], '--property must be one of lint, fix, got "speed"'],
    [['--runs', '0'], '--runs must be a whole number of at least 1, got "0"'],
    [['--runs', '1e3'], '--runs must be a whole number of at least 1, got "1e3"'],
    [['--seed', 'abc'], '--seed must be a whole number'],
    [['--format', 'text', '--property', 'fix', '--path', '1:2'], '--path replays one failure: give --seed with it'],
    [['--seed', '1', '--path', '1:2'], '--path replays one failure: give --format, --property and --seed with it'],
    [['--format', 'text', '--property', 'fix', '--seed', '1', '--path', '../x'], '--path must be fast-check'],
    [['--bogus'], "Unknown option '--bogus'"]
  ])('refuses %j in one line, exit 2', (args, message) => {
    const run = runFuzz(args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(message)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
