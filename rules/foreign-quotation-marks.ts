import {defineRule} from '../src/define-rule.js'
import {anyForeignQuote, foreignQuoteFamilies} from './data/quotes.js'
import type {ForeignQuoteFamily} from './data/quotes.js'

/** The longest quotation read as one, in characters: a paragraph of quoted speech. */
const maxLength = 2000
/** Spaces a quotation in guillemets keeps inside its marks in French typography: `« oui »`. */
const innerSpace = /[ \u00a0\u202f]/
const space = /\s/
const letterOrDigit = /[\p{L}\p{N}]/u
/** The text between blank lines (a paragraph of lines). */
const blockPattern = /(?:[^\n]|\n(?![ \t\r]*\n))+/g

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
 * the family after it in the paragraph, within `maxLength`, with a letter or a digit between them. Outside French spacing the marks hug the quotation (`»Ja«`, not `more » on … back «`);
 * a closing mark glued to a letter after it is an apostrophe or a word's own (`it’s`).
 */
function closeOf(value: string, open: number, family: ForeignQuoteFamily, used: ReadonlySet<number>): number {
  if (!family.spaced && space.test(value[open + 1] ?? ' ')) return -1
  let hasWord = false
  for (let at = open + 1; at < value.length && at - open <= maxLength; at++) {
    const char = value[at]
    if (family.closes.includes(char) && !used.has(at) && !letterOrDigit.test(value[at + 1] ?? '')) {
      return hasWord && (family.spaced || !space.test(value[at - 1])) ? at : -1
    }
    if (char === family.open) return -1
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
    foreign: 'Unexpected `{actual}`, a quote mark of another language, expected `{expected}`'
  },
  create(context) {
    const {text} = context
    /** Whether the article writes its double quotes straight: more `"` than `“` and `”`. */
    let straight: boolean | undefined
    const writesStraight = () => {
      if (straight === undefined) {
        let curly = 0
        let plain = 0
        for (const char of text) {
          if (char === '"') plain++
          else if (char === '“' || char === '”') curly++
        }
        straight = plain > curly
      }
      return straight
    }

    return {
      RootNode() {
        if (!anyForeignQuote.test(text)) return
        // A quotation may run over the lines of a paragraph, never past a blank line.
        for (const block of text.matchAll(blockPattern)) {
          if (anyForeignQuote.test(block[0])) checkBlock(block[0], block.index)
        }
      }
    }

    function checkBlock(value: string, offset: number) {
      // The closing marks of the quotations around the current one, innermost last.
      const around: number[] = []
      for (const pair of pairsIn(value)) {
        while (around.length > 0 && around[around.length - 1] < pair.open) around.pop()
        // Inside another quotation the marks are single ones: `«… „yes“ …»` → `“… ‘yes’ …”`.
        const single = (pair.family.level === 'single') !== (around.length % 2 === 1)
        around.push(pair.close)
        const [opening, closing] = writesStraight() ? (single ? ["'", "'"] : ['"', '"']) : single ? ['‘', '’'] : ['“', '”']
        const openTo = pair.family.spaced ? innerSpaces(value, pair.open, 1) + 1 : pair.open + 1
        const closeFrom = pair.family.spaced ? innerSpaces(value, pair.close, -1) : pair.close
        if (context.isProtected(offset + pair.open, offset + pair.close + 1)) continue
        for (const [from, to, expected] of [
          [pair.open, openTo, opening],
          [closeFrom, pair.close + 1, closing]
        ] as const) {
          context.report({messageId: 'foreign', data: {actual: value.slice(from, to), expected}, from: offset + from, to: offset + to, expected: [expected]})
        }
      }
    }
  }
})
