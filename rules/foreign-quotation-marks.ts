import {defineRule} from '../src/define-rule.js'
import {anyForeignQuote, blankLineParagraphs, foreignQuoteFamilies, writesCurlyQuotes} from './data/quotes.js'
import type {ForeignQuoteFamily} from './data/quotes.js'
import {isListedMark, isMentionedMark} from './lib/mentioned-mark.js'

/** The longest quotation read as one, in characters: a paragraph of quoted speech. */
const maxLength = 2000
/** Spaces a quotation in guillemets keeps inside its marks in French typography: `« oui »`. */
const innerSpace = /[ \u00a0\u202f]/
const space = /\s/
const letterOrDigit = /[\p{L}\p{N}]/u
const onlySpace = /^\s*$/
/** English opening quotes, which no quotation in another language's marks runs past. */
const englishOpening = /[“‘]/
/** Separators of navigation links (`« Previous | Next »`): guillemets around them are arrows. */
const linkSeparator = /[|·•]/
/** A mark of a sentence, which the text between arrows lacks. */
const sentenceMark = /[.?!,;:…]/

/** A quotation in another language's marks: the offsets of its two marks and its family. */
interface ForeignPair {
  open: number
  close: number
  family: ForeignQuoteFamily
}

/** The quotations in another language's marks of a paragraph's text, each mark paired once. */
function pairsIn(value: string): ForeignPair[] {
  const pairs: ForeignPair[] = []
  const used = new Set<number>()
  for (let open = 0; open < value.length; open++) {
    if (used.has(open) || !anyForeignQuote.test(value[open])) continue
    for (const family of foreignQuoteFamilies) {
      if (family.open !== value[open]) continue
      const close = closeOf(value, open, family, used)
      if (close === -1) continue
      pairs.push({open, close, family})
      used.add(open).add(close)
      break
    }
  }
  return pairs
}

/**
 * The closing mark of the quotation that `family.open` at `open` starts: the first closing mark of
 * the family after it in the paragraph, within `maxLength`, with a letter or a digit between them.
 * Outside French spacing the marks hug the quotation (`»Ja«`, not `more » on … back «`). A
 * closing mark glued to a letter after it is a word's own (`it’s`), not a closing mark. The scan
 * stops at another opening mark of the family or at an English opening quote before a letter
 * (`„Tab and then “Ja”`): what the quotation holds is then unknown.
 */
function closeOf(value: string, open: number, family: ForeignQuoteFamily, used: ReadonlySet<number>): number {
  if (!family.spaced && space.test(value[open + 1] ?? ' ')) return -1
  let hasWord = false
  for (let at = open + 1; at < value.length && at - open <= maxLength; at++) {
    const char = value[at]
    const next = value[at + 1] ?? ''
    if (family.closes.includes(char) && !used.has(at) && !letterOrDigit.test(next)) {
      return hasWord && (family.spaced || !space.test(value[at - 1])) ? at : -1
    }
    if (char === family.open || (englishOpening.test(char) && letterOrDigit.test(next))) return -1
    if (letterOrDigit.test(char)) hasWord = true
  }
  return -1
}

/** The spaces inside a guillemet (`« oui »`): how far the replaced text reaches past the mark. */
function innerSpaces(value: string, from: number, step: 1 | -1): number {
  let at = from
  while (innerSpace.test(value[at + step] ?? '')) at += step
  return at
}

export default defineRule({
  id: 'foreign-quotation-marks',
  category: 'quotes',
  fix: 'safe',
  description: 'Flags quotations in the quote marks of another language (`„…“`, `« … »`, `‚…‘`, `‹…›`) in English text',
  trigger: anyForeignQuote,
  messages: {
    foreign: 'Unexpected `{actual}`, a quote mark of another language, expected `{expected}`',
    foreignRun: 'Unexpected run of {count} quotations in the quote marks of another language, expected the article’s own marks'
  },
  create(context) {
    const {text} = context
    let curly: boolean | undefined
    const writesCurly = () => (curly ??= writesCurlyQuotes(text))

    return {
      RootNode() {
        if (!anyForeignQuote.test(text)) return
        // A quotation may run over the lines of a paragraph, never past a blank line.
        for (const {from, to} of blankLineParagraphs(text)) {
          const value = text.slice(from, to)
          if (anyForeignQuote.test(value)) checkBlock(value, from)
        }
      }
    }

    function checkBlock(value: string, offset: number) {
      // The closing marks of the quotations around the current one, innermost last.
      const around: number[] = []
      /** Quotations side by side with only white space between (`«a» «b»`), each with the edits of the quotations inside it. */
      let run: Array<{open: number; close: number; edits: Edit[]}> = []
      const endRun = () => {
        if (run.length === 1) {
          for (const edit of run[0].edits) {
            const {from, to, insert, safe} = edit
            context.report({messageId: 'foreign', data: {actual: value.slice(from, to), expected: insert}, from: offset + from, to: offset + to, expected: [insert], safe})
          }
        } else if (run.length > 1) {
          // One finding for the run, so that a text of nothing but quotations is not a finding per mark.
          const from = run[0].open
          const to = run[run.length - 1].close + 1
          const expected = applyEdits(value, from, to, run.flatMap((quotation) => quotation.edits))
          const safe = run.every((quotation) => quotation.edits.every((edit) => edit.safe))
          context.report({messageId: 'foreignRun', data: {count: String(run.length)}, from: offset + from, to: offset + to, expected: [expected], safe})
        }
        run = []
      }
      for (const pair of pairsIn(value)) {
        // `French uses « and » for quotations`, `the guillemet «`: marks talked about quote nothing.
        // (The word before a closing mark is the quotation's own, so only a list can make it a mention.)
        if (isMentionedMark(text, offset + pair.open, offset + pair.open + 1) || isListedMark(text, offset + pair.close, offset + pair.close + 1)) continue
        while (around.length > 0 && around[around.length - 1] < pair.open) around.pop()
        // A quotation inside another gets single marks (`«… „yes“ …»` → `“… ‘yes’ …”`), as does
        // one in a family's single marks at the outside (`‚term‘` → `‘term’`).
        const single = around.length % 2 === 1 || (around.length === 0 && pair.family.level === 'single')
        const nested = around.length > 0
        around.push(pair.close)
        const [opening, closing] = !writesCurly() ? (single ? ["'", "'"] : ['"', '"']) : single ? ['‘', '’'] : ['“', '”']
        const openTo = pair.family.spaced ? innerSpaces(value, pair.open, 1) + 1 : pair.open + 1
        const closeFrom = pair.family.spaced ? innerSpaces(value, pair.close, -1) : pair.close
        // Spaced guillemets around link separators, or around a whole paragraph that holds no
        // sentence (`« Older posts · Newer posts »`, `« Previous Next »`), may be arrows: a person
        // decides. A quoted paragraph of speech has its sentence marks.
        const inner = value.slice(openTo, closeFrom)
        const wholeParagraph = onlySpace.test(value.slice(0, pair.open)) && onlySpace.test(value.slice(pair.close + 1))
        const safe = !pair.family.spaced || !(linkSeparator.test(inner) || (wholeParagraph && !sentenceMark.test(inner)))
        const edits = [
          {from: pair.open, to: openTo, insert: opening, safe},
          {from: closeFrom, to: pair.close + 1, insert: closing, safe}
        ].filter((edit) => value.slice(edit.from, edit.to) !== edit.insert && !context.isProtected(offset + edit.from, offset + edit.to))
        if (edits.length === 0) continue
        const last = run[run.length - 1]
        if (nested && last && pair.close < last.close) last.edits.push(...edits)
        else {
          if (!last || !onlySpace.test(value.slice(last.close + 1, pair.open))) endRun()
          run.push({open: pair.open, close: pair.close, edits})
        }
      }
      endRun()
    }
  }
})

interface Edit {
  from: number
  to: number
  insert: string
  safe: boolean
}

/** The text from `from` to `to` with `edits` (inside it, in order, apart) made. */
function applyEdits(value: string, from: number, to: number, edits: readonly Edit[]): string {
  let result = ''
  let at = from
  for (const edit of [...edits].sort((a, b) => a.from - b.from)) {
    result += value.slice(at, edit.from) + edit.insert
    at = edit.to
  }
  return result + value.slice(at, to)
}
