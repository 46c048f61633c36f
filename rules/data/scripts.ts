/**
 * Writing systems, for `fullwidth-punctuation` (which leaves marks inside Chinese, Japanese and
 * Korean text alone) and `untranslated-text` (which reports runs of a script other than Latin).
 */

/** A letter of Chinese, Japanese or Korean text (the prolonged sound mark `ー` included). */
export const cjkLetter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}ーｰ〆]/u

/** Any Chinese, Japanese or Korean letter in a text (with `g`, for counting). */
export const cjkLetters = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}ーｰ〆]/gu

/** A letter or a digit, of any script. */
export const letterOrDigit = /[\p{L}\p{N}]/u

export type Side = 'cjk' | 'other' | 'edge'

const lineBreak = /[\n\r]/
/** How far to look for the nearest letter or digit on either side of a mark. */
const reach = 12

/**
 * What the nearest letter or digit before (`step` −1) or after (`step` 1) offset `at` is: a CJK
 * letter, another letter or digit, or nothing within reach on the same line (`edge`).
 */
export function sideOf(text: string, at: number, step: 1 | -1): Side {
  for (let index = at, seen = 0; index >= 0 && index < text.length && seen < reach; index += step, seen++) {
    const code = text.charCodeAt(index)
    if (code >= 0xdc00 && code <= 0xdfff) continue // the second half of a pair: its first half decides
    const char = code >= 0xd800 && code <= 0xdbff ? text.slice(index, index + 2) : text[index]
    if (lineBreak.test(char)) return 'edge'
    if (cjkLetter.test(char)) return 'cjk'
    if (letterOrDigit.test(char)) return 'other'
  }
  return 'edge'
}
