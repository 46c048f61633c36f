/** Doubled and clashing marks, and malformed ellipses. */
import {markEndsSentence} from './text.js'
import type {ArticleContext, DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'

/** Periods that end a sentence after a word: before a line end or a space and a new sentence. */
export function sentencePeriods(text: string): number[] {
  const found: number[] = []
  for (const match of text.matchAll(/(?<=[\p{L}\p{N})])\.(?=$|\n| ["“(]?[\p{Lu}\p{N}])/gu)) {
    if (markEndsSentence(text, match.index)) found.push(match.index)
  }
  return found
}

/** Commas between words (not in numbers): `rose, and`. */
export function wordCommas(text: string): number[] {
  return [...text.matchAll(/(?<=\p{L}),(?= \p{L})/gu)].map((match) => match.index)
}

export const doubledPeriod: DefectClass = {
  name: 'doubled-period',
  rules: ['doubled-punctuation'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits = sentencePeriods(text).flatMap((at): Edit[] => [
      {from: at, to: at + 1, insert: '..', variant: '..'},
      {from: at, to: at + 1, insert: '. .', variant: '. .'}
    ])
    return pickEdit(rng, edits)
  }
}

export const periodComma: DefectClass = {
  name: 'period-comma',
  rules: ['doubled-punctuation'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    // The rule page: `.,` could be either mark, so it is only a suggestion; `,.` has one reading.
    for (const at of wordCommas(text)) {
      edits.push({from: at, to: at + 1, insert: ',.', variant: 'comma as ,.'})
      edits.push({from: at, to: at + 1, insert: '.,', variant: 'comma as .,', fixable: false})
    }
    for (const at of sentencePeriods(text)) {
      edits.push({from: at, to: at + 1, insert: ',.', variant: 'period as ,.'})
      edits.push({from: at, to: at + 1, insert: '.,', variant: 'period as .,', fixable: false})
    }
    return pickEdit(rng, edits)
  }
}

export const doubledComma: DefectClass = {
  name: 'doubled-comma',
  rules: ['doubled-punctuation'],
  fixable: true,
  inject(context, rng) {
    const edits = wordCommas(paragraphOf(context)).map((at): Edit => ({from: at, to: at + 1, insert: ',,'}))
    return pickEdit(rng, edits)
  }
}

/** The well-formed ellipses of a text: `…`, `...` and `. . .`. */
const ellipsisPattern = /(?<![.…])(?:\. \. \.|\.\.\.|…)(?![.…])/g

function ellipsisStyle(found: string[]): string {
  const counts = new Map<string, number>()
  for (const ellipsis of found) counts.set(ellipsis, (counts.get(ellipsis) ?? 0) + 1)
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return '…'
  // On a tie the rule page says the first one used wins.
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) return found[0]
  return ranked[0][0]
}

export const ellipsis: DefectClass = {
  name: 'ellipsis',
  rules: ['ellipsis'],
  fixable: true,
  perArticle: 1,
  inject(context: ArticleContext, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    const here = [...text.matchAll(ellipsisPattern)]
    for (const match of here) {
      const from = match.index
      const to = from + match[0].length
      // Dots after a number, or with one close after them, are leader dots to the rule page, not an ellipsis.
      if (/[\d$€£¥]\s*$/u.test(text.slice(0, from)) || /\d/.test(text.slice(to, to + 15))) continue
      // The style a fix writes comes from the article's other ellipses, in order of appearance.
      const others = context.paragraphs.flatMap((paragraph, index) =>
        index === context.index
          ? here.filter((other) => other !== match).map((other) => other[0])
          : [...paragraph.matchAll(ellipsisPattern)].map((other) => other[0])
      )
      const repaired = ellipsisStyle(others)
      const malformed = ['......', '…...', '.…', '……']
      for (const insert of malformed) edits.push({from, to, insert, repaired, variant: insert})
      // Four periods end a sentence in Chicago style: malformed only inside one.
      if (/^ \p{Ll}/u.test(text.slice(to, to + 2))) edits.push({from, to, insert: '....', repaired, variant: '.... inside a sentence'})
    }
    return pickEdit(rng, edits)
  }
}
