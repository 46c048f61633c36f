import {defineRule} from '../src/define-rule.js'
import {
  anyDoubleQuote,
  blockAnalysis,
  isWordChar,
  quoteBlocks,
  roleDecided,
  straightRolesDecided
} from './data/quotes.js'
import type {Block, QuoteMark} from './data/quotes.js'

/** A run of spaces or tabs (never a line break) at the start of the text it is run on. */
const spacesAfter = /^[ \t]+/
/** A run of spaces or tabs at the end of the text it is run on. */
const spacesBefore = /[ \t]+$/
/** What may come right before an opening quote that lacks its space: a word or a sentence mark. */
const gluedBefore = /[\p{L}\p{N}.,;:!?]/u
/** A space between a single and a double quote (`“He told me ‘no’ ”`) keeps the two apart: not a slip. */
const singleQuote = /['‘’]/
/** White space, tested on one character. */
const space = /\s/
/** What may follow a closing quote whose inner space is deleted: space, punctuation, bracket, dash. */
const afterClosing = /[\s.,;:!?…)\]}—–-]/
/** The word after a detached straight closing quote starts in lowercase (`, "he added`). */
const lowercase = /\p{Ll}/u
/** The punctuation that ends a quoted clause before a detached straight closing quote. */
const clausePunctuation = /[,.;:?!…]/
/** The longest quotation (in characters) whose detached straight closing mark is moved without a mark before it. */
const shortQuotationLength = 80
/** A line break or a sentence's end inside a quotation. */
const lineOrSentenceEnd = /[\n\r]|[.?!][ \t]/
/** A quotation of nothing but white space (`“ ”`), which is left alone. */
const blank = /^\s*$/
/** How far before a closing quote to look for the spaces in front of it. */
const lookBehind = 12

type MessageId = 'detachedClosing' | 'detachedOpening' | 'spaceInside' | 'missingSpace'

export default defineRule({
  id: 'quote-spacing',
  category: 'quotes',
  fix: 'safe',
  trigger: anyDoubleQuote,
  description: 'Flags double quotes on the wrong side of a space, with spaces inside, or glued to the next word',
  messages: {
    detachedClosing: 'Unexpected space before the closing quote in `{actual}`, expected `{expected}`',
    detachedOpening: 'Unexpected space after the opening quote in `{actual}`, expected `{expected}`',
    spaceInside: 'Unexpected space inside the quotation in `{actual}`, expected `{expected}`',
    missingSpace: 'Unexpected `{actual}` without a space, expected `{expected}`'
  },
  create(context) {
    return {
      RootNode() {
        for (const block of quoteBlocks(context.text, anyDoubleQuote)) check(block)
      }
    }

    function check(block: Block) {
      const {from: offset, value} = block
      const analysis = blockAnalysis(block)
      // Only where the pairing is certain: an unpaired quote elsewhere may mean any of these is wrong.
      if (!analysis.balanced) return
      const straightDecided = straightRolesDecided(analysis)

      /** Report `from..to` (paragraph offsets) to be replaced by `replacement`, with a character of context. */
      const report = (messageId: MessageId, from: number, to: number, replacement: string) => {
        if (context.isProtected(offset + from, offset + to)) return
        const left = value.slice(Math.max(0, from - 1), from)
        const right = value.slice(to, to + 1)
        context.report({
          messageId,
          data: {actual: left + value.slice(from, to) + right, expected: left + replacement + right},
          from: offset + from,
          to: offset + to,
          expected: [replacement]
        })
      }

      // `" record profits "`: the block's only two straight marks, each spaced on both sides. The
      // pairing rests on counting, which two marks alone cannot get wrong.
      const straight = analysis.marks.filter((mark) => mark.straight)
      const spacedPair = straight.length === 2 && straight.every((mark) => mark.position === 'either' && mark.partner !== -1)

      for (const mark of analysis.marks) {
        if (!roleDecided(analysis, mark, straightDecided) && !(spacedPair && mark.straight)) continue
        if (isEmpty(mark)) continue
        if (mark.role === 'open') checkOpening(mark)
        else checkClosing(mark)
      }

      /** Whether a mark and its partner enclose nothing but white space. */
      function isEmpty(mark: QuoteMark): boolean {
        const other = analysis.marks[mark.partner]
        if (!other) return false
        const from = Math.min(mark.index, other.index) + 1
        const to = Math.max(mark.index, other.index)
        return to - from <= lookBehind && blank.test(value.slice(from, to))
      }

      /**
       * Whether a straight mark closes a short quotation on one line whose opening mark sits where
       * only an opening one can (`will "partner with Gurunavi "against`): then it is a closing mark
       * that lost its place, not the opening of another quotation.
       */
      function shortQuotation(mark: QuoteMark): boolean {
        const open = analysis.marks[mark.partner]
        if (!open || open.index > mark.index || open.position !== 'open') return false
        const inside = value.slice(open.index + 1, mark.index)
        return inside.length <= shortQuotationLength && !lineOrSentenceEnd.test(inside)
      }

      function checkOpening(mark: QuoteMark) {
        const {index, char} = mark
        const before = index > 0 ? value[index - 1] : ''
        const spaces = spacesAfter.exec(value.slice(index + 1, index + 1 + lookBehind))?.[0] ?? ''
        const next = value[index + 1 + spaces.length]
        if (before !== '' && gluedBefore.test(before)) {
          // `said“We` → `said “We`; `said“ We` → `said “We`.
          if (spaces === '') {
            if (next !== undefined && !space.test(next)) report('missingSpace', index, index + 1, ' ' + char)
          } else if (isWordChar(next)) {
            report('detachedOpening', index, index + 1 + spaces.length, spaces + char)
          }
          return
        }
        // `“ black holes”` → `“black holes”`.
        if (spaces !== '' && next !== undefined && !space.test(next) && !singleQuote.test(next)) {
          report('spaceInside', index + 1, index + 1 + spaces.length, '')
        }
      }

      function checkClosing(mark: QuoteMark) {
        const {index, char} = mark
        const after = value[index + 1]
        const spaces = spacesBefore.exec(value.slice(Math.max(0, index - lookBehind), index))?.[0] ?? ''
        if (spaces === '') {
          // `“Yes,”he said` → `“Yes,” he said`.
          if (isWordChar(after)) report('missingSpace', index, index + 1, char + ' ')
          return
        }
        const from = index - spaces.length
        const previous = value[from - 1]
        if (previous === undefined || space.test(previous) || singleQuote.test(previous)) return
        if (isWordChar(after)) {
          // `China, ”he added` → `China,” he added`. A straight mark is taken as closing only after
          // punctuation and before a lowercase word (`people "into` or `said. "Then` may open one).
          if (mark.straight && !(lowercase.test(after) && (clausePunctuation.test(previous) || shortQuotation(mark)))) return
          report('detachedClosing', from, index + 1, char + spaces)
        } else if (after === undefined || afterClosing.test(after)) {
          // `black holes ”.` → `black holes”.`
          report('spaceInside', from, index, '')
        }
      }
    }
  }
})
