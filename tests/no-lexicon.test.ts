import {describe, expect, it, vi} from 'vitest'
import invisibleCharacter from '../rules/invisible-character.js'
import strayHyphen from '../rules/stray-hyphen.js'
import {knownWord} from '../rules/lib/known-word.js'
import {testRule} from './rule-tester.js'

// Where there is no word list (the playground), rules keep the suggestions they make without one.
vi.mock('../src/lexicon.js', () => ({loadLexicon: () => undefined}))

describe('knownWord without a word list', () => {
  it('answers undefined', () => {
    expect(knownWord('heavy')).toBeUndefined()
    expect(knownWord('Paris')).toBeUndefined()
  })
})

testRule(invisibleCharacter, {
  valid: [],
  invalid: [
    {
      text: 'A he\u200bavy crowd backed the\u200bplan.',
      output: null,
      errors: [
        {messageId: 'invisible', expected: ['', ' '], fixable: false},
        {messageId: 'invisible', expected: ['', ' '], fixable: false}
      ]
    }
  ]
})

testRule(strayHyphen, {
  valid: [],
  invalid: [
    {text: 'Pass the path to -printf first.', output: 'Pass the path to printf first.', errors: [{messageId: 'stray'}]}
  ]
})
