/** A bracket without its partner. */
import {sentences, words} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'

/** Round-bracket pairs on one line, holding more than a list marker (`(a)`, `(12)`, `(iv)`). */
function bracketPairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (const match of text.matchAll(/\(([^()\n]*)\)/g)) {
    const inner = match[1]
    if (inner.trim().length < 3 || /^(?:[a-z]|[ivx]+|\d+)$/i.test(inner)) continue
    pairs.push([match.index, match.index + match[0].length - 1])
  }
  return pairs
}

export const bracketUnpaired: DefectClass = {
  name: 'bracket-unpaired',
  rules: ['bracket-balance'],
  fixable: false,
  prefers: (paragraph) => bracketPairs(paragraph).length > 0,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    const pairs = bracketPairs(text)
    // Each edit covers the whole former pair: the rule may flag either bracket, as it cannot know which went missing.
    for (const [open, close] of pairs) {
      const inner = text.slice(open + 1, close)
      // A lone `)` at a line end or before a new sentence reads as a chat smiley, which the rule allows.
      if (/^(?: \p{Ll}|[,;])/u.test(text.slice(close + 1, close + 3))) {
        edits.push({from: open, to: close + 1, insert: `${inner})`, variant: 'opening removed'})
      }
      edits.push({from: open, to: close + 1, insert: `(${inner}`, variant: 'closing removed'})
    }
    const brackets = text.match(/[()]/g)?.length ?? 0
    if (brackets === 0) {
      for (const sentence of sentences(text)) {
        for (const word of words(sentence.text).slice(1, -1)) {
          const at = sentence.from + word.from
          if (text[at - 1] !== ' ' || !/^\p{L}+$/u.test(word.text)) continue
          edits.push({from: at, to: at + word.text.length, insert: `(${word.text}`, variant: 'opening inserted'})
        }
      }
    }
    return pickEdit(rng, edits)
  }
}
