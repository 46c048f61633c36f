/** The message templates of rules: placeholders filled from a report's data, and those left unfilled. */
import {describe, expect, it} from 'vitest'
import {formatMessage, messageFormatter, unfilledPlaceholders} from '../src/message.js'

const formatCases: Array<[string, Record<string, string | number> | undefined, string]> = [
    ['Unexpected second period, remove it', undefined, 'Unexpected second period, remove it'],
    ['Unexpected repeated `{word}`, remove it', {word: 'the'}, 'Unexpected repeated `the`, remove it'],
    ['{word}', {word: 'the'}, 'the'],
    ['Unexpected `{word}` repeated {count} times', {word: 'the', count: 3}, 'Unexpected `the` repeated 3 times'],
    ['`{a}` and `{a}` again', {a: 'x'}, '`x` and `x` again'],
    ['`{word}` kept', undefined, '`{word}` kept'],
    ['`{word}` kept', {other: 'x'}, '`{word}` kept'],
    ['`{toString}` not from the prototype', {}, '`{toString}` not from the prototype'],
    ['`{word}` as given', {word: '{count}'}, '`{count}` as given'],
    ['{not a name} and {}', {}, '{not a name} and {}'],
    ['{a}{b}', {a: 1, b: 2}, '12']
]

describe('formatMessage', () => {
  it.each(formatCases)('fills %j with %j', (template, data, expected) => {
    expect(formatMessage(template, data)).toBe(expected)
  })
})

describe('messageFormatter', () => {
  it.each(formatCases)('fills %j with %j as formatMessage does, the first time and again', (template, data, expected) => {
    const format = messageFormatter()
    expect(format(template, data)).toBe(expected)
    expect(format(template, data)).toBe(expected)
  })

  it('gives each set of values its own text, whatever was made before it', () => {
    const format = messageFormatter()
    // Values that would make one key if they were joined without their lengths.
    const calls: Array<[string, Record<string, string | number>]> = [
      ['{a}|{b}', {a: 'x:1', b: 'y'}],
      ['{a}|{b}', {a: 'x', b: ':1y'}],
      ['{a}|{b}', {a: '1', b: 2}],
      ['{a}|{b}', {a: 1, b: '2'}],
      ['{a}', {a: 'x'}],
      ['<{a}>', {a: 'x'}],
      ['{a}', {a: 'y'}]
    ]
    for (const [template, data] of calls) expect(format(template, data)).toBe(formatMessage(template, data))
    for (const [template, data] of calls.reverse()) expect(format(template, data)).toBe(formatMessage(template, data))
  })

  it('keeps at most its limit of texts for a template, and still fills the rest', () => {
    const format = messageFormatter(2)
    for (const word of ['a', 'b', 'c', 'd', 'c', 'a']) expect(format('`{word}`', {word})).toBe(`\`${word}\``)
  })
})

describe('unfilledPlaceholders', () => {
  it.each([
    ['Unexpected second period, remove it', undefined, []],
    ['Unexpected repeated `{word}`', {word: 'the'}, []],
    ['Unexpected repeated `{word}`', undefined, ['word']],
    ['`{word}` repeated {count} times', {word: 'the'}, ['count']],
    ['`{toString}`', {}, ['toString']],
    ['`{a}` and `{a}`', {}, ['a', 'a']],
    ['{not a name}', undefined, []]
  ])('of %j with %j', (template, data, expected) => {
    expect(unfilledPlaceholders(template, data)).toEqual(expected)
  })
})
