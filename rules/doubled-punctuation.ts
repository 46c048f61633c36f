import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'

/** Two marks where one is meant. Each pattern matches the whole run it reports. */
const patterns = {
  /** `,,` or `;;` (a real ellipsis is three or more periods and is not matched). */
  repeated: /([,;])\1+/g,
  /** Exactly two periods: `added.. The`. */
  twoPeriods: /(?<!\.)\.\.(?!\.)/g,
  /** A period, spaces, a period, not part of a spaced ellipsis `. . .`: `added. . The`. */
  spacedPeriods: /(?<![.][ \t]?)\.[ \t]+\.(?![ \t]*\.)/g,
  /** A question or exclamation mark followed by a period: `why?.`. */
  markThenPeriod: /[?!]\./g,
  /** A comma, semicolon or colon right before a period: `said,.`. */
  weakThenPeriod: /[,;:]\.(?!\.)/g,
  /**
   * A period right before a comma after a lowercase word of four letters or more: shorter or
   * capitalised words are mostly abbreviations (`etc.,`, `esq.,`, `Tex.,`, `D.C.,`), which are right.
   */
  periodThenComma: /(?<![\p{L}\p{N}.])(\p{Ll}{4,})\.,/gu
} as const

/** Lowercase abbreviations of four letters or more, which end in a period of their own. */
const longAbbreviations = new Set(['approx', 'incl', 'resp', 'dept', 'govt', 'ibid', 'cont', 'misc', 'fols', 'sess'])

export default defineRule({
  id: 'doubled-punctuation',
  category: 'punctuation',
  fix: 'safe',
  description: 'Flags doubled or clashing punctuation marks such as `. .`, `,,` and `?.`',
  messages: {
    repeated: 'Unexpected repeated `{actual}`, expected `{expected}`',
    stray: 'Unexpected second period, remove it',
    clash: 'Unexpected `{actual}`, expected `{expected}`',
    ambiguous: 'Unexpected `.,`, expected a period or a comma'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const offset = start(node)
        const value = context.source(node)
        const report = (from: number, to: number, messageId: 'repeated' | 'stray' | 'clash', expected: string) => {
          if (context.isProtected(offset + from, offset + to)) return
          context.report({
            messageId,
            data: {actual: value.slice(from, to), expected},
            from: offset + from,
            to: offset + to,
            expected: [expected]
          })
        }

        for (const match of value.matchAll(patterns.repeated)) {
          report(match.index, match.index + match[0].length, 'repeated', match[1])
        }
        for (const match of value.matchAll(patterns.twoPeriods)) {
          report(match.index + 1, match.index + 2, 'stray', '')
        }
        for (const match of value.matchAll(patterns.spacedPeriods)) {
          report(match.index + 1, match.index + match[0].length, 'stray', '')
        }
        for (const match of value.matchAll(patterns.markThenPeriod)) {
          report(match.index, match.index + 2, 'clash', match[0][0])
        }
        for (const match of value.matchAll(patterns.weakThenPeriod)) {
          report(match.index, match.index + 2, 'clash', '.')
        }
        for (const match of value.matchAll(patterns.periodThenComma)) {
          if (longAbbreviations.has(match[1])) continue
          const from = offset + match.index + match[1].length
          if (context.isProtected(from, from + 2)) continue
          context.report({
            messageId: 'ambiguous',
            from,
            to: from + 2,
            expected: [',', '.']
          })
        }
      }
    }
  }
})
