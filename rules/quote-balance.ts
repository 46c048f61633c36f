import {defineRule} from '../src/define-rule.js'
import {analyzeQuotes, anyDoubleQuote, blockAnalysis, quoteBlocks} from './data/quotes.js'
import type {Block, QuoteMark} from './data/quotes.js'
import {isMentionedMark} from './lib/mentioned-mark.js'

/** Nothing but white space between two quotes. */
const blank = /^\s*$/

/** The other shape of a curly double quote. */
const swapped = {'“': '”', '”': '“'} as const

export default defineRule({
  id: 'quote-balance',
  category: 'quotes',
  fix: 'safe',
  trigger: anyDoubleQuote,
  description: 'Flags double quotes that have no partner in their paragraph, and curly quotes of the wrong shape',
  messages: {
    unclosed: 'Unexpected unpaired opening `{actual}`, expected a closing quote after it',
    unopened: 'Unexpected unpaired closing `{actual}`, expected an opening quote before it',
    unpaired: 'Unexpected unpaired straight quote `"`, expected another one to pair with it',
    unclosedRun: 'Unexpected run of {count} unpaired opening `{actual}`, expected closing quotes after them',
    unopenedRun: 'Unexpected run of {count} unpaired closing `{actual}`, expected opening quotes before them',
    unpairedRun: 'Unexpected run of {count} unpaired straight quotes `"`, expected others to pair with them',
    reversed: 'Unexpected `{actual}` facing the wrong way, expected `{expected}`'
  },
  create(context) {
    return {
      RootNode() {
        for (const block of quoteBlocks(context.text, anyDoubleQuote)) check(block)
      }
    }

    function check(block: Block) {
      const analysis = blockAnalysis(block)
      if (analysis.balanced) return

      // Straight quotes only, and an even number of them: the pairing is a guess, stay quiet.
      const straightOnly = analysis.marks.every((mark) => mark.straight)
      if (straightOnly && analysis.marks.length % 2 === 0) return

      // Unpaired quotes of one kind with only white space between them (`” ” ”`) are one finding.
      let run: {messageId: 'unclosed' | 'unopened' | 'unpaired'; char: string; from: number; to: number; count: number} | undefined
      const endRun = () => {
        if (!run) return
        const {messageId, char, from, to, count} = run
        if (count === 1) context.report({messageId, data: {actual: char}, from, to})
        else context.report({messageId: `${messageId}Run`, data: {actual: char, count: String(count)}, from, to})
        run = undefined
      }
      for (const mark of analysis.marks) {
        if (!mark.problem) continue
        const from = block.from + mark.index
        if (context.isProtected(from, from + 1)) continue
        if (mark.problem !== 'reversed' && talkedAbout(context.text, from)) continue
        if (mark.problem === 'reversed') {
          endRun()
          reportReversed(mark, block, from)
          continue
        }
        const messageId = mark.straight ? 'unpaired' : mark.problem
        if (run?.messageId === messageId && run.char === mark.char && blank.test(context.text.slice(run.to, from))) {
          run.to = from + 1
          run.count++
        } else {
          endRun()
          run = {messageId, char: mark.char, from, to: from + 1, count: 1}
        }
      }
      endRun()
    }

    /** A curly quote of the wrong shape; the fix is safe when swapping it balances the paragraph. */
    function reportReversed(mark: QuoteMark, block: Block, from: number) {
      const expected = swapped[mark.char as keyof typeof swapped]
      const repaired = block.value.slice(0, mark.index) + expected + block.value.slice(mark.index + 1)
      const safe = analyzeQuotes(repaired, block.continuesAfter).balanced
      context.report({
        messageId: 'reversed',
        data: {actual: mark.char, expected},
        from,
        to: from + 1,
        expected: [expected],
        safe
      })
    }
  }
})

/**
 * Whether the quote mark at `from` is talked about, not used: named or listed as a mark (`the
 * character " is`, `labelled " and '`), or alone in brackets (`ditto marks (")`).
 */
function talkedAbout(text: string, from: number): boolean {
  return isMentionedMark(text, from, from + 1) || (text[from - 1] === '(' && text[from + 1] === ')')
}
