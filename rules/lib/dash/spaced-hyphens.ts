import {clauseStartWords} from '../../data/dash-function-words.js'
import {compoundHeads, compoundPrefixes, numberCompoundHeads, numberModifiers} from '../../data/hyphen-compounds.js'
import {allDigits, headingLength, numberLike, opening, phraseAfterHyphen, uppercaseStart, wordBefore} from './found.js'
import type {Found, Scan} from './found.js'

/** A hyphen with spaces or tabs on both sides, between two visible characters of one line. */
const spacedHyphen = /(?<=[^\s-])[ \t]+[-‐][ \t]+(?=[^\s-])/g
/** The word after spaces. */
const wordAfter = /^[\p{L}\p{N}'’]+/u
/** A character that joins the letters after it to a longer token: `18.x`, `a_b`, `v/x`. */
const tokenInside = /[.\d_/\\@#-]/
/** A sentence's end, a colon or a semicolon: a spaced hyphen after one starts a list item. */
const afterMark = /[.?!:;]/
/** After a compound head, a word that makes it a participle opening an aside: `- based on`, `- led by`. */
const prepositionAfterHead = /^\s+(?:on|upon|in|by|to|with|at|from|for|of|and|or|the|a|an)\b/
const sentenceEnd = /[.?!…]["”’)\]]*\s*$/
/** How many spaced hyphens in how many characters make a table or a list of `label - value` rows. */
const tableCount = 3
const tableWindow = 200

/**
 * What a spaced hyphen is, from the words around it: a compound written with spaces (`self -
 * assembly`: safe to close; `tax - free` after a capitalized word, `Saxony - free`, may be a dash:
 * unsafe), a dash before a clause (`- which`), a dash before a capital or a quote (unsafe), or
 * either (ambiguous).
 */
function classifySpaced(left: string, right: string, after: string, leftWhole: boolean): NonNullable<Found['spacedKind']> {
  const leftLower = left.toLowerCase()
  const rightLower = right.toLowerCase()
  if (leftWhole && compoundPrefixes.has(leftLower) && right && !uppercaseStart.test(right) && !clauseStartWords.has(right)) {
    return 'compound'
  }
  if (right && compoundHeads.has(rightLower) && !prepositionAfterHead.test(after.slice(right.length))) {
    return uppercaseStart.test(left) ? 'unsafeCompound' : 'compound'
  }
  if ((allDigits.test(left) || numberModifiers.has(leftLower)) && numberCompoundHeads.has(rightLower)) return 'compound'
  if (right === 'I' || clauseStartWords.has(right)) return 'dash'
  if (!right || uppercaseStart.test(right) || opening.test(after[0]) || after[0] === '"') return 'unsafeDash'
  return 'ambiguous'
}

export function scanSpacedHyphens({text, value, offset}: Scan): Found[] {
  const found: Found[] = []
  const matches = [...value.matchAll(spacedHyphen)]
  if (matches.length === 0) return found
  const kinds: Found[] = []
  for (const match of matches) {
    const at = match.index
    const end = at + match[0].length
    const before = value.slice(Math.max(0, at - 40), at)
    const after = value.slice(end, end + 40)
    const left = wordBefore.exec(before)?.[0] ?? ''
    const right = wordAfter.exec(after)?.[0] ?? ''
    // `18.x - current`, `v2.e - mail`: the letters end a longer token, not a prefix of their own.
    const leftWhole = !tokenInside.test(before.charAt(before.length - left.length - 1))
    let spacedKind = phraseAfterHyphen.test(after) ? 'dash' : classifySpaced(left, right, after, leftWhole)
    // Beside a number, not in a compound: a range, a score or a table (`1990 - 2000`, `Year -
    // 1870 - 38,558,371`). After a sentence's end or a colon: a list item (`results: - Final`).
    if (spacedKind !== 'compound' && (numberLike.test(value[at - 1]) || numberLike.test(value[end]) || afterMark.test(value[at - 1]))) {
      spacedKind = 'skip'
    }
    // Between two letters standing alone: a minus (`x - y = 3`, `a - b`), not a compound or a dash.
    if (left.length === 1 && right.length === 1 && leftWhole) spacedKind = 'skip'
    const from = offset + at
    const to = offset + end
    kinds.push({kind: 'spaced', from, to, leftOpen: true, rightOpen: true, spacedKind, left, right, guard: [from, to]})
  }
  // Several spaced hyphens close together that are not compounds: a table or `label - value` rows.
  const dashes = kinds.filter((item) => item.spacedKind !== 'compound')
  const inTable = new Set<Found>()
  for (let index = 0; index + tableCount - 1 < dashes.length; index++) {
    const last = dashes[index + tableCount - 1]
    if (last.from - dashes[index].from <= tableWindow) {
      for (let k = index; k < index + tableCount; k++) inTable.add(dashes[k])
    }
  }
  for (const item of kinds) {
    if (item.spacedKind === 'skip' || inTable.has(item)) continue
    if (item.spacedKind !== 'compound' && isHeadingLine(text, item.from)) continue
    found.push(item)
  }
  return found
}

/** A line without a sentence end and shorter than a sentence: a headline (`Markets - live`). */
function isHeadingLine(text: string, at: number): boolean {
  let lineStart = at
  while (lineStart > 0 && text[lineStart - 1] !== '\n') if (at - --lineStart > headingLength) return false
  let lineEnd = at
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
    if (++lineEnd - lineStart > headingLength) return false
  }
  return !sentenceEnd.test(text.slice(lineStart, lineEnd).trim())
}
