/**
 * The paragraph cache (`src/paragraph-cache.ts`): with it, a document linted again after an edit
 * gets exactly the messages of a full lint, in the same order, while paragraph-scope rules run
 * only on the paragraphs that changed.
 */
import fc from 'fast-check'
import type {Paragraph} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defineRule} from '../src/define-rule.js'
import {lintTree} from '../src/lint.js'
import type {ActiveRule} from '../src/lint.js'
import {runLintJob} from '../src/lint-job.js'
import {ParagraphCache} from '../src/paragraph-cache.js'
import {RelintCache} from '../src/relint-cache.js'
import {fix} from '../src/processor.js'

/** Sentences with the damage the rules look for, the article-wide kinds included (quote styles, repeats, dashes). */
const sentences = [
  'The talks will resume next week, he added.',
  'The talks will resume next week, he added.',
  'China, ”he added, would not take part.',
  '“We are ready,” said the minister said.',
  '"We are ready," the spokesman told CNN.',
  "He called it 'a new start' on Monday.",
  'It is a matter of public health . The minister agreed.',
  'Shih added. . The last time was in 2019.',
  'Prices rose 3.5 percent in the U.S. last year.',
  'The the council met in in the capital.',
  'It was the most heaviest and heaviest storm -- a record.',
  'The storm - the worst in years - hit the coast.',
  'The storm — the worst in years — hit the coast.',
  'Output rose ，the report said。',
  'He said: “it will pass” and left.',
  'the minister said that the plan would work.',
  'Details at https://example.com/a.b. and 東京電力 data.',
  'Sales reached 250000 units, more better than before.',
  'He wrote &quot;hello&quot; and â€™ in the note.',
  'Moscow (Москва) and Киев were named, and 今ならポイント too.',
  'The sound ー alone.',
  'He paused.... then went on … and on... and on. . . again.',
  'It was the universe-a series of events -- and more.',
  'Markets - live',
  'See https://example.com/a--b and the well - known 1990–2000 list.'
]
/** What an edit may type or paste: words, marks, line breaks, a whole damaged sentence. */
const typed = [' ', 'a', 'the ', ',', '.', '. ', ',,', '"', '“', '”', "'", '—', ' - ', '\n', '\n\n', 'He left. ', ...sentences]

const paragraph = fc.array(fc.constantFrom(...sentences), {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
const article = fc
  .tuple(fc.array(paragraph, {minLength: 1, maxLength: 8}), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n'))
  .map(([paragraphs, separator]) => paragraphs.join(separator))

interface Edit {
  /** Where, as a fraction of the text's length. */
  at: number
  remove: number
  insert: string
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(60)),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...typed))
})

function applyEdit(text: string, {at, remove, insert}: Edit): string {
  let from = Math.min(text.length, Math.floor(at * (text.length + 1)))
  // Never split a surrogate pair: an editor would not.
  if (from > 0 && /[\udc00-\udfff]/.test(text[from] ?? '')) from--
  let to = Math.min(text.length, from + remove)
  if (to > 0 && to < text.length && /[\udc00-\udfff]/.test(text[to])) to++
  return text.slice(0, from) + insert + text.slice(to)
}

const job = (text: string, fix = false) => ({path: 'a.txt', text, settings: {preset: 'strict' as const}, fix})

/** Lint `start` and then each edit of it with one cache, and expect each lint to equal a full one. */
function expectEditsLintAsWhole(start: string, edits: Edit[]): void {
  const cache = new ParagraphCache()
  let text = start
  expect(runLintJob(job(text), cache)).toEqual(runLintJob(job(text)))
  for (const change of edits) {
    text = applyEdit(text, change)
    expect(runLintJob(job(text), cache)).toEqual(runLintJob(job(text)))
  }
}

describe('the paragraph cache', () => {
  it('gives the messages of a full lint, in the same order, after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(article, fc.array(edit, {minLength: 1, maxLength: 12}), expectEditsLintAsWhole),
      {numRuns: 150, seed: 20261207}
    )
  }, 120_000)

  it('does so for a long article too, parsed in pieces whose parses it keeps from one lint to the next', () => {
    // Over 10,000 characters: the parser cuts the text in pieces, which the cache keeps by their text.
    const long = fc.array(paragraph, {minLength: 120, maxLength: 160}).map((paragraphs) => paragraphs.join('\n\n'))
    fc.assert(
      fc.property(long, fc.array(edit, {minLength: 1, maxLength: 6}), (start, edits) => {
        expect(start.length).toBeGreaterThan(10_000)
        expectEditsLintAsWhole(start, edits)
      }),
      {numRuns: 12, seed: 20261207}
    )
  }, 240_000)

  it('gives the fixes of a fix without it (the passes of a fix share one)', () => {
    fc.assert(
      fc.property(article, (text) => {
        const cache = new ParagraphCache()
        // A cache filled by linting the text first, then used by every pass of the fix.
        runLintJob(job(text), cache)
        expect(runLintJob(job(text, true), cache)).toEqual(runLintJob(job(text, true)))
        expect(String(fix(text, {preset: 'strict'}).value)).toBe(runLintJob(job(text, true)).fixed)
      }),
      {numRuns: 100, seed: 20261207}
    )
  }, 120_000)

  it('keeps what a rule computes with `context.memo` from one lint of a document to the next, by its key', () => {
    const {active, counts} = countingRule('document', false, true)
    const cache = new ParagraphCache()
    const cases = [
      {text: 'One x here.\n\nTwo x there.', messages: [[1, 5], [3, 5]], computed: 2},
      {text: 'One x here.\n\nTwo x there.', messages: [[1, 5], [3, 5]], computed: 0},
      // The paragraphs move: their results move with them.
      {text: 'New x.\n\nOne x here.\n\nTwo x there.', messages: [[1, 5], [3, 5], [5, 5]], computed: 1},
      {text: 'Two x there.', messages: [[1, 5]], computed: 0},
      // `One x here.` was not asked for by the lint before: it was dropped.
      {text: 'One x here.', messages: [[1, 5]], computed: 1}
    ]
    for (const {text, messages, computed} of cases) {
      counts.computed = 0
      expect(lintWith(text, active, cache)).toEqual(messages)
      expect(counts.computed).toBe(computed)
    }
    counts.computed = 0
    lintWith('One x here.', active)
    expect(counts.computed).toBe(1)
  })

  it('keeps a result of `undefined` too (a cut that fails its check)', () => {
    const cache = new RelintCache()
    let runs = 0
    const run = () => {
      runs++
      return undefined
    }
    for (let lint = 0; lint < 3; lint++) {
      cache.begin()
      expect(cache.memo('cut', 'a b', run)).toBeUndefined()
      cache.end()
    }
    expect(runs).toBe(1)
  })

  /**
   * A rule that counts the paragraphs it visits and flags each `x`; with `memo`, finding them with
   * `context.memo` by the paragraph's text, and counting those computations.
   */
  function countingRule(scope: 'paragraph' | 'document', visitRoot = false, memo = false) {
    const counts = {paragraphs: 0, computed: 0}
    const find = (value: string) => {
      counts.computed++
      return [...value.matchAll(/x/g)].map((match) => match.index)
    }
    const rule = defineRule<'x', undefined>({
      id: 'counting',
      category: 'typography',
      fix: 'none',
      scope,
      description: 'Flags x',
      messages: {x: 'Unexpected `x`'},
      create(context) {
        return {
          ...(visitRoot ? {RootNode() {}} : {}),
          ParagraphNode(node: Paragraph) {
            counts.paragraphs++
            const start = node.position!.start.offset!
            const value = context.source(node)
            for (const at of memo ? context.memo('x', value, () => find(value)) : find(value)) {
              context.report({messageId: 'x', from: start + at, to: start + at + 1})
            }
          }
        }
      }
    })
    return {active: [{rule, severity: 'warn'}] as ActiveRule[], counts}
  }

  /** Lint as the processor does: with the document's cache, and the one of what rules keep in it. */
  function lintWith(text: string, active: readonly ActiveRule[], cache?: ParagraphCache) {
    const file = new VFile({value: text, path: 'a.txt'})
    lintTree(new ParseEnglish().parse(text), file, active, {cache, relintCache: cache?.relint})
    return file.messages.map((message) => [message.line, message.column])
  }

  const cases = [
    {name: 'a paragraph-scope rule visits only the changed paragraph', scope: 'paragraph', visitRoot: false, second: 1},
    {name: 'a document-scope rule visits every paragraph', scope: 'document', visitRoot: false, second: 3},
    {name: 'a rule that visits the root is document-scope, whatever it says', scope: 'paragraph', visitRoot: true, second: 3}
  ] as const
  for (const {name, scope, visitRoot, second} of cases) {
    it(name, () => {
      const {active, counts} = countingRule(scope, visitRoot)
      const cache = new ParagraphCache()
      const before = 'One x here.\n\nTwo x there.\n\nThree none.'
      const after = 'One x here.\n\nA new x and x.\n\nThree none.'
      expect(lintWith(before, active, cache)).toEqual([[1, 5], [3, 5]])
      expect(counts.paragraphs).toBe(3)
      counts.paragraphs = 0
      expect(lintWith(after, active, cache)).toEqual([[1, 5], [3, 7], [3, 13]])
      expect(counts.paragraphs).toBe(second)
    })
  }

  it('moves findings with their paragraph, forgets paragraphs gone, and starts again for other rules', () => {
    const {active, counts} = countingRule('paragraph')
    const cache = new ParagraphCache()
    lintWith('Two x there.\n\nOne x here.', active, cache)
    expect(cache.size).toBe(2)
    counts.paragraphs = 0
    // Both paragraphs come again, one line lower each, in the other order; the first is gone.
    expect(lintWith('New.\n\nOne x here.', active, cache)).toEqual([[3, 5]])
    expect(counts.paragraphs).toBe(1)
    expect(cache.size).toBe(2)
    counts.paragraphs = 0
    const other = countingRule('paragraph')
    lintWith('New.\n\nOne x here.', other.active, cache)
    expect(other.counts.paragraphs).toBe(2)
  })

  it('does not keep the findings of a paragraph where a paragraph-scope rule crashed', () => {
    let calls = 0
    const rule = defineRule<'never', undefined>({
      id: 'crashing',
      category: 'typography',
      fix: 'none',
      scope: 'paragraph',
      description: 'Throws on a paragraph with a y',
      messages: {never: 'Never'},
      create(context) {
        return {
          ParagraphNode(node: Paragraph) {
            calls++
            if (context.source(node).includes('y')) throw new Error('y')
          }
        }
      }
    })
    const active: ActiveRule[] = [{rule, severity: 'warn'}]
    const cache = new ParagraphCache()
    const text = 'A y.\n\nB.'
    const crashes = () => {
      const file = new VFile({value: text, path: 'a.txt'})
      lintTree(new ParseEnglish().parse(text), file, active, {cache})
      return file.messages.filter((message) => message.ruleId === 'crashing').length
    }
    expect(crashes()).toBe(1)
    expect(crashes()).toBe(1)
    expect(calls).toBe(2)
  })
})
