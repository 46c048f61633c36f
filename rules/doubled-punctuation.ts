import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {twoPeriods} from './lib/sentence-marks.js'
import {longAbbreviations} from './data/sentence-abbreviations.js'
import {isAbbreviation} from './lib/abbreviations.js'

/** Two marks where one is meant. Each pattern matches the whole run it reports. */
const patterns = {
  /** `,,` or `;;` (a real ellipsis is three or more periods and is not matched). */
  repeated: /([,;])\1+/g,
  /** Exactly two periods: `added.. The`. */
  twoPeriods: new RegExp(twoPeriods.source, 'g'),
  /** A period, spaces, a period, not part of a spaced ellipsis `. . .`: `added. . The`. */
  spacedPeriods: /(?<![.][ \t]?)\.[ \t]+\.(?![ \t]*\.)/g,
  /** A question or exclamation mark followed by one period, not the dots of an ellipsis (`ellipsis`'s): `why?.`. */
  markThenPeriod: /[?!]\.(?![.…])/g,
  /** A comma, semicolon or colon right before a period: `said,.`. */
  weakThenPeriod: /[,;:]\.(?!\.)/g,
  /**
   * A period right before a comma after a word or a number (`2012.,`, `9th.,`). The word is checked
   * further: abbreviations (`etc.,`, `Tex.,`) are right, and short capitalized words may be ones.
   */
  periodThenComma: /(?<![\p{L}\p{N}.])(\p{L}{2,}|\p{N}+(?:st|nd|rd|th)?)\.,/gu
} as const

/**
 * Where a slip sits: glued to the word before it (a letter, a digit, a closing quote or bracket,
 * `%`, another `!` or `?`), and followed by white space, the end, closing marks or a new
 * sentence's word (`added.. The`, `said,, and`, `why?."`), or alone before a new sentence or the
 * line's end (`Yes .. I`). Glued to letters on both sides (`city..about`, `main..feature`, `user?.name`) or alone
 * between spaces otherwise (`prices ..`, `cd .. and`) it may be a slip or a token (a branch range,
 * an operator, a path): a person decides. Anywhere else it is a token of its own: a path
 * (`../data`), a range or an empty field between numbers (`1..10`, `1,,3`), a loop's header (`for (;;)`).
 */
const slipBefore = /[\p{L}\p{N}"”’')\]%!?]/u
const slipAfter = /^(?:["”’')\]]*(?:\s|$)|\p{Lu}\p{Ll})/u
const letter = /^\p{L}/u
const spaceOrEdge = /^\s?$/
const newSentenceAfter = /^(?:[ \t]+\p{Lu}|[ \t]*(?:\r?\n|$))/u

type Reading = 'slip' | 'unsure' | 'token'

function readingOf(value: string, from: number, to: number): Reading {
  const before = value[from - 1] ?? ''
  if (slipBefore.test(before)) {
    if (slipAfter.test(value.slice(to, to + 4))) return 'slip'
    return letter.test(value[to] ?? '') ? 'unsure' : 'token'
  }
  if (!spaceOrEdge.test(before) || !spaceOrEdge.test(value[to] ?? '')) return 'token'
  // Alone between spaces before a new sentence or the line's end: `Yes .. I am`, `the test. ..`.
  return newSentenceAfter.test(value.slice(to, to + 3)) ? 'slip' : 'unsure'
}

/** Two marks together that one of the patterns needs at least: every finding's text matches this. */
const anyPair = /[,;]{2}|\.[ \t]*\.|[?!,;:]\.|\.,/

/** What follows a clash of a period and a comma, past spaces and closing marks: a letter, a line end or the end (sticky). */
const nextLetter = /[ \t"”’')\]]*(\p{Ll}|\p{Lu}|\r?\n|$)/uy
const lowercase = /^\p{Ll}$/u
/**
 * Words before `.,` that are mostly abbreviations the data list lacks (`Comp.,`, `Cal.,`, `Natl.,`),
 * and are left alone: capitalized words of up to four letters.
 */
const shortCapitalized = /^\p{Lu}\p{L}{1,3}$/u
/** Lowercase words of two letters before `.,` (`up.,`, `ms.,`): a slip or an abbreviation; a person decides. */
const twoLowercase = /^\p{Ll}{2}$/u

export default defineRule({
  id: 'doubled-punctuation',
  category: 'punctuation',
  fix: 'safe',
  scope: 'paragraph',
  trigger: anyPair,
  description: 'Flags doubled or clashing punctuation marks such as `. .`, `,,` and `?.`',
  messages: {
    repeated: 'Unexpected repeated `{actual}`, expected `{expected}`',
    stray: 'Unexpected second period, remove it',
    clash: 'Unexpected `{actual}`, expected `{expected}`',
    ambiguous: 'Unexpected `{actual}`, expected `{first}` or `{second}`'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const offset = start(node)
        const value = context.source(node)
        const report = (from: number, to: number, messageId: 'repeated' | 'stray' | 'clash', expected: string, safe = true) => {
          context.report({
            messageId,
            data: {actual: value.slice(from, to), expected},
            from: offset + from,
            to: offset + to,
            expected: [expected],
            ...(safe ? {} : {safe: false})
          })
        }

        for (const match of value.matchAll(patterns.repeated)) {
          const reading = readingOf(value, match.index, match.index + match[0].length)
          if (reading !== 'token') report(match.index, match.index + match[0].length, 'repeated', match[1], reading === 'slip')
        }
        for (const match of value.matchAll(patterns.twoPeriods)) {
          const reading = readingOf(value, match.index, match.index + 2)
          if (reading !== 'token') report(match.index + 1, match.index + 2, 'stray', '', reading === 'slip')
        }
        for (const match of value.matchAll(patterns.spacedPeriods)) {
          if (!slipBefore.test(value[match.index - 1] ?? '')) continue
          report(match.index + 1, match.index + match[0].length, 'stray', '')
        }
        for (const match of value.matchAll(patterns.markThenPeriod)) {
          const reading = readingOf(value, match.index, match.index + 2)
          if (reading !== 'token') report(match.index, match.index + 2, 'clash', match[0][0], reading === 'slip')
        }
        // `,.` and `.,`: which mark stays follows from what comes next. A lowercase word continues
        // the sentence (the comma stays); a capital or the paragraph's end starts a new one (the
        // period stays); anything else is for a person to decide.
        const ambiguous = (from: number, weak: string) => {
          context.report({
            messageId: 'ambiguous',
            data: {actual: value.slice(from, from + 2), first: weak, second: '.'},
            from: offset + from,
            to: offset + from + 2,
            expected: [weak, '.']
          })
        }
        const clash = (from: number, weak: string) => {
          nextLetter.lastIndex = from + 2
          const next = nextLetter.exec(value)?.[1]
          if (next === undefined) ambiguous(from, weak)
          else report(from, from + 2, 'clash', lowercase.test(next) ? weak : '.')
        }
        for (const match of value.matchAll(patterns.weakThenPeriod)) {
          const reading = readingOf(value, match.index, match.index + 2)
          if (reading === 'token') continue
          // A colon before the period may end code or a label (`if x == None:.`): a person decides.
          if (reading === 'unsure' || match[0][0] === ':') ambiguous(match.index, match[0][0])
          else clash(match.index, match[0][0])
        }
        for (const match of value.includes('.,') ? value.matchAll(patterns.periodThenComma) : []) {
          const word = match[1]
          if (isAbbreviation(word) || longAbbreviations.has(word) || shortCapitalized.test(word)) continue
          if (twoLowercase.test(word)) ambiguous(match.index + word.length, ',')
          else clash(match.index + word.length, ',')
        }
      }
    }
  }
})
