/**
 * Marks that prose talks about rather than uses: `the semicolon ; at the end`, `the operator ?: is`,
 * `the entity &amp; stands for`, `French uses « and »`. Such a mark is named by the word before it
 * (or, as in `the . operator`, after it), or listed with another mark that stands alone. The rules
 * that repair marks ask here before they touch one. Offsets are absolute, into the whole text.
 */
import {markDeterminers, markHeads, markListWords, markModifiers, markNouns, openingDeterminers} from '../data/mark-names.js'

/** White space, a line break included. */
const anySpace = /^\s$/
/** A word (letters, maybe hyphenated: `full-width`) and the white space after it, at the end of the text before a point. */
const wordBefore = /(\p{L}[\p{L}-]*)[ \t\u00a0\u202f]+$/u
/** White space and a word, at the start of the text after a point. */
const wordAfter = /^[ \t\u00a0\u202f]+(\p{L}[\p{L}-]*)/u
/** A token of marks alone: no letter, digit or white space. */
const marksOnly = /^[^\p{L}\p{N}\s]+$/u
/** How far back or ahead a neighbouring word is looked for, in characters. */
const reach = 60

/** Whether `from..to` of `text` stands alone: white space or the text's edge on both sides. */
export function standsAlone(text: string, from: number, to: number): boolean {
  return isSpaceOrEdge(text[from - 1]) && isSpaceOrEdge(text[to])
}

/** The run of characters other than white space around `from..to`: the token a mark is part of. */
export function tokenAround(text: string, from: number, to: number): {from: number; to: number} {
  let start = from
  let end = to
  while (start > 0 && !anySpace.test(text[start - 1])) start--
  while (end < text.length && !anySpace.test(text[end])) end++
  return {from: start, to: end}
}

/**
 * Whether the token holding `from..to` is named by the word right before it (`the semicolon ;`, `the
 * HTML entity &amp;`, `the question mark ?`), by a mark's noun right after it (`the . operator`,
 * lowercase: a capital starts a sentence), or placed as a word's modifier after a determiner no
 * sentence ends on (`the . key`).
 */
export function isNamedMark(text: string, from: number, to: number): boolean {
  const token = tokenAround(text, from, to)
  const before = previousWords(text, token.from)
  if (before[0] !== undefined && namesMark(before[0], before[1])) return true
  const after = wordAfter.exec(text.slice(token.to, token.to + reach))?.[1]
  if (after === undefined) return false
  // `the . operator` (or `the . Operator`, once another rule took the mark for a sentence's end).
  if (before[0] !== undefined && openingDeterminers.has(before[0]) && marksOnly.test(text.slice(token.from, token.to))) return true
  // `the . operator`: a mark between a determiner and a head noun modifies it.
  return markNouns.has(after) || (markHeads.has(after) && before[0] !== undefined && markDeterminers.has(before[0]))
}

/** Whether the marks `from..to` stand alone and are listed with another mark standing alone: `« and »`, `( or )`. */
export function isListedMark(text: string, from: number, to: number): boolean {
  if (!standsAlone(text, from, to)) return false
  const after = wordAfter.exec(text.slice(to, to + reach))
  if (after && markListWords.has(after[1].toLowerCase())) {
    const next = tokenAround(text, to + after[0].length + 1, to + after[0].length + 1)
    if (marksOnly.test(text.slice(next.from, next.to))) return true
  }
  const before = wordBefore.exec(text.slice(Math.max(0, from - reach), from))
  if (before && markListWords.has(before[1].toLowerCase())) {
    const wordStart = from - before[0].length
    const previous = tokenAround(text, wordStart - 2, wordStart - 1)
    if (wordStart >= 2 && marksOnly.test(text.slice(previous.from, previous.to))) return true
  }
  return false
}

/** Whether the mark `from..to` is talked about, not used: named (`the symbol !`) or listed (`« and »`). */
export function isMentionedMark(text: string, from: number, to: number): boolean {
  return isNamedMark(text, from, to) || isListedMark(text, from, to)
}

function namesMark(word: string, modifier: string | undefined): boolean {
  return markNouns.has(word) || (markHeads.has(word) && modifier !== undefined && markModifiers.has(modifier))
}

/** The word before `at` (across white space on its line) and the one before that, lower case. */
function previousWords(text: string, at: number): [string | undefined, string | undefined] {
  const window = text.slice(Math.max(0, at - reach), at)
  const last = wordBefore.exec(window)
  if (!last) return [undefined, undefined]
  const rest = window.slice(0, window.length - last[0].length)
  return [last[1].toLowerCase(), wordBefore.exec(rest)?.[1].toLowerCase()]
}

function isSpaceOrEdge(char: string | undefined): boolean {
  return char === undefined || anySpace.test(char)
}
