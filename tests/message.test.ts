/** The message templates of rules: placeholders filled from a report's data, and those left unfilled. */
import {describe, expect, it} from 'vitest'
import {formatMessage, unfilledPlaceholders} from '../src/message.js'

describe('formatMessage', () => {
  it.each([
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
  ])('fills %j with %j', (template, data, expected) => {
    expect(formatMessage(template, data)).toBe(expected)
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
