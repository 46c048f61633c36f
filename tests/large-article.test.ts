/**
 * A long article is parsed lazily and linted piece by piece as it is parsed (`parseLazily`,
 * `streamOf`), and the passes of a fix reuse the parse of unchanged pieces. The reference is the
 * path before that: the whole tree parsed at once (`parseBounded`) and walked whole. Messages and
 * fixed text must be the same, on generated articles and on the samples.
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {defaultLimits, parseBounded, parseLazily, streamOf} from '../src/bounded-parse.js'
import type {RootStream} from '../src/bounded-parse.js'
import {mtlint} from '../src/processor.js'
import {findProtectedSpans} from '../src/protected.js'
import {RelintCache} from '../src/relint-cache.js'
import type {PluginOptions} from '../src/processor.js'
import {fix, lint} from '../src/processor.js'

/** The parser before lazy parsing: the whole tree at once. */
const eagerParse: Plugin<[], string, Root> = function () {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file: VFile) => {
    const {tree, unparsed} = parseBounded(document)
    if (unparsed.length > 0) file.data.mtlintUnparsed = unparsed
    return tree
  }
}

function reference(text: string, options: PluginOptions): VFile {
  const processor = unified().use(eagerParse).use(mtlint, options).freeze()
  const file = new VFile({value: text})
  processor.runSync(processor.parse(file), file)
  return file
}

/** What a message says and where, with its fix: everything a reporter or `--fix` reads. */
const described = (messages: readonly VFileMessage[]) =>
  messages.map((message) => ({
    ruleId: message.ruleId,
    messageId: message.messageId,
    reason: message.reason,
    place: message.place,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    fixable: message.fixable
  }))

const samplesFolder = new URL('../samples/', import.meta.url)
const samples = readdirSync(samplesFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(new URL(name, samplesFolder), 'utf8'))
const sampleParagraphs = samples.flatMap((text) => text.split(/\n\s*\n/)).filter((part) => part.trim() !== '')

/** Damage of every kind the rules look for, article-wide kinds included (quote styles, repeats, dashes). */
const damaged = [
  'The talks will resume next week, he added.',
  'China, ”he added, would not take part.',
  '"We are ready," the spokesman told CNN.',
  "He called it 'a new start' on Monday.",
  'It is a matter of public health . The minister agreed.',
  'Shih added. . The last time was in 2019.',
  'The the council met in in the capital.',
  'It was the most heaviest storm -- a record.',
  'The storm - the worst in years - hit the coast.',
  'Output rose ，the report said。',
  'the minister said that the plan would work.',
  'Details at https://example.com/a.b. and 東京電力 data.',
  'He wrote &quot;hello&quot; and â€™ in the note.',
  'a.'.repeat(1100),
  '. . . . . . . .'
]

const paragraph = fc.oneof(
  {arbitrary: fc.constantFrom(...sampleParagraphs), weight: 8},
  // Now and then a paragraph longer than one call of the parser, on one line: cut at spaces, mid-line.
  {arbitrary: fc.array(fc.constantFrom(...sampleParagraphs), {minLength: 40, maxLength: 50}).map((parts) => parts.join(' ').replace(/[\r\n]+/g, ' ')), weight: 1},
  {arbitrary: fc.array(fc.constantFrom(...damaged), {minLength: 1, maxLength: 5}).map((parts) => parts.join(' ')), weight: 8},
  {arbitrary: fc.tuple(fc.constantFrom(...sampleParagraphs), fc.constantFrom(...damaged)).map(([text, damage]) => `${text} ${damage}`), weight: 8}
)
/** Articles over the length parsed in one call, so that they are parsed in pieces and walked as they are parsed. */
const article = fc
  .tuple(fc.array(paragraph, {minLength: 40, maxLength: 90}), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n', '\n\n\n'))
  .map(([paragraphs, separator]) => paragraphs.join(separator))
  .filter((text) => text.length > defaultLimits.chunk)

describe('a long article, linted as it is parsed', () => {
  it('parses lazily only past one call, and gives the whole tree to whoever reads it', () => {
    const short = parseLazily('Short text.')
    expect(streamOf(short.tree)).toBeUndefined()
    const text = samples.join('\n\n').repeat(3)
    expect(text.length).toBeGreaterThan(defaultLimits.chunk)
    const {tree} = parseLazily(text)
    expect(streamOf(tree)).toBeDefined()
    expect(tree.children).toEqual(parseBounded(text).tree.children)
    // Read once, the tree is the runner's to walk as it is.
    expect(streamOf(tree)).toBeUndefined()
  })

  it('streams the root children of the whole tree, in order, on generated articles', () => {
    fc.assert(
      fc.property(article, (text) => {
        const streamed: unknown[] = []
        streamOf(parseLazily(text).tree)!((children) => streamed.push(...children))
        expect(streamed).toEqual(parseBounded(text).tree.children)
      }),
      {numRuns: 20, seed: 1207}
    )
  })

  it('rebuilds the pieces an edit left alone from the cache of the lint before, the same tree as a parse', () => {
    /** The root children a stream gives, and how many pieces it took from the cache. */
    const streamed = (text: string, cache: RelintCache) => {
      const children: unknown[] = []
      let rebuilt = 0
      const counting = Object.create(cache) as RelintCache
      counting.children = (value, base, parse) => {
        let parsed = false
        const result = cache.children(value, base, () => ((parsed = true), parse()))
        if (!parsed) rebuilt++
        return result
      }
      cache.begin()
      ;(streamOf(parseLazily(text).tree) as RootStream)((batch) => children.push(...batch), counting)
      cache.end()
      return {children, rebuilt}
    }
    fc.assert(
      fc.property(article, fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom('x', '', '\n\n', ' "', 'The the'), (text, at, typed) => {
        const cache = new RelintCache()
        expect(streamed(text, cache).rebuilt).toBe(0)
        const again = streamed(text, cache)
        expect(again.rebuilt).toBeGreaterThan(0)
        expect(again.children).toEqual(parseBounded(text).tree.children)
        const cut = Math.floor(at * text.length)
        const edited = text.slice(0, cut) + typed + text.slice(cut + 1)
        expect(streamed(edited, cache).children).toEqual(parseBounded(edited).tree.children)
      }),
      {numRuns: 10, seed: 1207}
    )
  })

  it('finds the protected spans of the whole text line by line, from the cache where a line was seen', () => {
    const line = fc.array(
      fc.constantFrom('See https://example.com/a.b.', 'mail me@example.org,', '`code . here`', 'news.com', 'стопкоронавирус.рф', '`open', 'and', 'www.x.io).', '.', ' ', '\t'),
      {maxLength: 8}
    )
    const text = fc.tuple(fc.array(line, {minLength: 1, maxLength: 8}), fc.constantFrom('\n', '\r\n', '\r', '\n\n')).map(([lines, separator]) =>
      lines.map((words) => words.join(' ')).join(separator)
    )
    const covered = (spans: ReturnType<typeof findProtectedSpans>, length: number) =>
      Array.from({length}, (_, at) => spans.overlaps(at))
    fc.assert(
      fc.property(text, text, (first, second) => {
        const cache = new RelintCache()
        for (const value of [first, second, first]) {
          cache.begin()
          const spans = findProtectedSpans(value, cache)
          cache.end()
          const whole = findProtectedSpans(value)
          expect(spans.size).toBe(whole.size)
          expect(covered(spans, value.length)).toEqual(covered(whole, value.length))
        }
      }),
      {numRuns: 300, seed: 1207}
    )
  })

  it('gives the messages of a whole-tree lint, in the same order, on generated articles', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('recommended', 'strict') as fc.Arbitrary<'recommended' | 'strict'>, (text, preset) => {
        expect(described(lint(text, {preset}).messages)).toEqual(described(reference(text, {preset}).messages))
      }),
      {numRuns: 12, seed: 1207}
    )
  })

  it('gives the fixed text and remaining messages of a whole-tree fix, on generated articles', () => {
    fc.assert(
      fc.property(article, (text) => {
        const fixed = fix(text, {preset: 'strict'})
        const expected = reference(text, {preset: 'strict', fix: true})
        expect(String(fixed.value)).toBe(expected.data.mtlint!.fixed)
        expect(fixed.data.mtlint!.passes).toBe(expected.data.mtlint!.passes)
        expect(described(fixed.data.mtlint!.applied)).toEqual(described(expected.data.mtlint!.applied))
        expect(described(fixed.messages)).toEqual(described(expected.messages))
      }),
      {numRuns: 8, seed: 1207}
    )
  })

  it('gives the messages and fixes of a whole-tree lint on the samples joined into one article', () => {
    // Twice over: the second copy repeats every sentence of the first, as a long compilation may.
    const text = [...samples, ...samples].join('\n\n')
    expect(text.length).toBeGreaterThan(defaultLimits.chunk)
    expect(described(lint(text).messages)).toEqual(described(reference(text, {}).messages))
    const fixed = fix(text, {preset: 'strict'})
    const expected = reference(text, {preset: 'strict', fix: true})
    expect(String(fixed.value)).toBe(expected.data.mtlint!.fixed)
    expect(described(fixed.messages)).toEqual(described(expected.messages))
  })
})
