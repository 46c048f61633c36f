import type {Paragraph, Sentence} from 'nlcst'
import {end, start} from '../src/nlcst.js'
import type {Node} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {reportingVerbs} from './data/reporting-verbs.js'

export interface FusedParagraphsOptions {
  /** Paragraphs shorter than this (in characters) are never flagged. Default 1,500. */
  minLength: number
  /** How many attributed quotations a paragraph must hold to be flagged. Default 3. */
  minQuotations: number
  /**
   * The paragraph must hold at least one attributed quotation per this many characters, so that a
   * long speech or essay quoting someone now and then is not flagged. Default 1,000.
   */
  maxLengthPerQuotation: number
}

/** A closing double quote: a right curly quote, or a straight one after a non-space. */
const closingQuote = /”|(?<=\S)"/g
/** An opening double quote: a left curly quote, or a straight one before a non-space. */
const openingQuote = /“|"(?=\S)/g
/** What follows a closing quote up to the next quote mark or line break. */
const afterQuote = /[^“”"\n\r]{0,80}/y
/** A word of an attribution (`said`, `Shih`, `U.S.`, `China’s`). */
const attributionWord = /\p{L}(?:[\p{L}’'.-]*\p{L})?/gu
/** Before an opening quote: a reporting verb, up to two words (`told CNN`), and `:` or `,`. */
const verbBeforeQuote = /(\p{Ll}+)(?:[ \t]+[\p{L}.’']+){0,2}[ \t]*[:,][ \t]*$/u

/** How many words after a closing quote the reporting verb may come (`,” said a senior official`). */
const wordsAfterQuote = 5
/** How far before an opening quote to look for `said:` or `told reporters,`. */
const lookBehind = 40

export default defineRule<'fused', FusedParagraphsOptions>({
  id: 'fused-paragraphs',
  category: 'whitespace',
  fix: 'none',
  scope: 'paragraph',
  description: 'Flags a paragraph that runs several attributed quotations together far past a normal length',
  messages: {
    fused:
      'Unexpected paragraph of {length} characters with {count} attributed quotations, expected a paragraph break before each'
  },
  defaultOptions: {minLength: 1500, minQuotations: 3, maxLengthPerQuotation: 1000},
  schema: {
    minLength: {type: 'integer', min: 1, max: 1_000_000},
    minQuotations: {type: 'integer', min: 1, max: 1000},
    maxLengthPerQuotation: {type: 'integer', min: 1, max: 1_000_000}
  },
  create(context) {
    const {options} = context

    /** Quotations followed (`,” he said`) or preceded (`said: “`) by a reporting verb. */
    function countAttributedQuotations(value: string): number {
      let count = 0
      for (const match of value.matchAll(closingQuote)) {
        afterQuote.lastIndex = match.index + 1
        const after = afterQuote.exec(value)![0]
        const words = after.match(attributionWord)
        if (words?.slice(0, wordsAfterQuote).some((word) => reportingVerbs.has(word.toLowerCase()))) count++
      }
      for (const match of value.matchAll(openingQuote)) {
        const before = verbBeforeQuote.exec(value.slice(Math.max(0, match.index - lookBehind), match.index))
        if (before && reportingVerbs.has(before[1])) count++
      }
      return count
    }

    return {
      ParagraphNode(node: Paragraph) {
        const length = end(node) - start(node)
        if (length < options.minLength) return
        const value = context.source(node)
        const count = countAttributedQuotations(value)
        if (count < options.minQuotations || count * options.maxLengthPerQuotation < length) return
        const first = (node.children as Node[]).find((child): child is Sentence => child.type === 'SentenceNode')
        if (!first) return
        context.report({
          messageId: 'fused',
          data: {length, count},
          from: start(first),
          to: end(first)
        })
      }
    }
  }
})
