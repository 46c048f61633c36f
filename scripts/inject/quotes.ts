/** Double quotes misplaced, unpaired, reversed, or in the article's other style. */
import {articleQuoteStyle, quotePairs} from './text.js'
import type {QuotePair} from './text.js'
import type {Rng} from './rng.js'
import type {ArticleContext, DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'

const style = (pair: QuotePair) => (pair.curly ? 'curly' : 'straight')
const hasQuotes = (paragraph: string) => quotePairs(paragraph).length > 0

export const quoteDetachedClosing: DefectClass = {
  name: 'quote-detached-closing',
  rules: ['quote-spacing'],
  fixable: true,
  prefers: hasQuotes,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const pair of quotePairs(text)) {
      // The rule page: a straight quote before a capital may open a quotation, so only before lower case.
      if (!(pair.curly ? /^ \p{L}/u : /^ \p{Ll}/u).test(text.slice(pair.close + 1, pair.close + 3))) continue
      // `people "into`, after a word, is a shape the rule page declines to move: reported as a variant of its own.
      const variant = pair.curly ? 'curly' : /\p{L}/u.test(text[pair.close - 1]) ? 'straight after a word' : 'straight after a mark'
      edits.push({from: pair.close, to: pair.close + 2, insert: ` ${text[pair.close]}`, variant})
    }
    return pickEdit(rng, edits)
  }
}

export const quoteInnerSpace: DefectClass = {
  name: 'quote-inner-space',
  rules: ['quote-spacing'],
  fixable: true,
  prefers: hasQuotes,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const pair of quotePairs(text)) {
      const [open, close] = [text[pair.open], text[pair.close]]
      const inner = text.slice(pair.open + 1, pair.close)
      const edit = (insert: string, side: string): Edit => ({from: pair.open, to: pair.close + 1, insert, variant: `${side}, ${style(pair)}`})
      edits.push(edit(`${open} ${inner} ${close}`, 'both sides'), edit(`${open} ${inner}${close}`, 'after opening'), edit(`${open}${inner} ${close}`, 'before closing'))
    }
    return pickEdit(rng, edits)
  }
}

export const quoteMissingSpace: DefectClass = {
  name: 'quote-missing-space',
  rules: ['quote-spacing'],
  fixable: true,
  prefers: hasQuotes,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const pair of quotePairs(text)) {
      if (text[pair.open - 1] === ' ' && /[\p{L}\p{N},:]/u.test(text[pair.open - 2] ?? '')) {
        edits.push({from: pair.open - 2, to: pair.open + 1, insert: `${text[pair.open - 2]}${text[pair.open]}`, variant: `before opening, ${style(pair)}`})
      }
      if (/^ \p{L}/u.test(text.slice(pair.close + 1, pair.close + 3))) {
        edits.push({from: pair.close, to: pair.close + 3, insert: `${text[pair.close]}${text[pair.close + 2]}`, variant: `after closing, ${style(pair)}`})
      }
    }
    return pickEdit(rng, edits)
  }
}

/** Whether the next paragraph reopens a quotation, which makes an open one at this paragraph's end correct. */
const nextOpensQuote = (context: ArticleContext) => /^\s*["“]/.test(context.paragraphs[context.index + 1] ?? '')

export const quoteUnpaired: DefectClass = {
  name: 'quote-unpaired',
  group: 'double quotes',
  rules: ['quote-balance'],
  fixable: false,
  prefers: hasQuotes,
  inject(context, rng) {
    const text = paragraphOf(context)
    const pairs = quotePairs(text)
    const edits: Edit[] = []
    // The edit covers the whole former quotation: the rule can flag the mark left alone, as it cannot know which one went.
    pairs.forEach((pair, index) => {
      const inner = text.slice(pair.open + 1, pair.close)
      edits.push({from: pair.open, to: pair.close + 1, insert: `${inner}${text[pair.close]}`, variant: `opening removed, ${style(pair)}`})
      // A later quotation in the paragraph would read as reopening this one; the next paragraph's too.
      if (index === pairs.length - 1 && !nextOpensQuote(context)) {
        edits.push({from: pair.open, to: pair.close + 1, insert: `${text[pair.open]}${inner}`, variant: `closing removed, ${style(pair)}`})
      }
    })
    return pickEdit(rng, edits)
  }
}

export const quoteReversed: DefectClass = {
  name: 'quote-reversed',
  rules: ['quote-balance'],
  fixable: true,
  prefers: (paragraph) => quotePairs(paragraph).some((pair) => pair.curly),
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const pair of quotePairs(text).filter((candidate) => candidate.curly)) {
      const inner = text.slice(pair.open + 1, pair.close)
      // Only where the position tells which way the mark faces, as the rule page asks for a safe fix.
      if (/\p{L}/u.test(inner[0])) edits.push({from: pair.open, to: pair.close + 1, insert: `”${inner}”`, variant: 'opening as ”'})
      if (/^(?:\s|$)/.test(text.slice(pair.close + 1, pair.close + 2))) {
        edits.push({from: pair.open, to: pair.close + 1, insert: `“${inner}“`, variant: 'closing as “'})
      }
    }
    return pickEdit(rng, edits)
  }
}

/** The article's double-quote style when it is consistent and has at least `others` marks outside the pair. */
function consistentStyle(context: ArticleContext, pair: QuotePair, others: number) {
  const articleStyle = articleQuoteStyle(context.text)
  if (articleStyle !== style(pair)) return undefined
  const marks = (context.text.match(/["“”]/g) ?? []).length
  return marks - 2 >= others ? articleStyle : undefined
}

export const quoteStyleMixed: DefectClass = {
  name: 'quote-style-mixed',
  group: 'double quotes',
  rules: ['quote-style'],
  fixable: true,
  perArticle: 1,
  prefers: hasQuotes,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const pair of quotePairs(text)) {
      // Two other pairs at least, so that the flipped pair is plainly the minority.
      if (!consistentStyle(context, pair, 4)) continue
      const inner = text.slice(pair.open + 1, pair.close)
      const insert = pair.curly ? `"${inner}"` : `“${inner}”`
      edits.push({from: pair.open, to: pair.close + 1, insert, variant: pair.curly ? 'straight in curly' : 'curly in straight'})
    }
    return pickEdit(rng, edits)
  }
}

/**
 * One quotation of the paragraph, in an article that quotes in one style, set in other marks: each
 * shape `requote` gives for a pair and the text inside it is a candidate edit.
 */
function requoted(
  context: ArticleContext,
  rng: Rng,
  requote: (pair: QuotePair, inner: string) => ReadonlyArray<{insert: string; variant: string}>
): Edit | undefined {
  const text = paragraphOf(context)
  const edits: Edit[] = []
  for (const pair of quotePairs(text)) {
    if (!consistentStyle(context, pair, 2)) continue
    for (const {insert, variant} of requote(pair, text.slice(pair.open + 1, pair.close))) {
      edits.push({from: pair.open, to: pair.close + 1, insert, variant})
    }
  }
  return pickEdit(rng, edits)
}

export const singleQuotesAsPrimary: DefectClass = {
  name: 'single-quotes-as-primary',
  group: 'double quotes',
  rules: ['single-quotation-marks'],
  fixable: true,
  perArticle: 1,
  prefers: hasQuotes,
  inject(context, rng) {
    return requoted(context, rng, (pair, inner) => {
      if (/['’‘]/.test(inner) || inner.split(/\s+/).length > 8) return []
      return [{insert: pair.curly ? `‘${inner}’` : `'${inner}'`, variant: style(pair)}]
    })
  }
}

/** The marks of other languages a quotation can come in, as `foreign-quotation-marks` knows them. */
const foreignForms: ReadonlyArray<readonly [variant: string, open: string, close: string]> = [
  ['German „…“', '„', '“'],
  ['Polish „…”', '„', '”'],
  ['French « … »', '« ', ' »'],
  ['French «…» without spaces', '«', '»'],
  ['German »…«', '»', '«']
]

export const foreignQuotes: DefectClass = {
  name: 'foreign-quotes',
  group: 'double quotes',
  rules: ['foreign-quotation-marks'],
  fixable: true,
  perArticle: 1,
  prefers: hasQuotes,
  inject(context, rng) {
    return requoted(context, rng, (_pair, inner) =>
      /["“”'‘’]/.test(inner) ? [] : foreignForms.map(([variant, open, close]) => ({insert: `${open}${inner}${close}`, variant}))
    )
  }
}
