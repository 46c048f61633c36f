/**
 * Shared by the quote rules (`quote-balance`, `quote-spacing`, `quote-style`): which way a double
 * quote mark faces, how the marks of a paragraph pair up, and how a straight single quote maps to a
 * curly one. Pure functions over a paragraph's text; offsets are relative to that text.
 */

export type Direction = 'open' | 'close' | 'either'

export type QuoteProblem = 'unclosed' | 'unopened' | 'reversed'

export type DoubleQuote = '“' | '”' | '"'

export interface QuoteMark {
  /** Offset of the mark in the paragraph text. */
  index: number
  char: DoubleQuote
  straight: boolean
  /** What the neighbouring characters say: open after a space and before a word, and so on. */
  position: Direction
  /** What the pairing says (for a curly mark, its shape, unless the mark is `reversed`). */
  role: 'open' | 'close'
  /** Index in `marks` of the other mark of the pair, or -1. */
  partner: number
  problem?: QuoteProblem
  /** An opening mark whose quotation runs on into the next line or paragraph (English convention). */
  continued?: boolean
}

export interface QuoteAnalysis {
  /** Double quote marks, in order, without inch marks (`5'10"`, `a 6" pipe`). */
  marks: QuoteMark[]
  /** No mark has a problem. */
  balanced: boolean
}

/** Any double quote mark: a cheap test before the real work. */
export const anyDoubleQuote = /["“”]/

/** Any single quote or apostrophe. */
export const anySingleQuote = /['‘’]/
/** Every double quote mark, for `matchAll`. */
const doubleQuotes = /["“”]/g
/** Every single quote mark or apostrophe, for `matchAll`. */
export const singleQuotes = /['‘’]/g

/** Characters after which a quote mark opens: white space, an opening bracket, a dash, a slash. */
const opensAfter = /[\s([{<\-‐–—/“‘]/
/** Characters before which a quote mark closes: white space, punctuation, a closing bracket. */
const closesBefore = /[\s.,;:!?…)\]}>\-‐–—/”’']/
const digit = /\d/
const space = /\s/
const wordChar = /[\p{L}\p{N}]/u
/** Feet and inches written with primes: `5'10"`, `6’2”`. Tested on the text before the mark. */
const feetInches = /\d['’′]\s?\d{1,2}(?:\.\d+)?$/

/** Which way a quote mark at `index` faces, from its neighbours (paragraph edges count as space). */
export function quoteDirection(text: string, index: number): Direction {
  const before = index > 0 ? text[index - 1] : ' '
  const after = index + 1 < text.length ? text[index + 1] : ' '
  const open = opensAfter.test(before)
  const close = closesBefore.test(after)
  if (open && !close) return 'open'
  if (close && !open) return 'close'
  return 'either'
}

/**
 * Sentence-final punctuation (or the `* * *` of an omission), maybe followed by a closing bracket
 * or single quote, then white space. Tested on the text before the mark.
 */
const afterSentence = /[.?!…*][)’']?[ \t]+$/
/** What a reopened quotation starts with: a capital, a digit, a single quote, a bracket. */
const startsSentence = /^[\p{Lu}\p{N}‘'(]/u

/**
 * Whether an opening mark at `index` may reopen a quotation that is still open: it is the first
 * thing on its line, or it starts a new sentence (`peace. "Our hope`), which is how a quotation
 * of several paragraphs reads once its paragraph breaks are lost.
 */
function reopens(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--
  if (at >= 0 && (text[at] === '\n' || text[at] === '\r')) return true
  return (
    afterSentence.test(text.slice(Math.max(0, index - 6), index)) &&
    startsSentence.test(text.slice(index + 1, index + 3))
  )
}

/** Whether the text after `offset` (skipping white space) starts with an opening double quote. */
export function opensQuoteAt(text: string, offset: number): boolean {
  let at = offset
  while (at < text.length && space.test(text[at])) at++
  const char = text[at]
  return char === '“' || (char === '"' && quoteDirection(text, at) !== 'close')
}

/** Low-9 quotation marks open quotations whose closing mark is `“` or `‘`: not English. */
const otherConvention = /[„‚‟]/

/** Blank lines: what separates two paragraphs. */
const blankLines = /\r?\n(?:[ \t]*\r?\n)+/g

export interface Block {
  /** Absolute offset of the block's first character. */
  from: number
  /** The block's text. */
  value: string
  /** The next block starts with an opening double quote (a quotation continued across paragraphs). */
  continuesAfter: boolean
}

/**
 * The paragraphs of a text (runs separated by blank lines) that hold a character matching `test`
 * (a regex without the `g` flag), less those quoting in another convention (`„…“`).
 * Quote pairing runs on these rather than on nlcst paragraphs, which retext-english also ends at
 * some single line breaks, while a quotation often runs over several lines.
 */
export function quoteBlocks(text: string, test: RegExp): readonly Block[] {
  // The quote rules of one lint ask for the same blocks: the last text's are kept, by test.
  if (text !== lastText) {
    lastText = text
    lastBlocks.clear()
  }
  let blocks = lastBlocks.get(test)
  if (!blocks) lastBlocks.set(test, (blocks = splitQuoteBlocks(text, test)))
  return blocks
}

let lastText: string | undefined
const lastBlocks = new Map<RegExp, readonly Block[]>()
const analyses = new WeakMap<Block, QuoteAnalysis>()

/** `analyzeQuotes` of a block of `quoteBlocks`, made once for all the rules that ask. */
export function blockAnalysis(block: Block): QuoteAnalysis {
  let analysis = analyses.get(block)
  if (!analysis) analyses.set(block, (analysis = analyzeQuotes(block.value, block.continuesAfter)))
  return analysis
}

function splitQuoteBlocks(text: string, test: RegExp): Block[] {
  const blocks: Block[] = []
  if (!test.test(text)) return blocks
  for (const {from, to, next} of blankLineParagraphs(text)) {
    const value = text.slice(from, to)
    // German (`„Puck“`) and other conventions where `“` closes: the English pairing would misread them.
    if (test.test(value) && !otherConvention.test(value)) blocks.push({from, value, continuesAfter: opensQuoteAt(text, next)})
  }
  return blocks
}

/**
 * The paragraphs of a text as runs between blank lines (`next`: where the one after starts), which
 * a quotation may run through line by line.
 */
export function blankLineParagraphs(text: string): Array<{from: number; to: number; next: number}> {
  const paragraphs: Array<{from: number; to: number; next: number}> = []
  let from = 0
  for (const match of text.matchAll(blankLines)) {
    const next = match.index + match[0].length
    paragraphs.push({from, to: match.index, next})
    from = next
  }
  paragraphs.push({from, to: text.length, next: text.length})
  return paragraphs
}

interface RawMark {
  index: number
  char: DoubleQuote
  position: Direction
}

/** Whether a mark could close a quotation (used to tell inch marks from closing quotes). */
function canClose(mark: RawMark | undefined): boolean {
  return mark !== undefined && (mark.char === '”' || (mark.char === '"' && mark.position !== 'open'))
}

/**
 * Pair the double quote marks of a paragraph. Curly marks pair by shape, with nesting; a straight
 * mark closes the open quotation if there is one (straight quotes do not nest in straight quotes),
 * else opens one. An opening mark at the start of a line or of a sentence while a quotation is
 * open reopens it (the English convention for quotations of several paragraphs, see `reopens`);
 * the earlier mark is then `continued`, not unclosed. `continuesAfter` says the next paragraph
 * starts with an opening quote, so that a quotation left open at the end is not a problem.
 */
export function analyzeQuotes(text: string, continuesAfter = false): QuoteAnalysis {
  const raw: RawMark[] = []
  for (const match of text.matchAll(doubleQuotes)) {
    raw.push({index: match.index, char: match[0] as DoubleQuote, position: quoteDirection(text, match.index)})
  }

  let lastClosing = -1
  for (let at = 0; at < raw.length; at++) if (canClose(raw[at])) lastClosing = at

  const marks: QuoteMark[] = []
  const stack: number[] = []
  const push = (mark: QuoteMark) => {
    marks.push(mark)
    stack.push(marks.length - 1)
  }
  const pair = (mark: QuoteMark) => {
    const open = stack.pop()!
    mark.partner = open
    marks[open].partner = marks.length
    marks.push(mark)
  }

  for (let at = 0; at < raw.length; at++) {
    const {index, char, position} = raw[at]
    const mark: QuoteMark = {index, char, straight: char === '"', position, role: 'open', partner: -1}
    const afterDigit = index > 0 && digit.test(text[index - 1])

    if (char !== '“' && afterDigit && position !== 'open') {
      // `5'10"`, or `a 6" pipe` where no quotation is open or a later mark closes it.
      if (feetInches.test(text.slice(Math.max(0, index - 8), index))) continue
      if (stack.length === 0 || canClose(raw[at + 1])) continue
    }

    if (char === '“') {
      if (stack.length > 0 && position === 'close') {
        mark.role = 'close'
        mark.problem = 'reversed'
        pair(mark)
      } else {
        if (stack.length > 0 && reopens(text, index)) marks[stack.pop()!].continued = true
        push(mark)
      }
    } else if (char === '”') {
      mark.role = 'close'
      if (stack.length > 0) pair(mark)
      else if (position === 'open' && lastClosing > at) {
        mark.role = 'open'
        mark.problem = 'reversed'
        push(mark)
      } else {
        mark.problem = 'unopened'
        marks.push(mark)
      }
    } else {
      const top = stack.length > 0 ? marks[stack[stack.length - 1]] : undefined
      if (top && !top.straight && position === 'open') push(mark)
      else if (top && position === 'open' && reopens(text, index)) {
        marks[stack.pop()!].continued = true
        push(mark)
      } else if (top) {
        mark.role = 'close'
        pair(mark)
      } else if (position === 'close') {
        mark.role = 'close'
        mark.problem = 'unopened'
        marks.push(mark)
      } else push(mark)
    }
  }

  // A quotation may stay open at the end when the next paragraph reopens it.
  if (continuesAfter && stack.length > 0) marks[stack.pop()!].continued = true
  for (const open of stack) marks[open].problem = 'unclosed'

  return {marks, balanced: marks.every((mark) => mark.problem === undefined)}
}

/**
 * Whether the roles of the straight marks of a paragraph can be trusted: the paragraph is balanced
 * and at most one straight mark sits where its role says otherwise (an opening mark before a space,
 * a closing one after one). That one mark (`China, "he added`) is decided by the others.
 */
export function straightRolesDecided(analysis: QuoteAnalysis): boolean {
  if (!analysis.balanced) return false
  let misplaced = 0
  for (const mark of analysis.marks) {
    if (mark.straight && mark.position !== 'either' && mark.position !== mark.role) misplaced++
  }
  return misplaced <= 1
}

/**
 * Whether the role of one mark can be trusted: always for a curly mark; for a straight one, when
 * the paragraph's straight roles are decided and the mark or its partner sits where only its role
 * fits (in `" hello "` neither does, and the pairing would rest on counting alone).
 */
export function roleDecided(analysis: QuoteAnalysis, mark: QuoteMark, straightDecided: boolean): boolean {
  if (!mark.straight) return true
  if (!straightDecided) return false
  const partner = analysis.marks[mark.partner]
  return mark.position !== 'either' || (partner !== undefined && (!partner.straight || partner.position !== 'either'))
}

/** The curly shape for a role. */
export function curlyDouble(role: 'open' | 'close'): DoubleQuote {
  return role === 'open' ? '“' : '”'
}

/** Whether `char` is a letter or digit. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char)
}

/**
 * Elisions written with a leading apostrophe, which is `’` even though it sits where an opening
 * quote would: `'90s`, `'em`, `rock 'n' roll`, `'til`, `'tis`, `'cause`. Tested on the text after
 * the mark.
 */
const leadingElision = /^(?:\d0s\b|\d\d\b|n['’]|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|fore\b|nuff\b|kay\b)/i

export type SingleShape = 'apostrophe' | 'closing' | 'prime' | 'unknown'

/**
 * What a straight single quote at `index` stands for: an apostrophe inside a word or before a known
 * elision (`don't`, `'90s`, `rock 'n' roll`), a mark after a word (`James'`, `'no'`; apostrophe or
 * closing quote, both `’`), a prime (`5'`, `5'10"`), or `unknown`: a quote before a word that is
 * not a known elision (`'Hello,'` and `'Bama` cannot be told apart safely), or between spaces.
 */
export function singleQuoteShape(text: string, index: number): SingleShape {
  const before = index > 0 ? text[index - 1] : ' '
  const after = index + 1 < text.length ? text[index + 1] : ' '
  if (digit.test(before) && (digit.test(after) || !isWordChar(after))) return 'prime'
  if (isWordChar(before) && isWordChar(after)) return 'apostrophe'
  const position = quoteDirection(text, index)
  if (position === 'close') return 'closing'
  if (position === 'open' && leadingElision.test(text.slice(index + 1, index + 7))) return 'apostrophe'
  return 'unknown'
}

/** A family of another language's quotation marks: the opening mark and the marks that close it. */
export interface ForeignQuoteFamily {
  open: string
  closes: readonly string[]
  /** Whether the family quotes (`double`) or quotes inside a quotation (`single`). */
  level: 'double' | 'single'
  /** Whether its typography puts spaces inside the marks (French `« oui »`). */
  spaced: boolean
}

/**
 * Quotation marks of other languages, which machine translation carries into English: German and
 * Central European `„…“` and `„…”`, French, Russian and Spanish `« … »`, German and Danish `»…«`,
 * and their single forms.
 */
export const foreignQuoteFamilies: readonly ForeignQuoteFamily[] = [
  {open: '„', closes: ['“', '”'], level: 'double', spaced: false},
  {open: '«', closes: ['»'], level: 'double', spaced: true},
  {open: '»', closes: ['«'], level: 'double', spaced: false},
  // Not `’`, which is the apostrophe too (`‚the parents’ choice‘`).
  {open: '‚', closes: ['‘'], level: 'single', spaced: false},
  {open: '‹', closes: ['›'], level: 'single', spaced: true},
  {open: '›', closes: ['‹'], level: 'single', spaced: false}
]

/** Any opening mark of `foreignQuoteFamilies`. */
export const anyForeignQuote = /[„«»‚‹›]/

/**
 * Whether the article writes its double quotes curly: more `“”` than `"`. With as many, or none,
 * a mark the linter writes is straight. One answer for every rule that writes a quote mark.
 */
export function writesCurlyQuotes(text: string): boolean {
  let curly = 0
  let straight = 0
  for (const match of text.matchAll(anyDoubleQuotes)) {
    if (match[0] === '"') straight++
    else curly++
  }
  return curly > straight
}

const anyDoubleQuotes = /["“”]/g
