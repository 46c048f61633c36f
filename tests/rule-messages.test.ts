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

/** The code points of a message that no character name stands before. */
function bareCodePoints(text: string): string[] {
  return [...text.matchAll(codePoint)].filter((match) => notAName.test(text.slice(0, match.index))).map((match) => match[0])
}

/** Why a message's jargon needs plain words it lacks, for each term it uses. */
function unexplainedJargon(text: string): string[] {
  return jargon.filter(([term, plainWords]) => term.test(text) && !plainWords.test(text)).map(([, , why]) => why)
}

describe('rule messages speak plainly', () => {
  it('there are messages to check', () => {
    expect(messages.length).toBeGreaterThan(50)
  })

  for (const {rule, id, text} of messages) {
    it(`${rule}/${id}: no bare code point, no jargon without the plain words`, () => {
      expect(bareCodePoints(text), `\`${text}\`: name the character before each`).toEqual([])
      expect(unexplainedJargon(text), `\`${text}\``).toEqual([])
    })
  }
})

describe('the checks themselves', () => {
  const cases: Array<[string, 'bare' | 'jargon' | 'plain']> = [
    ['Unexpected `U+00A0`, remove it', 'bare'],
    ['Unexpected `{code}`, remove it', 'bare'],
    ['Unexpected `x`, expected `U+2014`', 'bare'],
    ['Unexpected no-break space `U+00A0`, remove it', 'plain'],
    ['Unexpected {name} `{code}`, remove it', 'plain'],
    ['Unexpected ideographic space `U+3000`, expected a space', 'plain'],
    ['Unexpected participle `gone` without an auxiliary, expected `went`', 'jargon'],
    ['Unexpected mojibake `Ã©`, expected `é`', 'jargon'],
    ['Unexpected `gone` without `has`, `have` or `had` (a participle), expected `went`', 'plain'],
    ['Unexpected mojibake `Ã©` (text decoded with the wrong encoding), expected `é`', 'plain']
  ]
  for (const [text, verdict] of cases) {
    it(`${text}: ${verdict}`, () => {
      expect(bareCodePoints(text).length > 0).toBe(verdict === 'bare')
      expect(unexplainedJargon(text).length > 0).toBe(verdict === 'jargon')
    })
  }
})
