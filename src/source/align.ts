/**
 * Aligning a translation with its source: by layout where it matches (paragraph j, line i), else by
 * length in the manner of Gale and Church (1993), which tolerates merged and split sentences and
 * finds a source part with no counterpart.
 */
import {linesOf, paragraphsOf, sentencesOf} from './segments.js'
import type {Range} from './segments.js'

/** A part of the translation and the part of the source it translates. */
export interface SegmentPair {
  target: Range
  source: Range
  /** `layout`: same paragraph and line; `length`: matched by the length aligner. */
  by: 'layout' | 'length'
}

export interface Alignment {
  pairs: SegmentPair[]
  /** Source parts with no counterpart, each with the offset of the translation where it belongs. */
  omitted: Array<{source: Range; at: number}>
  /** Parts of the translation with no counterpart in the source. */
  unaligned: Range[]
  /** Characters (without white space) of translation per character of source, over the document. */
  ratio: number
}

/** One step of the length aligner: how many source and target parts it takes, and its prior. */
const moves: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 0, 0.005],
  [0, 1, 0.005],
  [2, 1, 0.045],
  [1, 2, 0.045],
  [2, 2, 0.011]
]
const variance = 6.8
/** Beyond this many parts a side, the quadratic aligner is not run: the part stays unaligned. */
const maxParts = 1500

/**
 * What a match gains for each number both sides write alike (`286`, `2019`), and loses for each number of the source
 * the other side lacks: numbers anchor an alignment where lengths are ambiguous.
 */
const anchorGain = 2
const anchorLoss = 1
/** At most this many numbers of a part anchor it: a part of a thousand numbers costs no more than one of eight. */
const maxAnchors = 8
const numbersOf = (text: string, range: Range) => {
  const numbers = new Set<string>()
  for (const match of text.slice(range.from, range.to).normalize('NFKC').matchAll(/\d+(?:[.,]\d+)*/g)) {
    numbers.add(match[0].replace(/[.,]/g, ''))
    if (numbers.size === maxAnchors) break
  }
  return numbers
}

/**
 * How far from the diagonal the aligner looks, in target parts: an alignment drifts by what was
 * merged, split or dropped, rarely by more. With sides of very different lengths the band widens
 * with their ratio, so the end stays in reach; the cells visited stay near-linear in the parts.
 */
const bandOf = (n: number, m: number) => Math.max(100, 4 * Math.ceil(m / Math.max(n, 1)) + 4)

const letters = (text: string, range: Range) => text.slice(range.from, range.to).replace(/\s+/g, '').length

/** The tail probability of the standard normal distribution beyond |z|, twice (Abramowitz and Stegun 26.2.17). */
function twoTailed(z: number): number {
  const x = Math.abs(z)
  const t = 1 / (1 + 0.2316419 * x)
  const density = Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)
  const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))))
  return 2 * tail
}

function cost(sourceLength: number, targetLength: number, ratio: number, prior: number): number {
  // A part with no counterpart costs its prior alone: its length says nothing of a match, and scoring it as a match of
  // length zero makes merging it into a neighbour look likelier than leaving it out.
  if (sourceLength === 0 || targetLength === 0) return -Math.log(prior)
  const mean = (sourceLength + targetLength / ratio) / 2
  const z = (targetLength - sourceLength * ratio) / Math.sqrt(Math.max(mean, 1) * variance * ratio)
  return -Math.log(prior) - Math.log(Math.max(twoTailed(z), 1e-12))
}

interface Bead {
  source: Range[]
  target: Range[]
}

/** Gale and Church's dynamic programme over two lists of parts. */
export function alignByLength(source: string, sourceParts: readonly Range[], target: string, targetParts: readonly Range[], ratio: number): Bead[] | undefined {
  const n = sourceParts.length
  const m = targetParts.length
  if (n > maxParts || m > maxParts) return undefined
  const sourceLengths = sourceParts.map((range) => letters(source, range))
  const targetLengths = targetParts.map((range) => letters(target, range))
  const sourceNumbers = sourceParts.map((range) => numbersOf(source, range))
  const targetNumbers = targetParts.map((range) => numbersOf(target, range))
  /** The anchors' part of a match's cost. */
  const anchors = (i: number, di: number, j: number, dj: number) => {
    let total = 0
    for (let k = 1; k <= di; k++) {
      for (const number of sourceNumbers[i - k]) {
        let found = false
        for (let l = 1; l <= dj && !found; l++) found = targetNumbers[j - l].has(number)
        total += found ? -anchorGain : anchorLoss
      }
    }
    return total
  }
  const width = m + 1
  const best = new Float64Array((n + 1) * width).fill(Infinity)
  const step = new Int8Array((n + 1) * width).fill(-1)
  best[0] = 0
  const band = bandOf(n, m)
  for (let i = 0; i <= n; i++) {
    const center = n === 0 ? 0 : Math.round((i * m) / n)
    for (let j = Math.max(0, center - band); j <= Math.min(m, center + band); j++) {
      if (i === 0 && j === 0) continue
      for (let move = 0; move < moves.length; move++) {
        const [di, dj, prior] = moves[move]
        if (i < di || j < dj) continue
        const before = best[(i - di) * width + (j - dj)]
        if (before === Infinity) continue
        let ls = 0
        let lt = 0
        for (let k = 1; k <= di; k++) ls += sourceLengths[i - k]
        for (let k = 1; k <= dj; k++) lt += targetLengths[j - k]
        const total = before + cost(ls, lt, ratio, prior) + (di > 0 && dj > 0 ? anchors(i, di, j, dj) : 0)
        if (total < best[i * width + j]) {
          best[i * width + j] = total
          step[i * width + j] = move
        }
      }
    }
  }
  // The end out of the band's reach: the parts stay unaligned rather than guessed.
  if (best[n * width + m] === Infinity) return undefined
  const beads: Bead[] = []
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = moves[step[i * width + j]]
    beads.push({source: sourceParts.slice(i - di, i), target: targetParts.slice(j - dj, j)})
    i -= di
    j -= dj
  }
  return beads.reverse()
}

const span = (ranges: readonly Range[]): Range => ({from: ranges[0].from, to: ranges[ranges.length - 1].to})

/** Align a translation (`target`) with its source, both plain prose. */
export function align(target: string, source: string): Alignment {
  const targetParagraphs = paragraphsOf(target)
  const sourceParagraphs = paragraphsOf(source)
  const sourceLetters = sourceParagraphs.reduce((sum, range) => sum + letters(source, range), 0)
  const targetLetters = targetParagraphs.reduce((sum, range) => sum + letters(target, range), 0)
  const result: Alignment = {pairs: [], omitted: [], unaligned: [], ratio: sourceLetters && targetLetters ? targetLetters / sourceLetters : 1}
  const {ratio} = result

  const alignBeads = (beads: Bead[] | undefined, sourceParts: readonly Range[], targetParts: readonly Range[], inner: (bead: Bead) => void) => {
    if (!beads) {
      if (targetParts.length > 0) result.unaligned.push(span(targetParts))
      return
    }
    let at = targetParts[0]?.from ?? target.length
    for (const bead of beads) {
      if (bead.target.length === 0) result.omitted.push({source: span(bead.source), at})
      else if (bead.source.length === 0) result.unaligned.push(span(bead.target))
      else inner(bead)
      if (bead.target.length > 0) at = bead.target[bead.target.length - 1].to
    }
  }

  const alignSentences = (bead: Bead) => {
    const sourceSentences = bead.source.flatMap((paragraph) => sentencesOf(source, paragraph))
    const targetSentences = bead.target.flatMap((paragraph) => sentencesOf(target, paragraph))
    alignBeads(alignByLength(source, sourceSentences, target, targetSentences, result.ratio), sourceSentences, targetSentences, (sentences) => {
      result.pairs.push({target: span(sentences.target), source: span(sentences.source), by: 'length'})
    })
  }

  const alignParagraph = (bead: Bead) => {
    if (bead.source.length === 1 && bead.target.length === 1) {
      const sourceLines = linesOf(source, bead.source[0])
      const targetLines = linesOf(target, bead.target[0])
      if (sourceLines.length === targetLines.length) {
        sourceLines.forEach((line, index) => result.pairs.push({target: targetLines[index], source: line, by: 'layout'}))
        return
      }
    }
    alignSentences(bead)
  }

  if (targetParagraphs.length === sourceParagraphs.length) {
    targetParagraphs.forEach((paragraph, index) => alignParagraph({source: [sourceParagraphs[index]], target: [paragraph]}))
  } else {
    // A dropped paragraph makes the document's ratio too low, and merging look likely: the ratio is measured again on
    // the paragraphs a first pass pairs one to one, and the aligner run again with it.
    const first = alignByLength(source, sourceParagraphs, target, targetParagraphs, ratio)
    const single = first?.filter((bead) => bead.source.length === 1 && bead.target.length === 1) ?? []
    const sourceSingle = single.reduce((sum, bead) => sum + letters(source, bead.source[0]), 0)
    const targetSingle = single.reduce((sum, bead) => sum + letters(target, bead.target[0]), 0)
    if (sourceSingle > 0 && targetSingle > 0) result.ratio = targetSingle / sourceSingle
    const beads = result.ratio === ratio ? first : alignByLength(source, sourceParagraphs, target, targetParagraphs, result.ratio)
    alignBeads(beads, sourceParagraphs, targetParagraphs, alignParagraph)
  }
  return result
}
