import {describe, expect, it} from 'vitest'
import {knownWord} from '../rules/lib/known-word.js'

describe('knownWord', () => {
  it.each([
    ['heavy', true],
    ['unruly', true],
    ['plans', true],
    ['a', true],
    ['avy', false],
    ['theplan', false],
    ['printf', false],
    // A capital makes a name, a mark or a digit code: none of them is known.
    ['Heavy', false],
    ['Paris', false],
    ["don't", false],
    ['mp3', false],
    ['', false]
  ])('%s: %s', (word, known) => {
    expect(knownWord(word)).toBe(known)
  })
})
