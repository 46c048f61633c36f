import {defineRule} from '../src/define-rule.js'
import {analyzeQuotes, anyDoubleQuote, anySingleQuote, blockAnalysis, isWordChar, quoteBlocks, singleQuoteShape} from './data/quotes.js'

export interface SingleQuotationMarksOptions {
  /**
   * `auto`: the article's main quotes are the kind it uses more often for quotations (an article
   * quoting with single marks, as British house styles do, is left alone); `double`: single marks
   * are only for quotations inside quotations; `single`: single marks are the house style.
   */
  style: 'auto' | 'double' | 'single'
}

/** What may stand right before an opening single quote: the start, white space, a bracket or a dash. */
const opensAfter = /^(?:|[\s([{\-–—/])$/
/**
 * Code before an opening single quote: a call or an index glued to a name (`print('hi')`,
 * `row['id']`) or an operator after something (`name = 'admin'`, `x == 'y'`, `a > 'b'`; not a
 * Markdown quote's `>` at a line start, nor `Stop! 'Run,'`). Such quotes delimit strings of code,
 * which keep the marks their language wants whatever the article's quotation style.
 */
const codeBefore = /(?:[\p{L}\p{N}_][([{]|[=!<>]=[ \t]*|[^\s=!<>][ \t]*=[ \t]*|\S[ \t]*[<>][ \t]*)$/u
/** What may stand right after a closing single quote: the end, white space or punctuation. */
const closesBefore = /^(?:|[\s.,;:!?)\]}\-–—/])$/
/** The longest quotation in single marks read as one (in characters), on one line. */
const maxLength = 150
const lineBreak = /[\n\r]/
/** Single quote marks, and the same with line breaks, for `matchAll`. */
const singleMarks = /['‘’]/g
const singleMarksOrLineEnds = /['‘’\n\r]/g

/** A quotation in single marks: the offsets of its two marks. */
interface Pair {
  open: number
  close: number
}

export default defineRule<'single', SingleQuotationMarksOptions>({
  id: 'single-quotation-marks',
  category: 'quotes',
  fix: 'safe',
  trigger: anySingleQuote,
  description: 'Flags single quotation marks used as the main quotes in an article that quotes with double marks',
  messages: {
    single: 'Unexpected single quotation mark `{actual}` in an article that quotes with double marks, expected `{expected}`'
  },
  defaultOptions: {style: 'auto'},
  schema: {style: {type: 'enum', values: ['auto', 'double', 'single']}},
  create(context) {
    const {text, options} = context
    const char = (at: number) => (at >= 0 && at < text.length ? text[at] : '')

    /**
     * Whether the single quote at `at` opens a quotation: `‘` or `'` before a word that is no
     * elision (`'90s`, `rock ‘n’ roll`, where the apostrophe was curled the wrong way).
     */
    function opens(at: number): boolean {
      if (!opensAfter.test(char(at - 1)) || !isWordChar(char(at + 1))) return false
      if (codeBefore.test(text.slice(Math.max(0, at - 8), at))) return false
      return (text[at] === '‘' || text[at] === "'") && singleQuoteShape(text, at) === 'unknown'
    }

    /** Whether the single quote at `at` can close a quotation: after a word or a mark, before a space or a mark. */
    const closes = (at: number) => (text[at] === '’' || text[at] === "'") && !isWordChar(char(at + 1)) && closesBefore.test(char(at + 1)) && !/\s/.test(char(at - 1))

    /** Quotations in single marks of a block that no double quotation holds. */
    function pairsIn(from: number, value: string, continuesAfter: boolean): Pair[] {
      const analysis = analyzeQuotes(value, continuesAfter)
      const inside: Array<[number, number]> = []
      analysis.marks.forEach((mark, index) => {
        if (mark.role !== 'open') return
        // A quotation runs to its closing mark, or, continued, to the mark that reopens it.
        const end = mark.partner !== -1 ? analysis.marks[mark.partner].index : mark.continued ? (analysis.marks[index + 1]?.index ?? value.length) : -1
        if (end !== -1) inside.push([from + mark.index, from + end])
      })
      // An unpaired double quote: what it holds is unknown, so nothing here is judged.
      if (!analysis.balanced) return []
      const pairs: Pair[] = []
      let after = from
      for (const match of value.matchAll(singleMarks)) {
        const at = from + match.index
        if (at < after || !opens(at)) continue
        let close = -1
        for (const next of value.slice(at - from + 2, at - from + 2 + maxLength).matchAll(singleMarksOrLineEnds)) {
          const end = at + 2 + next.index
          if (lineBreak.test(text[end]) || text[end] === '‘' || (text[end] === "'" && opens(end))) break
          if (closes(end)) {
            close = end
            break
          }
        }
        if (close === -1) continue
        // Inside a double quotation, or across one of its marks (`put, 'Ashley believes in you."'`): a quote within a quote.
        if (!inside.some(([start, end]) => start < close && at < end)) pairs.push({open: at, close})
        after = close + 1
      }
      return pairs
    }

    return {
      RootNode() {
        if (options.style === 'single' || !anySingleQuote.test(text)) return
        const pairs = quoteBlocks(text, anySingleQuote).flatMap((block) => pairsIn(block.from, block.value, block.continuesAfter))
        if (pairs.length === 0) return
        const doubles = quoteBlocks(text, anyDoubleQuote).flatMap((block) => blockAnalysis(block).marks)
        const doubleQuotations = doubles.filter((mark) => mark.role === 'open' && mark.partner !== -1).length
        // British house style, or no double quotation to tell the article's style by; as many of
        // each: the article's style is a guess, so a person decides.
        if (options.style === 'auto' && (doubleQuotations === 0 || doubleQuotations < pairs.length)) return
        const sureOfStyle = options.style === 'double' || doubleQuotations > pairs.length
        const curly = doubles.filter((mark) => !mark.straight).length
        const straight = doubles.length - curly
        // The article's one shape of double quotes. Where it mixes straight and curly ones, each
        // mark keeps its own shape and only becomes double (`‘` to `“`): which shape the article
        // should use is quote-style's question. A straight pair there is a suggestion, since
        // straight marks in such an article are as often code (`name = 'admin'`) as a quotation.
        const mixed = curly > 0 && straight > 0
        const doubled = (at: number, curlyMark: string) => (text[at] === "'" && (mixed || curly === 0) ? '"' : curly > 0 ? curlyMark : '"')
        for (const {open, close} of pairs) {
          const opening = doubled(open, '“')
          const closing = doubled(close, '”')
          const safe = sureOfStyle && !(mixed && (text[open] === "'" || text[close] === "'"))
          context.report({messageId: 'single', data: {actual: text[open], expected: opening}, from: open, to: open + 1, expected: [opening], safe})
          context.report({messageId: 'single', data: {actual: text[close], expected: closing}, from: close, to: close + 1, expected: [closing], safe})
        }
      }
    }
  }
})
