/**
 * Where sentences end and start, read off the characters around a point: for rules that judge
 * white space or marks between two sentences (`ended.  The`: the typewriter's two spaces).
 */
import {placeholder} from '../../src/formats/extracted.js'

/** A sentence's final mark, maybe followed by closing quotes or brackets, at the end of the text before a point. */
const endsSentence = /[.?!]["”’')\]]*$/
/**
 * The start of a sentence at the text after a point, maybe after opening quotes or brackets: a
 * capital, a digit, a currency sign, a word with a capital or digit inside (`iPhone`, `eBay`), a
 * placeholder of markup (an image, inline code); not a lowercase word, which goes on a sentence.
 */
const startsSentence = new RegExp(String.raw`^["“‘'([]*(?:[\p{Lu}\p{N}\p{Sc}${placeholder}]|\p{Ll}+[\p{Lu}\p{N}])`, 'u')

/** Whether `from..to` of `text` lies between two sentences: one ends right before it, the next starts right after. */
export function betweenSentences(text: string, from: number, to: number): boolean {
  return endsSentence.test(text.slice(Math.max(0, from - 4), from)) && startsSentence.test(text.slice(to, to + 4))
}

/** Exactly two periods in a row (a third makes an ellipsis). */
export const twoPeriods = /(?<!\.)\.\.(?!\.)/
