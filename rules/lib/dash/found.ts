/**
 * What the scanners of `dash-style` find, and what they share: one module per scanner under this
 * folder (real dashes, `--`, spaced hyphens, hyphens glued between words), behind the rule's id.
 */
import {clauseStartPhrases} from '../../data/dash-function-words.js'

/** How a dash is written: em dash closed (`a—b`), em dash spaced (`a — b`), en dash spaced (`a – b`). */
export type DashStyle = 'em' | 'em-spaced' | 'en-spaced'

export interface Found {
  kind: 'hyphen' | 'doubleHyphen' | 'spaced' | 'real'
  from: number
  to: number
  /** Whether the dash may take a space on its left / right (a word or a mark on that side, same line). */
  leftOpen: boolean
  rightOpen: boolean
  /** For real dashes: how they are written. For spaced hyphens: what they are. */
  style?: DashStyle | 'em-unknown'
  spacedKind?: 'dash' | 'compound' | 'unsafeCompound' | 'ambiguous' | 'unsafeDash' | 'skip'
  /** The words around the mark, for the message: `universe` and `a`. */
  left?: string
  right?: string
  /** The range that must not be protected (a URL, code) for the mark to count: the mark, with its spaces for a spaced hyphen. */
  guard?: readonly [number, number]
}

/**
 * What a scanner reads: a text (the article, or the lines around a paragraph), and a paragraph of
 * it (`value`, at `offset`). Scanners read the text at most `reach` characters past the paragraph's
 * edges, and never past a line break there.
 */
export interface Scan {
  text: string
  value: string
  offset: number
}

/** The longest line that can be a heading. */
export const headingLength = 200
/** How far past a paragraph's edges a scanner may read: a heading line's longest, and the characters beside it. */
export const reach = headingLength + 2

export const digit = /\p{N}/u
/** A digit or a currency sign: a spaced hyphen beside one is a range, a score or a table row. */
export const numberLike = /[\p{N}$€£¥₽₹%]/u
export const allDigits = /^\p{N}+$/u
export const uppercaseStart = /^\p{Lu}/u
/** The word before a hyphen or spaces (letters, digits, apostrophes). */
export const wordBefore = /[\p{L}\p{N}'’]+$/u
/** Marks that close a phrase: no space goes between them and a dash before them. */
const closing = /[)\]}”’"'.,;:!?…]/
/** Marks that open a phrase: no space goes between a dash before them and them. */
export const opening = /[([{“‘]/

/** A phrase that opens a clause after a dash: `- which is`, `- that is`. */
export const phraseAfterHyphen = new RegExp(`^(?:${clauseStartPhrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u')

/** Whether a dash at `from..to` may have a space on each side: something visible on that side of the same line. */
export function openSides(text: string, from: number, to: number): [boolean, boolean] {
  const before = from > 0 ? text[from - 1] : '\n'
  const after = to < text.length ? text[to] : '\n'
  return [before !== '\n' && before !== '\r' && !opening.test(before), after !== '\n' && after !== '\r' && !closing.test(after)]
}
