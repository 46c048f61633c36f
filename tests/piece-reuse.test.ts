/**
 * The passes of a fix (and the language server) lint one long article again and again: a piece of
 * it that comes again with the same text is rebuilt from the parse the relint cache keeps, and a
 * paragraph inside it is found in the paragraph cache by the key it had (`ParagraphCache.keyOf`,
 * the origins `streamOf` hands over), without its tree and text hashed again. These tests pin that
 * reuse: the same origin is the same subtree, and the messages stay those of a lint without caches.
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {RootContent} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {defaultLimits, parseLazily, streamOf} from '../src/bounded-parse.js'
import {runLintJob} from '../src/lint-job.js'
import {ParagraphCache, paragraphKey} from '../src/paragraph-cache.js'
import type {Node} from '../src/nlcst.js'
import {RelintCache} from '../src/relint-cache.js'
import type {PieceChild} from '../src/relint-cache.js'

const samplesFolder = new URL('../samples/', import.meta.url)
const sampleParagraphs = readdirSync(samplesFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(new URL(name, samplesFolder), 'utf8').split(/\n\s*\n/))
  .filter((part) => part.trim() !== '')

/** An article of many pieces: the samples' paragraphs, one per line or between blank lines. */
const article = fc
  .tuple(fc.array(fc.constantFrom(...sampleParagraphs), {minLength: 200, maxLength: 260}), fc.constantFrom('\n\n', '\n'))
  .map(([paragraphs, separator]) => paragraphs.join(separator))
  .filter((text) => text.length > 3 * defaultLimits.chunk)

interface Streamed {
  child: RootContent
  origin: PieceChild | undefined
}

/** One lint's stream of root children, with their origins, through `cache`. */
function stream(text: string, cache: RelintCache): Streamed[] {
  const streamed: Streamed[] = []
  cache.begin()
  streamOf(parseLazily(text).tree)!((children, origins) => {
    children.forEach((child, at) => streamed.push({child, origin: origins?.[at]}))
  }, cache)
  cache.end()
  return streamed
}

/** Where an edit goes, as a fraction of the text, and what it types there over one character. */
const edit = fc.record({at: fc.double({min: 0, max: 1, noNaN: true}), typed: fc.constantFrom('x', '', '\n\n', ' "', 'The the ', '. . ', '\n')})
const applyEdit = (text: string, {at, typed}: {at: number; typed: string}) => {
  const cut = Math.floor(at * text.length)
  return text.slice(0, cut) + typed + text.slice(cut + 1)
}

describe('paragraphs of a piece rebuilt from the relint cache', () => {
  it('come with their piece and place, and the same piece and place is the same subtree and text', () => {
    fc.assert(
      fc.property(article, fc.array(edit, {minLength: 1, maxLength: 4}), (start, edits) => {
        const cache = new RelintCache()
        /** The key each origin had when it was first seen: by piece, then index. */
        const keys = new Map<object, Map<number, string>>()
        let text = start
        let reused = 0
        for (const change of [undefined, ...edits]) {
          if (change) text = applyEdit(text, change)
          const streamed = stream(text, cache)
          // The origins do not change what is streamed: the root children of one parse.
          expect(streamed.map(({child}) => child)).toEqual(parseLazily(text).tree.children)
          for (const {child, origin} of streamed) {
            if (!origin) continue
            const key = paragraphKey(child as Node, text)
            const byIndex = keys.get(origin.piece) ?? new Map<number, string>()
            keys.set(origin.piece, byIndex)
            const before = byIndex.get(origin.index)
            if (before === undefined) byIndex.set(origin.index, key)
            else {
              expect(key).toBe(before)
              reused++
            }
          }
        }
        // Every edit leaves most pieces as they were.
        expect(reused).toBeGreaterThan(0)
      }),
      {numRuns: 15, seed: 20261207}
    )
  }, 120_000)

  it('never comes as the first or last child of a piece, which the pieces beside it may join', () => {
    const text = sampleParagraphs.join('\n').repeat(6)
    expect(text.length).toBeGreaterThan(3 * defaultLimits.chunk)
    const cache = new RelintCache()
    stream(text, cache)
    const byPiece = new Map<object, number[]>()
    for (const {origin} of stream(text, cache)) {
      if (origin) byPiece.set(origin.piece, [...(byPiece.get(origin.piece) ?? []), origin.index])
    }
    expect(byPiece.size).toBeGreaterThan(1)
    for (const indices of byPiece.values()) {
      expect(Math.min(...indices)).toBeGreaterThanOrEqual(1)
      // One parse per piece text here (no piece comes twice): its interior, in order, without gaps.
      expect(indices).toEqual(indices.map((_, at) => indices[0] + at))
    }
  })

  const job = (text: string, fix = false) => ({path: 'a.txt', text, settings: {preset: 'strict' as const}, fix})
  const long = sampleParagraphs.join('\n\n').repeat(6)
  const cases = [
    {name: 'a word typed in the middle piece', change: (text: string) => text.replace(' the ', ' the the ')},
    {name: 'a paragraph put before all the others, which moves every piece', change: (text: string) => `A new start . And “more.\n\n${text}`},
    {name: 'the last paragraph taken away', change: (text: string) => text.slice(0, text.lastIndexOf('\n\n'))},
    {name: 'a run too long to parse added in the middle', change: (text: string) => text.replace('\n\n', ` ${'a.'.repeat(1100)} said he said.\n\n`)},
    {name: 'nothing changed', change: (text: string) => text}
  ]
  for (const {name, change} of cases) {
    it(`give the messages and fixes of a lint without caches after ${name}`, () => {
      expect(long.length).toBeGreaterThan(3 * defaultLimits.chunk)
      const cache = new ParagraphCache()
      // Three lints of the document: the keys of the second come from the first's pieces.
      const texts = [long, change(long), change(change(long))]
      for (const text of texts) expect(runLintJob(job(text), cache)).toEqual(runLintJob(job(text)))
      expect(runLintJob(job(texts[2], true), cache)).toEqual(runLintJob(job(texts[2], true)))
    })
  }
})
