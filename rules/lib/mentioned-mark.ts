/**
 * Marks that prose talks about rather than uses: `the semicolon ; at the end`, `the operator ?: is`,
 * `the entity &amp; stands for`, `French uses « and »`. Such a mark is named by the word before it
 * (or, as in `the . operator`, after it), or listed with another mark that stands alone. The rules
 * that repair marks ask here before they touch one. Offsets are absolute, into the whole text.
 */
import {markDeterminers, markHeads, markListWords, markModifiers, markNouns, openingDeterminers} from '../data/mark-names.js'

/** White space, a line break included. */
const anySpace = /^\s$/
/** White space on one line, between a word and a mark. */
const blank = /^[ \t\u00a0\u202f]$/
/** A letter, or a hyphen inside a word (`full-width`). */
const letterOrHyphen = /^[\p{L}-]$/u
const letter = /^\p{L}$/u
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

/**
 * The run of characters other than white space around `from..to`: the token a mark is part of,
 * at most `reach` characters on each side (a caller asking for each of many points bounds it).
 */
export function tokenAround(text: string, from: number, to: number, reach = Infinity): {from: number; to: number} {
  const first = Math.max(0, from - reach)
  const last = Math.min(text.length, to + reach)
  let start = from
  let end = to
  while (start > first && !anySpace.test(text[start - 1])) start--
  while (end < last && !anySpace.test(text[end])) end++
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
  const before = wordEndingBefore(text, from, Math.max(0, from - reach))
  if (before && markListWords.has(before.word.toLowerCase())) {
    const wordStart = before.start
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
  const limit = Math.max(0, at - reach)
  const last = wordEndingBefore(text, at, limit)
  if (!last) return [undefined, undefined]
  return [last.word.toLowerCase(), wordEndingBefore(text, last.start, limit)?.word.toLowerCase()]
}

/**
 * The word (letters, maybe hyphenated: `full-width`) that white space on its line separates from
 * `at`, not reaching before `limit`, and where it starts. Read backwards from `at`, a step a
 * character: a pattern anchored at the end of the text before `at` tried every start in it, for
 * each of the marks of a page made of marks.
 */
function wordEndingBefore(text: string, at: number, limit: number): {word: string; start: number} | undefined {
  let end = at
  while (end > limit && blank.test(text[end - 1])) end--
  if (end === at) return undefined
  let start = end
  while (start > limit && letterOrHyphen.test(text[start - 1])) start--
  // The word starts at its first letter: `-width ;` names `width`.
  while (start < end && !letter.test(text[start])) start++
  return start < end ? {word: text.slice(start, end), start} : undefined
}

function isSpaceOrEdge(char: string | undefined): boolean {
  return char === undefined || anySpace.test(char)
}
