import type {Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {tokensOf} from '../rules/lib/tokens.js'

function paragraph(text: string): Paragraph {
  return (new ParseEnglish().parse(text) as Root).children.find((node): node is Paragraph => node.type === 'ParagraphNode')!
}

describe('the rule toolkit: tokens of a paragraph', () => {
  const text = 'He added. statement added. The U.S. grew, it said. “Yes,” Li said.'
  const node = paragraph(text)
  const tokens = tokensOf(node, text)
  const word = (value: string, from = 0) => tokens.list.find((token) => token.kind === 'word' && token.value === value && token.from >= from)!

  it('lists words, marks and white space with absolute offsets, in order', () => {
    for (const token of tokens.list) expect(text.slice(token.from, token.to)).toBe(token.value)
    expect(tokens.list.map((token) => token.index)).toEqual(tokens.list.map((_, index) => index))
    expect(tokens.list.filter((token) => token.kind === 'space').every((token) => !token.lineBreak)).toBe(true)
    expect(new Set(tokens.list.map((token) => token.sentence))).toEqual(new Set([0, 1, 2]))
  })

  it('gives a word its core without the marks it starts or ends with', () => {
    expect([word('added.').core, word('U.S.').core, word('U.S.').lower]).toEqual(['added', 'U.S', 'u.s'])
  })

  it('finds neighbours across white space, within a line or a sentence when asked', () => {
    const he = word('He')
    expect(tokens.nextWord(he)?.core).toBe('added')
    const statement = word('statement')
    expect(tokens.previous(statement)?.value).toBe('added.')
    // `added. statement`: the parser reads one sentence, the period inside the word.
    expect(statement.sentence).toBe(he.sentence)
    const second = word('added', statement.from)
    expect(tokens.next(tokens.next(second)!)?.value).toBe('The')
    expect(tokens.next(tokens.next(second)!, {sameSentence: true})).toBeUndefined()
    const grew = word('grew')
    expect(tokens.next(grew)?.value).toBe(',')
    expect(tokens.nextWord(grew)).toBeUndefined()
    const said = word('said')
    expect(tokens.next(said, {sameSentence: true})?.value).toBe('.')
  })

  it('stops at a line break when asked to stay on the line', () => {
    const lines = 'It rained\nheavily today.'
    const both = tokensOf(paragraph(lines), lines)
    const rained = both.list.find((token) => token.value === 'rained')!
    expect(both.nextWord(rained)?.value).toBe('heavily')
    expect(both.next(rained, {sameLine: true})).toBeUndefined()
  })

  it('is built once per paragraph and shared', () => {
    expect(tokensOf(node, text)).toBe(tokens)
  })
})
