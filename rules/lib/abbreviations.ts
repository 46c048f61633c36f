/**
 * Whether a word written before a period is an abbreviation, so that the period is its own and
 * not (only) the end of a sentence. Shared by the rules that read `word.`.
 */
import {companyForms, sentenceAbbreviations} from '../data/sentence-abbreviations.js'

/** A word in capitals: `INC`, `CORP` in a company's name in a filing or a headline. */
const allCapitals = /^\p{Lu}{2,}$/u
/**
 * A lowercase word of consonants alone (`st`, `btw`, `mgmt`, `pkg`): English spells no word that
 * way, so it is shortened. `y` counts as a vowel (`my`, `try`).
 */
const consonantsOnly = /^[bcdfghjklmnpqrstvwxz]{2,5}$/

/**
 * `word` without its period: in the list, a company form written in capitals (`INC`, `CORP`; not
 * `SEC` or `CIA`, acronyms whose other spelling is in the list), or consonants alone.
 */
export function isAbbreviation(word: string): boolean {
  if (sentenceAbbreviations.has(word) || isShortened(word)) return true
  return allCapitals.test(word) && companyForms.has(word.toLowerCase())
}

/**
 * Consonants alone that the list does not hold: shortened, but as often a word written in lower
 * case (`tv`, `pc`, `dvd`) that may end a sentence as any word does (`watch tv. the news`).
 */
export function isShortened(word: string): boolean {
  return consonantsOnly.test(word) && !sentenceAbbreviations.has(word)
}
