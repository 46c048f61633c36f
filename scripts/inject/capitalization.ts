/** A sentence that starts in lower case. */
import {isCapitalizedWord, markEndsSentence, sentences, words} from './text.js'
import {auxiliaries} from './words.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickAny} from './types.js'

/** After a period these may continue the sentence (`the Chief. of Staff`): the rule page only suggests there. */
const mayContinue = new Set(['and', 'or', 'nor', 'of', 'than', 'which', 'whom'])

export const lowercaseSentenceStart: DefectClass = {
  name: 'lowercase-sentence-start',
  rules: ['sentence-capitalization'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    sentences(text).forEach((sentence, index) => {
      if (index === 0) return
      const first = words(sentence.text)[0]
      if (!first || first.from !== 0 || !isCapitalizedWord(first.text) || mayContinue.has(first.text.toLowerCase())) return
      // Right after a period or question mark that ends a sentence: not after a quote, a bracket or `Yahoo!`.
      const mark = text.slice(0, sentence.from).trimEnd().length - 1
      if (text[mark] !== '.' && text[mark] !== '?') return
      if (!/[\p{L}\p{N}]/u.test(text[mark - 1] ?? '') || !markEndsSentence(text, mark)) return
      const lowered = first.text[0].toLowerCase() + first.text.slice(1)
      const variant = text.slice(mark, sentence.from).includes('\n') ? 'line start' : 'inside a line'
      // After a question mark, or before an auxiliary (which starts only a question), the rule page
      // only suggests (`Is it worth it? he asked.`).
      const fixable = text[mark] === '.' && !auxiliaries.has(first.text.toLowerCase())
      edits.push({from: sentence.from, to: sentence.from + first.text.length, insert: lowered, variant, fixable})
    })
    return pickAny(rng, edits)
  }
}
