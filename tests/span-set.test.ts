import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {blockKindFinder} from '../src/formats/extracted.js'
import type {Block} from '../src/formats/extracted.js'
import {SpanSet} from '../src/span-set.js'
import type {Span} from '../src/span-set.js'

describe('SpanSet', () => {
  const spans: Span[] = [[10, 20], [2, 4], [12, 14], [30, 31]]
  const set = new SpanSet(spans)
  it.each([
    // [from, to, overlaps]
    [0, 2, false],
    [0, 3, true],
    [4, 10, false],
    [19, 25, true],
    [20, 30, false],
    [15, 15, true],
    [10, 10, false],
    [30, undefined, true],
    [31, undefined, false],
    [21, 29, false]
  ] as const)('%i..%s overlaps: %s', (from, to, expected) => {
    expect(set.overlaps(from, to)).toBe(expected)
  })

  it('answers as a scan of every span does', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(40)).map(([from, length]): Span => [from, from + length])
    fc.assert(
      fc.property(fc.array(span, {maxLength: 30}), fc.nat(250), fc.nat(20), (list, from, length) => {
        // An empty range meets only a span that holds `from` strictly inside.
        const to = from + length
        expect(new SpanSet(list).overlaps(from, to)).toBe(list.some(([start, end]) => start < to && end > from))
      }),
      {numRuns: 2000, seed: 61_206}
    )
  })
})

describe('blockKindFinder', () => {
  /** The kind as a scan of every block gives it: the last block, in order, holding the offset. */
  function scanned(blocks: readonly Block[], offset: number) {
    let kind = 'paragraph'
    for (const block of blocks) {
      if (block.from > offset) break
      if (offset < block.to) kind = block.kind
    }
    return kind
  }

  it('answers as a scan of every block does, nested blocks included', () => {
    const kinds = ['heading', 'list-item', 'table-cell'] as const
    const block = fc.tuple(fc.nat(300), fc.nat(60), fc.constantFrom(...kinds)).map(([from, length, kind]): Block => ({from, to: from + length, kind}))
    fc.assert(
      fc.property(fc.array(block, {maxLength: 25}), fc.nat(400), (list, offset) => {
        const blocks = [...list].sort((a, b) => a.from - b.from)
        expect(blockKindFinder(blocks)(offset)).toBe(scanned(blocks, offset))
      }),
      {numRuns: 2000, seed: 61_207}
    )
  })
})
