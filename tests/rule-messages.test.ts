import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'

/**
 * A message is read in an editor, beside the text, by someone who fixes articles, not by a
 * linguist or a Unicode expert: a code point comes with the name of its character, and a grammar
 * term with the plain words it stands for.
 */
const messages = rules.flatMap((rule) => Object.entries(rule.definition.messages).map(([id, text]) => ({rule: rule.id, id, text: text as string})))

/** A code point, written out or filled in from a `{code}` placeholder. */
const codePoint = /`?(?:U\+[\dA-F]{4,6}|\{code\})`?/g
/** What may not stand right before a code point: nothing that names the character. */
const notAName = /(?:^|\bUnexpected|\bexpected|\bor|\band|,)\s*$/

/** Grammar and encoding jargon, and the plain words that must be in the same message. */
const jargon: Array<[term: RegExp, plainWords: RegExp, why: string]> = [
  [/\bparticiples?\b/i, /`has`.*`have`.*`had`/, 'a participle is a verb form that needs `has`, `have` or `had`: say so'],
  [/\bauxiliar(?:y|ies)\b/i, /`has`.*`have`.*`had`/, 'name the auxiliaries: `has`, `have`, `had`'],
  [/\bmojibake\b/i, /\bencoding\b/, 'say what mojibake is: text decoded with the wrong encoding'],
  [/\breporting verbs?\b/i, /`said`.*`told`|`told`.*`said`/, 'give reporting verbs by example: `said`, `told`'],
  [/\b(?:gerund|infinitive|determiner|predicate|appositive|nominali[sz]ed|subordinate clause)s?\b/i, /(?!)/, 'a grammar term with no plain words'],
  [/\bcode point\b/i, /(?!)/, 'name the character instead']
]

describe('rule messages speak plainly', () => {
  it('there are messages to check', () => {
    expect(messages.length).toBeGreaterThan(50)
  })

  for (const {rule, id, text} of messages) {
    it(`${rule}/${id}: no bare code point`, () => {
      for (const match of text.matchAll(codePoint)) {
        expect(text.slice(0, match.index), `\`${text}\`: name the character before ${match[0]}`).not.toMatch(notAName)
      }
    })

    it(`${rule}/${id}: no jargon without the plain words`, () => {
      for (const [term, plainWords, why] of jargon) {
        if (term.test(text)) expect(text, `\`${text}\`: ${why}`).toMatch(plainWords)
      }
    })
  }
})

describe('the checks themselves', () => {
  const bare: Array<[string, boolean]> = [
    ['Unexpected `U+00A0`, remove it', true],
    ['Unexpected `{code}`, remove it', true],
    ['Unexpected no-break space `U+00A0`, remove it', false],
    ['Unexpected {name} `{code}`, remove it', false],
    ['Unexpected `x`, expected `U+2014`', true],
    ['Unexpected ideographic space `U+3000`, expected a space', false]
  ]
  for (const [text, isBare] of bare) {
    it(`${isBare ? 'flags' : 'passes'} ${text}`, () => {
      const flagged = [...text.matchAll(codePoint)].some((match) => notAName.test(text.slice(0, match.index)))
      expect(flagged).toBe(isBare)
    })
  }

  const terms: Array<[string, boolean]> = [
    ['Unexpected participle `gone` without an auxiliary, expected `went`', true],
    ['Unexpected `gone` without `has`, `have` or `had` (a participle), expected `went`', false],
    ['Unexpected mojibake `Ã©`, expected `é`', true],
    ['Unexpected mojibake `Ã©` (text decoded with the wrong encoding), expected `é`', false]
  ]
  for (const [text, isJargon] of terms) {
    it(`${isJargon ? 'flags' : 'passes'} ${text}`, () => {
      const flagged = jargon.some(([term, plainWords]) => term.test(text) && !plainWords.test(text))
      expect(flagged).toBe(isJargon)
    })
  }
})
