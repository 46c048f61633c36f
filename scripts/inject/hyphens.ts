/** Hyphens where none belongs, and `--` for a dash. */
import {wordCommas} from './punctuation.js'
import {isPlainWord, sentences, words} from './text.js'
import {auxiliaries, determiners, prepositions} from './words.js'
import type {ArticleContext, DefectClass, Edit} from './types.js'
import {paragraphOf, pickAny, pickEdit} from './types.js'

export const strayHyphenSentenceStart: DefectClass = {
  name: 'stray-hyphen-sentence-start',
  rules: ['stray-hyphen'],
  fixable: true,
  // The rule page leaves several such hyphens close together alone: a list whose breaks were lost.
  perArticle: 1,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const sentence of sentences(text)) {
      // At a line start a hyphen is a list bullet.
      if (text[sentence.from - 1] !== ' ') continue
      const first = words(sentence.text)[0]
      if (!first || first.from !== 0 || !isPlainWord(first.text) || first.text.length < 2) continue
      edits.push({from: sentence.from, to: sentence.from + first.text.length, insert: `-${first.text}`})
    }
    return pickAny(rng, edits)
  }
}

export const strayHyphenMidSentence: DefectClass = {
  name: 'stray-hyphen-mid-sentence',
  rules: ['stray-hyphen'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const sentence of sentences(text)) {
      for (const word of words(sentence.text).slice(1)) {
        const at = sentence.from + word.from
        if (!isPlainWord(word.text) || word.text.length < 2 || !/[\p{L}\p{N},] $/u.test(text.slice(at - 2, at))) continue
        // The rule page promises a safe fix only after a word that cannot end a phrase (`to -expand`,
        // `a -new`); after any other word the hyphen may be a dash that lost its space.
        const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1].toLowerCase() ?? ''
        const fixable = determiners.has(before) || prepositions.has(before) || auxiliaries.has(before)
        edits.push({from: at, to: at + word.text.length, insert: `-${word.text}`, fixable, variant: fixable ? 'after a function word' : 'after a content word'})
      }
    }
    return pickAny(rng, edits)
  }
}

/** Em dashes (closed or spaced on both sides) and spaced en dashes: the dashes an article writes. */
const realDash = /(?<=\S)—(?=\S)| — | – /g

/** The dash the rule page says a fix writes, given the article's real dashes (in order of appearance). */
function articleDash(dashes: string[]): string {
  if (dashes.length === 0) return '—'
  const em = dashes.filter((dash) => dash.includes('—'))
  const en = dashes.length - em.length
  const useEm = em.length > en || (em.length === en && dashes[0].includes('—'))
  if (!useEm) return ' – '
  const spaced = em.filter((dash) => dash === ' — ').length
  const closed = em.length - spaced
  return spaced > closed || (spaced === closed && em[0] === ' — ') ? ' — ' : '—'
}

function dashEdits(context: ArticleContext): Edit[] {
  const text = paragraphOf(context)
  const doubleHyphens = (context.text.match(/--/g) ?? []).length
  const dashesElsewhere = (except?: number) =>
    context.paragraphs.flatMap((paragraph, index) =>
      [...paragraph.matchAll(realDash)].filter((match) => index !== context.index || match.index !== except).map((match) => match[0])
    )
  // Under the default `unless-house-style` a `--` is flagged beside real dashes, or when the article has at most two.
  const flagged = (remaining: string[], added: number) => remaining.length > 0 || doubleHyphens + added <= 2
  const edits: Edit[] = []
  for (const match of text.matchAll(realDash)) {
    const remaining = dashesElsewhere(match.index)
    if (!flagged(remaining, 1)) continue
    const insert = match[0].replace(/[—–]/, '--')
    edits.push({from: match.index, to: match.index + match[0].length, insert, repaired: articleDash(remaining), variant: 'dash as --'})
  }
  const remaining = dashesElsewhere()
  const dash = articleDash(remaining)
  for (const sentence of sentences(text)) {
    const commas = wordCommas(sentence.text).filter((at) => /^, \p{Ll}/u.test(sentence.text.slice(at, at + 3)))
    for (const first of commas) {
      const rest = sentence.text.slice(first + 2)
      const wordsToEnd = words(rest).length
      const second = wordCommas(sentence.text).find((at) => at > first)
      const between = second === undefined ? 0 : words(sentence.text.slice(first, second)).length
      let to: number
      if (second !== undefined && between >= 2 && between <= 10) to = second + 2
      else if (second === undefined && wordsToEnd >= 2 && wordsToEnd <= 10 && /\.$/.test(sentence.text)) to = first + 2
      else continue
      const clean = sentence.text.slice(first, to)
      const added = to === first + 2 ? 1 : 2
      if (!flagged(remaining, added)) continue
      edits.push({
        from: sentence.from + first,
        to: sentence.from + to,
        insert: clean.replace(/, /g, ' -- '),
        repaired: clean.replace(/, /g, dash),
        variant: 'clause set off by --'
      })
    }
  }
  return edits
}

export const dashDoubleHyphen: DefectClass = {
  name: 'dash-double-hyphen',
  rules: ['dash-style'],
  fixable: true,
  perArticle: 1,
  group: 'dashes',
  prefers: (paragraph) => /—| – /.test(paragraph),
  inject: (context, rng) => pickEdit(rng, dashEdits(context))
}
