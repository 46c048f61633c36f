/** Comparison marked twice, and a participle standing for the simple past. */
import {isCapitalizedWord, sentences, words} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickAny, pickEdit} from './types.js'
import {comparatives, determiners, isFunctionWord, pastToParticiple, subjectPronouns, superlatives} from './words.js'

/** Words before a comparative that show `more` would be an adverb there (`much more bigger`). */
const beforeComparative = new Set(['a', 'an', 'the', 'much', 'even', 'far', 'no', 'any', 'slightly', 'still'])

export const doubleSuperlative: DefectClass = {
  name: 'double-superlative',
  rules: ['double-superlative'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const list = words(text)
    const edits: Edit[] = []
    list.forEach((word, index) => {
      const before = list[index - 1]
      if (!before || text.slice(before.to, word.from) !== ' ') return
      const previous = before.text.toLowerCase()
      if (superlatives.has(word.text)) {
        // After a determiner or a possessive, `most` can only be the adverb: `the most biggest`.
        if (!determiners.has(previous) && !/['’]s$/.test(previous)) return
        edits.push({from: word.from, to: word.to, insert: `most ${word.text}`, variant: 'most'})
      } else if (comparatives.has(word.text)) {
        // Before a noun, `more older people` is a quantity; only where `more` must be the adverb.
        const after = list[index + 1]
        if (!beforeComparative.has(previous) && after?.text !== 'than' && !/^[,.;:]/.test(text.slice(word.to))) return
        edits.push({from: word.from, to: word.to, insert: `more ${word.text}`, variant: 'more'})
      }
    })
    return pickEdit(rng, edits)
  }
}

/** Adverbs that may stand between a subject and its verb. */
const adverbs = new Set(['also', 'never', 'already', 'then', 'later', 'recently', 'just', 'soon', 'once', 'finally', 'eventually', 'still', 'immediately', 'first', 'quickly', 'even'])

/** Forms of `have`, `be` and `get`, which could govern a participle later in the sentence. */
const governing = /\b(?:am|is|are|was|were|be|been|being|have|has|had|having|get|gets|got|getting)\b|['’](?:s|ve|d|re|m)\b/i

export const participleAsPast: DefectClass = {
  name: 'participle-as-past',
  rules: ['participle-as-past'],
  fixable: false,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const sentence of sentences(text)) {
      if (!/\.["”’)]?$/u.test(sentence.text)) continue
      const list = words(sentence.text)
      list.forEach((word, index) => {
        const participle = pastToParticiple.get(word.text)
        if (!participle) return
        if (governing.test(sentence.text.slice(0, word.from))) return
        let subject = index - 1
        const hasAdverb = subject >= 0 && adverbs.has(list[subject].text.toLowerCase())
        if (hasAdverb) subject--
        if (subject < 0) return
        const pronoun = list[subject].text.toLowerCase()
        // `I` after a capitalized word is a numeral (`Peter I`, `World War I`).
        const numeral = list[subject].text === 'I' && subject > 0 && /^\p{Lu}/u.test(list[subject - 1].text)
        const bySubject = (subjectPronouns.has(pronoun) && !numeral) || (pronoun === 'it' && subject === 0)
        // Or a short noun phrase opening the sentence, then an adverb: `The two leaders also spoken`.
        const phrase = list.slice(0, subject + 1)
        const byPhrase =
          hasAdverb &&
          phrase.length <= 4 &&
          (isCapitalizedWord(phrase[0].text) || /^\p{Lu}/u.test(phrase[0].text)) &&
          phrase.slice(1).every((other) => !isFunctionWord(other.text) || determiners.has(other.text.toLowerCase()))
        if (!bySubject && !byPhrase) return
        edits.push({
          from: sentence.from + word.from,
          to: sentence.from + word.to,
          insert: participle,
          variant: bySubject ? 'after a pronoun' : 'after a noun phrase'
        })
      })
    }
    return pickAny(rng, edits)
  }
}
