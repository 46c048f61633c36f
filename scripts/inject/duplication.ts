/** Words, phrases and sentences written twice. */
import {isCapitalizedWord, isLowerWord, sentences, words} from './text.js'
import type {Span} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickAny, pickEdit} from './types.js'
import {comparatives, doubledOnPurpose, isFunctionWord, particles, selfCoordinationIdioms, superlatives} from './words.js'

/** Each word of the text with its sentence, and whether it opens the sentence. */
function wordsInSentences(text: string): Array<Span & {first: boolean; sentence: Span}> {
  return sentences(text).flatMap((sentence) =>
    words(sentence.text).map((word, index) => ({
      text: word.text,
      from: sentence.from + word.from,
      to: sentence.from + word.to,
      first: index === 0,
      sentence
    }))
  )
}

/** A word with letters and apostrophes only: no digits, hyphens or dots. */
const isProseWord = (word: string) => /^\p{L}+(?:['’]\p{L}+)?$/u.test(word)

export const repeatedWord: DefectClass = {
  name: 'repeated-word',
  rules: ['repeated-word'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    const list = wordsInSentences(text)
    for (const [index, word] of list.entries()) {
      const lower = word.text.toLowerCase()
      if (!isProseWord(word.text) || doubledOnPurpose.has(lower)) continue
      // Beside a copy of itself (`ding, ding, ding`) a third copy is a refrain, not a slip.
      if ([list[index - 1], list[index + 1]].some((other) => other?.text.toLowerCase() === lower)) continue
      if (text[word.to] !== ' ' && !/[,.;:]/.test(text[word.to] ?? '')) continue
      // A preposition after a verb is the next class's; here only one that opens a sentence or clause.
      if (particles.has(lower) && !word.first && text[word.from - 2] !== ',') continue
      // At a sentence start only a function word (`The the`): a doubled name is the rule's declared exception.
      if (!isLowerWord(word.text) && !(word.first && isCapitalizedWord(word.text) && isFunctionWord(lower))) continue
      edits.push({from: word.from, to: word.to, insert: `${word.text} ${lower}`, variant: word.first ? 'sentence start' : 'inside'})
    }
    return pickAny(rng, edits)
  }
}

export const doubledAfterVerb: DefectClass = {
  name: 'doubled-after-verb',
  rules: ['repeated-word'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const word of wordsInSentences(text)) {
      if (word.first || !particles.has(word.text) || text[word.from - 1] !== ' ') continue
      if (!/\p{L}/u.test(text[word.from - 2] ?? '') || !/^ \p{L}/u.test(text.slice(word.to, word.to + 2))) continue
      edits.push({from: word.from, to: word.to, insert: `${word.text} ${word.text}`})
    }
    return pickEdit(rng, edits)
  }
}

export const repeatedPhrase: DefectClass = {
  name: 'repeated-phrase',
  rules: ['repeated-phrase'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const sentence of sentences(text)) {
      const list = words(sentence.text).map((word) => ({...word, from: sentence.from + word.from, to: sentence.from + word.to}))
      for (let start = 0; start < list.length; start++) {
        for (let length = 2; length <= 4 && start + length <= list.length; length++) {
          const run = list.slice(start, start + length)
          if (!run.every((word) => isLowerWord(word.text))) continue
          const from = run[0].from
          const to = run[length - 1].to
          if (!/^[\p{L} ]+$/u.test(text.slice(from, to)) || /  /.test(text.slice(from, to))) continue
          // A run whose ends meet copies of themselves (`step by step`) makes a set phrase, not a repeat.
          if (list[start + length]?.text === run[0].text || list[start - 1]?.text === run[length - 1].text) continue
          if (new Set(run.map((word) => word.text)).size < length) continue
          const phrase = text.slice(from, to)
          edits.push({from, to, insert: `${phrase} ${phrase}`, variant: `${length} words`})
        }
      }
    }
    return pickEdit(rng, edits)
  }
}

/** The kind of word coordinated with itself, for the report: the rule page promises only the first two. */
function coordinationVariant(word: string, after: string | undefined): string {
  if (superlatives.has(word) || /est$/.test(word)) return 'superlative'
  if (/ly$/.test(word)) return '-ly adverb'
  // Before a content word `X and X` may share a modifier (`cotton and cotton goods`), which the rule allows.
  return after && !isFunctionWord(after) ? 'before a content word' : 'before a function word'
}

export const selfCoordination: DefectClass = {
  name: 'self-coordination',
  rules: ['repeated-phrase'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const list = wordsInSentences(text)
    const edits: Edit[] = []
    list.forEach((word, index) => {
      const lower = word.text
      if (!isLowerWord(lower) || lower.length < 3 || isFunctionWord(lower)) return
      if (selfCoordinationIdioms.has(lower) || comparatives.has(lower) || /er$/.test(lower)) return
      const before = list[index - 1]?.text
      const after = list[index + 1]?.text
      if (before === 'and' || before === 'or' || after === 'and' || after === 'or') return
      // Before a mark or a line end, `waited and waited` reads as an iteration, which English allows.
      if (!/^ \p{L}/u.test(text.slice(word.to, word.to + 2))) return
      const variant = coordinationVariant(lower, after)
      // The rule page promises a safe fix only where the word can never be coordinated with itself.
      edits.push({from: word.from, to: word.to, insert: `${lower} and ${lower}`, variant, fixable: variant === 'superlative' || variant === '-ly adverb'})
    })
    return pickAny(rng, edits)
  }
}

const normalize = (sentence: string) => sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

export const repeatedSentence: DefectClass = {
  name: 'repeated-sentence',
  rules: ['repeated-sentence'],
  fixable: false,
  inject(context, rng) {
    const text = paragraphOf(context)
    const list = sentences(text)
    const article = sentences(context.text).map((sentence) => normalize(sentence.text))
    const edits: Edit[] = []
    list.forEach((sentence, index) => {
      const count = words(sentence.text).length
      if (count < 7 || !/[.?!]["”’)]?$/u.test(sentence.text)) return
      if (article.filter((other) => other === normalize(sentence.text)).length > 1) return
      edits.push({from: sentence.to, to: sentence.to, insert: ` ${sentence.text}`, variant: 'right after'})
      const last = list[list.length - 1]
      // Further away, the rule page asks for 12 words: a shorter repeat may be a refrain.
      if (index < list.length - 1 && count >= 12 && /[.?!]["”’)]?$/u.test(last.text)) {
        edits.push({from: last.to, to: last.to, insert: ` ${sentence.text}`, variant: 'paragraph end'})
      }
    })
    return pickEdit(rng, edits)
  }
}
