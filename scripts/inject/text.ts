/** Plain-string helpers the generators share: words, sentences and quotation pairs with offsets. */
import {abbreviations} from './words.js'

export interface Span {
  text: string
  from: number
  to: number
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export function words(text: string): Span[] {
  return [...text.matchAll(wordPattern)].map((match) => ({text: match[0], from: match.index, to: match.index + match[0].length}))
}

export const isLowerWord = (word: string) => /^\p{Ll}+$/u.test(word)
/** A capital followed by lower case only (`Minister`, not `iPhone`, `NATO` or `McCain`). */
export const isCapitalizedWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word)
/** Letters only, no digit, hyphen or apostrophe. */
export const isPlainWord = (word: string) => /^\p{L}+$/u.test(word)

/** Whether the mark at `at` ends a sentence rather than an abbreviation, an initial, a number or a name (`Yahoo! News`). */
export function markEndsSentence(text: string, at: number): boolean {
  if (text[at] === '!') return !/\p{Lu}\p{L}*$/u.test(text.slice(0, at)) || !/^ \p{Lu}/u.test(text.slice(at + 1, at + 3))
  if (text[at] !== '.') return true
  if (text[at - 1] === '.' || text[at + 1] === '.') return false
  if (/\d/.test(text[at + 1] ?? '')) return false
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(0, at))?.[1]
  if (!before) return false
  if (before.includes('.')) return false
  if (/^\p{L}$/u.test(before)) return false
  return !abbreviations.has(before.toLowerCase())
}

/**
 * The sentences of a paragraph, each ending after its final mark (closing quotes and brackets
 * included). Line breaks end sentences too: the corpus has one segment a line.
 */
export function sentences(text: string): Span[] {
  const found: Span[] = []
  let lineStart = 0
  for (const line of text.split('\n')) {
    let from = lineStart
    const boundary = /[.?!]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu
    for (const match of line.matchAll(boundary)) {
      const lastMark = lineStart + match.index + /^[.?!]+/u.exec(match[0])![0].length - 1
      if (!markEndsSentence(text, lastMark)) continue
      const end = lineStart + match.index + match[0].length
      push(found, text, from, end)
      from = end
    }
    push(found, text, from, lineStart + line.length)
    lineStart += line.length + 1
  }
  return found
}

function push(found: Span[], text: string, from: number, to: number) {
  while (from < to && /\s/.test(text[from])) from++
  while (to > from && /\s/.test(text[to - 1])) to--
  if (to > from) found.push({text: text.slice(from, to), from, to})
}

/** A pair of double quotes: offsets of the opening and the closing mark. */
export interface QuotePair {
  open: number
  close: number
  curly: boolean
}

/**
 * The double-quote pairs of a paragraph, when its marks pair up beyond doubt: all curly or all
 * straight, alternating, each opening mark at a word's start and each closing one at a word's end.
 * Otherwise none.
 */
export function quotePairs(text: string): QuotePair[] {
  const marks = [...text.matchAll(/["“”]/g)].map((match) => match.index)
  if (marks.length === 0 || marks.length % 2 === 1) return []
  const curly = text[marks[0]] !== '"'
  const pairs: QuotePair[] = []
  for (let index = 0; index < marks.length; index += 2) {
    const open = marks[index]
    const close = marks[index + 1]
    if (curly ? text[open] !== '“' || text[close] !== '”' : text[open] !== '"' || text[close] !== '"') return []
    if (open > 0 && !/[\s(\[—–-]/.test(text[open - 1])) return []
    if (!/\S/.test(text[open + 1] ?? '') || /\s/.test(text[close - 1]) || close === open + 1) return []
    if (/[\p{L}\p{N}]/u.test(text[close + 1] ?? '')) return []
    pairs.push({open, close, curly})
  }
  return pairs
}

export type QuoteStyle = 'curly' | 'straight' | 'mixed' | 'none'

/** Which double quotes an article writes. */
export function articleQuoteStyle(text: string): QuoteStyle {
  const curly = (text.match(/[“”]/g) ?? []).length
  const straight = (text.match(/"/g) ?? []).length
  if (curly > 0 && straight > 0) return 'mixed'
  if (curly > 0) return 'curly'
  return straight > 0 ? 'straight' : 'none'
}

/** Every offset in `text` where `pattern` (global) matches, with the match. */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)]
}
