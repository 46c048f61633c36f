import {chainEndWords, clauseStartWords} from '../../data/dash-function-words.js'
import {prepositions} from '../../data/function-words.js'
import {compoundPrefixes, compoundsEndingInClauseWord} from '../../data/hyphen-compounds.js'
import {allDigits, phraseAfterHyphen, wordBefore} from './found.js'
import type {Found, Scan} from './found.js'

/** A hyphen glued to a word (or `%`, `)`, a closing quote) on its left and a lowercase word on its right. */
const gluedHyphen = /(?<=[\p{L}%)\]”"’])[-‐](?=\p{Ll})/gu
/** The lowercase word right after a glued hyphen, ending a hyphen chain (not `state-of-the-art`). */
const wordAfterHyphen = /\p{Ll}+(?![\p{L}\p{N}]|[-‐][\p{L}\p{N}])/uy
/** A character before a word that makes it part of an identifier or a path: `x.y-the`, `a/b-the`, `3b-the`. */
const joinedBefore = /[./\\@_#\p{N}]/u
const shortName = /^\p{Lu}\p{Ll}{0,5}$/u
const openingQuote = /^["“‘'`]$/u
const closingQuote = /^["”’'`]$/u
/** The hyphen chain that ends right before a glued hyphen: `will-they-won't`. */
const chainBefore = /[\p{L}'’]+(?:[-‐][\p{L}'’]+)+$/u
/** A capitalized word right before a name: its surname (`Kim Seung-a`). */
const surnameBefore = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,5} $/u

/** A hyphen glued between two words where a dash is meant: `the universe-a series`, `changes-which`. */
export function scanGluedHyphens({value, offset}: Scan): Found[] {
  const found: Found[] = []
  for (const match of value.matchAll(gluedHyphen)) {
    const at = match.index
    wordAfterHyphen.lastIndex = at + 1
    const right = wordAfterHyphen.exec(value)?.[0]
    if (!right) continue
    const phrase = phraseAfterHyphen.test(value.slice(at + 1, at + 40))
    if (!phrase && !clauseStartWords.has(right)) continue
    const left = wordBefore.exec(value.slice(Math.max(0, at - 40), at))?.[0] ?? ''
    const leftLower = left.toLowerCase()
    if (left) {
      const beforeLeft = value[at - left.length - 1]
      // The end of a chain (`two-dimensional-the chain`) only before a word no compound ends in.
      const chained = beforeLeft === '-' || beforeLeft === '‐'
      if (chained ? !chainEndWords.has(right) : beforeLeft !== undefined && joinedBefore.test(beforeLeft)) continue
      // `will-they-won't-they`, `on-again-off-again`: a chain whose last word repeats one of its
      // own is a compound built in parallel halves, not two phrases.
      if (chained && chainBefore.exec(value.slice(Math.max(0, at - 60), at))?.[0].toLowerCase().split(/[-‐]/u).includes(right)) continue
      // `state-of-the art`, `out-of-the box`: a chain that reached a preposition goes on as a compound.
      if (chained && prepositions.has(leftLower)) continue
      if (left.length === 1 || compoundPrefixes.has(leftLower)) continue
      // A compound shown in quotes, as a term: `"is-a" relationships`, `the ‘has-a’ link`.
      if (openingQuote.test(beforeLeft ?? '') && closingQuote.test(value[at + 1 + right.length] ?? '')) continue
      if (compoundsEndingInClauseWord.has(`${leftLower}-${right}`)) continue
      // Korean and Chinese given names: `Hyun-a`, `Xi-an`, `Kim Seung-a`.
      if ((right === 'a' || right === 'an') && shortName.test(left)) {
        if (left.length <= 4 || surnameBefore.test(value.slice(Math.max(0, at - left.length - 12), at - left.length))) continue
      }
      if (allDigits.test(left)) continue
    }
    const from = offset + at
    const actualLeft = left || value[at - 1]
    found.push({kind: 'hyphen', from, to: from + 1, leftOpen: true, rightOpen: true, left: actualLeft, right, guard: [from, from + 1]})
  }
  return found
}
