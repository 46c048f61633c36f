import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {numberIdentifierWords} from './data/number-identifier-words.js'
import {notPlurals, quantityWords} from './data/quantity-words.js'

export interface DigitGroupingOptions {
  /** The thousands separator a fix inserts. Default `,`. */
  separator: string
}

/**
 * A run of five or more digits standing alone: not glued to a letter, a digit group or an
 * identifier's punctuation (`A320neo`, `1,234567`, `#12345`, `x_12345`, `a/12345`, `12345-2019`),
 * and not the whole part of a decimal (`12345.67`, European `12345,67`). A hyphen before it is
 * allowed (a dash glued to a word: `closer-40000 years`) and checked in code.
 */
const longNumber = /(?<![\p{L}\p{N}_.,/\\#@&=:+'’])\d{5,}(?![\p{L}\p{N}_]|[.,]\d|[-‐/:@]\w|['’]\p{L})/gu

/** A date written as digits: `20211110`. */
const compactDate = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/

/** A currency before the number: `$250000`, `US$ 25000`, `€ 12000`. */
const currencyBefore = /(?:[$€£¥₹₽₩]|\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|UAH|INR|Rs\.?))\s?$/u
/** The word before the number (with a final period), and what is between them. */
const wordBefore = /([\p{L}][\p{L}.'’]*)([\s(:#№]*)$/u
/** Another number just before: `July 1, 11907`, `+86 10 12345678`, `1 - 12345`. */
const numberBefore = /\d[\s,()+–-]{0,3}$/
/** The word after the number. */
const wordAfter = /^\s?(\p{L}+)/u
/** Another digit group just after: a phone number in groups (`12345 67890`). */
const numberAfter = /^[\s)–-]{1,2}\d/
/** Where a sentence starts: the word before the number is then capitalized for that reason. */
const sentenceStart = /(?:^|[.?!:]["”’)\]]*\s+|\n\s*)["“‘(]*$/
const capitalized = /^\p{Lu}/u

/** From this many digits on, a number without a quantity context is more likely a code or a phone number. */
const longestBareNumber = 9

export default defineRule<'ungrouped', DigitGroupingOptions>({
  id: 'digit-grouping',
  category: 'typography',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags numbers of five or more digits without thousands separators, as in `250000 species`',
  trigger: /\d{5}/,
  messages: {
    ungrouped: 'Unexpected `{actual}` without thousands separators, expected `{expected}`'
  },
  defaultOptions: {separator: ','},
  schema: {separator: {type: 'enum', values: [',', '.', ' ', '\u00a0', '\u202f', "'", '’']}},
  create(context) {
    const {separator} = context.options

    function group(digits: string): string {
      let out = ''
      for (let index = 0; index < digits.length; index++) {
        if (index > 0 && (digits.length - index) % 3 === 0) out += separator
        out += digits[index]
      }
      return out
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!/\d{5}/.test(value)) return
        const offset = start(node)
        for (const match of value.matchAll(longNumber)) {
          const digits = match[0]
          const at = match.index
          if (digits[0] === '0' || compactDate.test(digits)) continue
          let before = value.slice(Math.max(0, at - 60), at)
          if (before.endsWith('-') || before.endsWith('‐')) {
            // Only a dash glued to a lowercase word (`closer-40000`), not a code (`GOST-51162`) or a minus.
            if (!/\p{Ll}[-‐]$/u.test(before)) continue
            before = `${before.slice(0, -1)} `
          }
          const after = value.slice(at + digits.length, at + digits.length + 40)
          if (numberAfter.test(after) || numberBefore.test(before)) continue
          // `(74182)` alone in brackets: a reference or a code.
          if (before.endsWith('(') && after.startsWith(')')) continue

          const currency = currencyBefore.test(before)
          if (!currency) {
            const previous = wordBefore.exec(before)
            if (previous) {
              const [, word, between] = previous
              if (between.includes(':') || between.includes('#') || between.includes('№')) continue
              if (numberIdentifierWords.has(word.toLowerCase().replace(/\.$/, ''))) continue
              const wordStart = before.length - previous[0].length
              if (capitalized.test(word) && !sentenceStart.test(before.slice(0, wordStart))) continue
            } else if (/[:#№]\s*$/.test(before)) {
              continue
            }
          }

          const next = wordAfter.exec(after)?.[1]
          const nextLower = next?.toLowerCase()
          // Before a capitalized name: a postcode (`10115 Berlin`, `75008 Paris`).
          if (!currency && next !== undefined && capitalized.test(next) && after.startsWith(' ')) continue
          const quantity =
            currency ||
            after.startsWith('%') ||
            (next !== undefined &&
              next === nextLower &&
              (quantityWords.has(next) || (next.length > 2 && next.endsWith('s') && !notPlurals.has(next))))
          if (!quantity && digits.length > longestBareNumber) continue
          // A bare number closing a list (`dark marble color, 4278884.`): an article or item code.
          if (!quantity && /,\s*$/.test(before) && /^(?:[.;)]|\s*$)/.test(after)) continue

          const from = offset + at
          const to = from + digits.length
          if (context.isProtected(from, to)) continue
          const expected = group(digits)
          context.report({
            messageId: 'ungrouped',
            data: {actual: digits, expected},
            from,
            to,
            expected: [expected],
            ...(quantity ? {} : {safe: false})
          })
        }
      }
    }
  }
})
