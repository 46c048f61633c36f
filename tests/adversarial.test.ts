/**
 * The adversarial benchmark's patterns (`npm run bench:adversarial`), checked for behaviour, not
 * time: the patterns issues 11 and 17 name are in it, fixing each reaches its fixed point in a
 * number of passes that does not grow with the input, and rules are told which parts of a text are
 * too long to parse, so that they can skip them.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {makeInput, patterns, sizes} from '../scripts/adversarial-patterns.js'
import type {Pattern} from '../scripts/adversarial-patterns.js'
import {defaultLimits, parseBounded} from '../src/bounded-parse.js'
import {defineRule} from '../src/define-rule.js'
import type {Format} from '../src/formats/extensions.js'
import {lintTree} from '../src/lint.js'
import {fix} from '../src/processor.js'

const pathOf: Partial<Record<Format, string>> = {text: 'a.txt', markdown: 'a.md', html: 'a.html'}

describe('the adversarial benchmark', () => {
  // Each item of the issues' lists, as the unit the benchmark repeats.
  it.each([
    ['1 MB of `a.a.a.…` (the parse-latin crash)', 'a.'],
    ['spaces', ' '],
    ['blank CRLF lines', '\r\n'],
    ['HTML entities', '&amp;'],
    ['100,000 tiny paragraphs', 'A.\n\n'],
    ['runs of one curly quote', '“'],
    ['full-width commas', '，'],
    ['zero-width spaces', '\u200b'],
    ['`the the the…`', 'the '],
    ['dots without spaces', '.'],
    ['vertical tabs', '\v\f'],
    ['`-a -a -a`', '-a '],
    ['`” ” ”`', '” '],
    ['repeated attributions', 'said Li. Li said. '],
    ['spaced ellipses', '. '],
    ['runs of white space between words', 'word' + ' '.repeat(1000) + '\t \u00a0\n']
  ])('has %s, in every format', (_item, unit) => {
    const pattern = patterns.find((candidate) => candidate.unit === unit)
    expect(pattern?.formats).toEqual(expect.arrayContaining(['text', 'markdown', 'html']))
  })

  it('makes 100,000 paragraphs and more at its large size', () => {
    const pattern = patterns.find((candidate) => candidate.unit === 'A.\n\n')!
    expect(makeInput(pattern, sizes['1 MB']).split('\n\n').length).toBeGreaterThan(100_000)
  })

  const fixed = patterns.flatMap((pattern) => (pattern.fix ? pattern.formats.map((format) => [pattern.name, format, pattern] as const) : []))
  it.each(fixed)('fixes %s (%s) in as many passes at 3 KB as at 12 KB, and the result is fixed', (_name, format, pattern: Pattern) => {
    const passes = [3000, 12_000].map((size) => {
      const result = fix(makeInput(pattern, size), {path: pathOf[format]})
      const output = String(result.value)
      expect(String(fix(output, {path: pathOf[format]}).value)).toBe(output)
      return result.data.mtlint!.passes
    })
    expect(passes[1]).toBe(passes[0])
    expect(passes[0]).toBeLessThanOrEqual(3)
  })
})

describe('a part too long to parse', () => {
  it('is protected text to the rules, which can skip it', () => {
    const run = 'a.'.repeat(defaultLimits.run)
    const text = `The talks resumed. ${run} Then they ended.`
    const {tree, unparsed} = parseBounded(text)
    expect(unparsed).toEqual([{from: 19, to: 19 + run.length}])
    const file = new VFile(text)
    file.data.mtlintUnparsed = unparsed
    const answers: boolean[] = []
    const probe = defineRule<'never', undefined>({
      id: 'probe',
      category: 'punctuation',
      fix: 'none',
      description: 'Asks whether offsets are protected',
      messages: {never: 'Never reported'},
      create(context) {
        return {
          RootNode() {
            answers.push(context.isProtected(0, 3), context.isProtected(19, 20), context.isProtected(100), context.isProtected(text.length - 5))
          }
        }
      }
    })
    lintTree(tree, file, [{rule: probe, severity: 'warn'}])
    expect(answers).toEqual([false, true, true, false])
  })
})
