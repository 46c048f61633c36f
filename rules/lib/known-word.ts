import {loadLexicon} from '../../src/lexicon.js'

const lowercase = /^\p{Ll}+$/u
/** The list holds no word of one letter (it comes from a word game): `a` is one (`I` has a capital). */
const oneLetterWord = 'a'

/**
 * Whether `word` is an English word: `true` or `false` by the word list, `undefined` where there is
 * none (the playground), so that a rule keeps the suggestion it makes without one. Only a word in
 * lower case letters can be known: one with a capital is taken for a name, one with a digit or a
 * mark for code. The list is read on the first question (`src/lexicon.ts`).
 */
export function knownWord(word: string): boolean | undefined {
  const words = loadLexicon()
  if (words === undefined) return undefined
  return lowercase.test(word) && (word === oneLetterWord || words.has(word))
}
