/** Spaces missing, doubled or misplaced around words and marks. */
import {markEndsSentence} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'
import {sentencePeriods, wordCommas} from './punctuation.js'

export const spaceBeforePunctuation: DefectClass = {
  name: 'space-before-punctuation',
  rules: ['space-before-punctuation'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    // After a word, not inside a number (`3.5`, `10:30`, `1,000`), and for a period only at a sentence's end.
    for (const match of text.matchAll(/(?<=[\p{L}\p{N}])[,.;:?!](?=$|[\s"”’)])/gmu)) {
      const mark = match[0]
      if (mark === '.' && (!markEndsSentence(text, match.index) || text[match.index - 1] === '.')) continue
      if (mark === '!' && /\p{Lu}/u.test(text.slice(match.index - 5, match.index))) continue
      edits.push({from: match.index, to: match.index + 1, insert: ` ${mark}`, variant: mark})
    }
    return pickEdit(rng, edits)
  }
}

export const missingSpaceAfterPunctuation: DefectClass = {
  name: 'missing-space-after-punctuation',
  rules: ['missing-space-after-punctuation'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    // A period after a lower-case word and before a capitalized word: not an initial (`J.`) or `Ph.D`.
    for (const at of sentencePeriods(text)) {
      if (!/\p{Ll}/u.test(text[at - 1]) || !/^ \p{Lu}\p{Ll}/u.test(text.slice(at + 1, at + 4))) continue
      edits.push({from: at, to: at + 3, insert: `.${text[at + 2]}`, variant: 'period'})
    }
    for (const at of wordCommas(text)) {
      // After an e-mail address or a domain the comma belongs to text the rules leave alone.
      if (/[@.]\S*$/.test(text.slice(0, at).split(/\s/).pop() ?? '')) continue
      edits.push({from: at, to: at + 3, insert: `,${text[at + 2]}`, variant: 'comma'})
    }
    return pickEdit(rng, edits)
  }
}

export const whitespace: DefectClass = {
  name: 'whitespace',
  rules: ['whitespace'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const doubled: Edit[] = []
    // A single space between two words; after a sentence's mark two spaces are a convention.
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},]) (?=[\p{L}\p{N}])/gu)) {
      doubled.push({from: match.index - 1, to: match.index + 1, insert: `${text[match.index - 1]}  `, variant: 'double space'})
    }
    const trailing: Edit[] = []
    let offset = 0
    for (const line of text.split('\n')) {
      const end = offset + line.length
      if (/\S$/.test(line)) trailing.push({from: end - 1, to: end, insert: `${line.at(-1)} `, variant: 'trailing space'})
      offset = end + 1
    }
    return pickEdit(rng, [...doubled, ...trailing])
  }
}
