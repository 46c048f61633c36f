/** Source-language text left in, and a translator's alternative left in brackets. */
import type {Rng} from './rng.js'
import {isLowerWord, sentences, words} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'
import {isFunctionWord} from './words.js'

const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}/gu
const cyrillicRun = /\p{Script=Cyrillic}+(?: \p{Script=Cyrillic}+)*/gu

/** A short run of the source's own script: two to six CJK characters, or one to three Cyrillic words. */
function sourceRun(source: string, rng: Rng): string | undefined {
  const runs = [...source.matchAll(cjkRun), ...source.matchAll(cyrillicRun)].map((match) => match[0])
  if (runs.length === 0) return undefined
  const run = rng.pick(runs)
  if (/\p{Script=Cyrillic}/u.test(run)) {
    const list = run.split(' ')
    const length = Math.min(list.length, rng.between(1, 3))
    const start = rng.int(list.length - length + 1)
    return list.slice(start, start + length).join(' ')
  }
  const characters = [...run]
  const length = Math.min(characters.length, rng.between(2, 6))
  const start = rng.int(characters.length - length + 1)
  return characters.slice(start, start + length).join('')
}

export const untranslatedText: DefectClass = {
  name: 'untranslated-text',
  rules: ['untranslated-text'],
  fixable: false,
  inject(context, rng) {
    if (!context.source) return undefined
    const run = sourceRun(context.source, rng)
    if (!run) return undefined
    const text = paragraphOf(context)
    const edits: Edit[] = []
    // Between two words of a sentence, away from brackets: `(Москва)` beside a word is a gloss.
    for (const match of text.matchAll(/(?<=\p{L}) (?=\p{L})/gu)) {
      edits.push({from: match.index, to: match.index + 1, insert: ` ${run} `, variant: /\p{Script=Cyrillic}/u.test(run) ? 'Cyrillic' : 'CJK'})
    }
    return pickEdit(rng, edits)
  }
}

/** Function words an engine hedges between (`than (which)`): the rule page wants both sides to be one. */
const hedged = ['which', 'that', 'who', 'of', 'for', 'to', 'in', 'at', 'on', 'with', 'by', 'from', 'the', 'a', 'its', 'their']
const labels = ['(or: {})', '[also: {}]', '(alternative: {})', '(or: the {})']

export const translationAlternative: DefectClass = {
  name: 'translation-alternative',
  rules: ['translation-alternative'],
  fixable: false,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const sentence of sentences(text)) {
      // A labelled alternative is flagged on a line that ends like a sentence, not in a heading.
      if (!/[.?!]["”’)]?$/u.test(sentence.text)) continue
      const list = words(sentence.text)
      const content = list.filter((word) => isLowerWord(word.text) && word.text.length >= 4 && !isFunctionWord(word.text))
      for (const word of list.slice(0, -1)) {
        const from = sentence.from + word.from
        const to = sentence.from + word.to
        if (text[to] !== ' ') continue
        if (isFunctionWord(word.text) && isLowerWord(word.text)) {
          const alternative = rng.pick(hedged.filter((candidate) => candidate !== word.text))
          edits.push({from, to, insert: `${word.text} (${alternative})`, variant: 'bracketed function word'})
        } else if (content.includes(word)) {
          const others = content.filter((candidate) => candidate.text !== word.text)
          if (others.length === 0) continue
          const other = rng.pick(others).text
          edits.push({from, to, insert: `${word.text} ${rng.pick(labels).replace('{}', other)}`, variant: 'labelled alternative'})
        }
      }
    }
    return pickEdit(rng, edits)
  }
}
