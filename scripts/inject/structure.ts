/** Paragraph breaks lost: several news paragraphs run into one line. */
import type {ArticleContext, DefectClass, Edit} from './types.js'
import {reportingVerbs} from './words.js'

/** Per the rule page: at least 1,500 characters, three attributed quotations, one per 1,000 characters. */
const minLength = 1500
const minQuotations = 3
const lengthPerQuotation = 1000
const maxParagraphs = 40

/** Quotations with a reporting verb within five words after their closing quote, or before their opening one. */
export function attributedQuotations(text: string): number {
  let count = 0
  for (const match of text.matchAll(/”|(?<=\S)"/g)) {
    const after = text.slice(match.index + 1, match.index + 81).split(/["“”\n]/)[0]
    if ((after.match(/\p{L}[\p{L}’'.-]*/gu) ?? []).slice(0, 5).some((word) => reportingVerbs.has(word.toLowerCase()))) count++
  }
  for (const match of text.matchAll(/“|"(?=\S)/g)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    const verb = /(\p{Ll}+)(?: [\p{L}.’']+){0,2} ?[:,] ?$/u.exec(before)?.[1]
    if (verb && reportingVerbs.has(verb)) count++
  }
  return count
}

export const fusedParagraphs: DefectClass = {
  name: 'fused-paragraphs',
  rules: ['fused-paragraphs'],
  fixable: false,
  perArticle: 1,
  inject(context: ArticleContext) {
    // In the corpus's own layout (one segment a line, no blank lines) the article is a single paragraph already.
    if (!context.separator.includes('\n\n')) return undefined
    for (let count = 3; count <= maxParagraphs && context.index + count <= context.paragraphs.length; count++) {
      const last = context.index + count - 1
      if (context.taken.has(last)) return undefined
      const run = context.paragraphs.slice(context.index, last + 1).join(context.separator)
      const fused = run.replace(/\s*\n\s*/g, ' ')
      const quotations = attributedQuotations(fused)
      if (fused.length >= minLength && quotations >= minQuotations && quotations * lengthPerQuotation >= fused.length) {
        const edit: Edit = {from: 0, to: run.length, insert: fused, paragraphs: count, variant: `${count} paragraphs`}
        return edit
      }
      if (fused.length > minLength * 3) return undefined
    }
    return undefined
  }
}
