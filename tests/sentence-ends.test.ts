import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {ParseEnglishSentences} from '../src/linear-parse-english.js'

/** The sentences of a one-paragraph text, as strings. */
function sentences(text: string): string[] {
  const root = new ParseEnglishSentences().parse(text) as Root
  return root.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? paragraph.children.filter((node) => node.type === 'SentenceNode').map((node) => toString(node)) : []
  )
}

describe('sentences that end in a number', () => {
  it.each([
    ['The fire was out on July 25. The crew left.', ['The fire was out on July 25.', 'The crew left.']],
    ['He scored in minute 9. Then it rained.', ['He scored in minute 9.', 'Then it rained.']],
    ['He spoke in 2017, at age 97. Nobody knew.', ['He spoke in 2017, at age 97.', 'Nobody knew.']]
  ])('end at the number: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })

  it.each([
    // A list item's number opens its sentence.
    ['1. The first point. 2. The second.', ['1. The first point.', '2. The second.']],
    // A lower-case word after the number continues the sentence, as parse-english reads it.
    ['Wait until July 25. then go.', ['Wait until July 25. then go.']],
    // Initials and Latin abbreviations keep their full stop inside the sentence.
    ['John F. Kennedy spoke.', ['John F. Kennedy spoke.']],
    ['Prices rose 3.5 percent in the U.S. last year.', ['Prices rose 3.5 percent in the U.S. last year.']]
  ])('leave other full stops alone: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected)
  })
})
