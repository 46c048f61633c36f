import {characterReference, decodeCharacterReference} from './character-references.js'
import type {ProseBuilder} from './prose-view.js'

const referenceAt = new RegExp(characterReference.source, 'y')
const whiteSpace = /\s/

/**
 * How many characters of `value`, from `position`, the well-formed character reference `match`
 * stands for; 0 when the parser kept it as text. Parsers differ on numbers that stand for no
 * character, or for a C1 control: micromark gives U+FFFD, parse5 reads 128–159 as Windows-1252.
 * When the value does not hold HTML's reading, the reference stands for one character.
 */
function referenceLength(match: RegExpExecArray, value: string, position: number): number {
  const decoded = decodeCharacterReference(match[1], match[2], match[3])
  if (decoded !== undefined && value.startsWith(decoded, position)) return decoded.length
  return match[3] === undefined && value[position] !== '&' ? 1 : 0
}

/**
 * Where each character of a markup node's decoded `value` came from in the source `from..to`.
 * `starts[i]` is the source offset of character `i` (`starts[value.length]` is `to`), and
 * `verbatim[i]` says whether the character is that source character itself, rather than part of
 * a character reference, a backslash escape, or something the two could not be matched on.
 * Source white space the parser dropped (the indentation of a continuation line) is skipped.
 */
export interface Alignment {
  starts: number[]
  verbatim: boolean[]
}

export function align(value: string, source: string, from: number, to: number): Alignment {
  const starts: number[] = new Array(value.length + 1)
  const verbatim: boolean[] = new Array(value.length).fill(false)
  let at = from
  let position = 0
  while (position < value.length) {
    // A reference first: `&amp;` decodes to `&`, which would otherwise match the source's `&`.
    if (source[at] === '&') {
      referenceAt.lastIndex = at
      const match = referenceAt.exec(source)
      const length = match && at + match[0].length <= to ? referenceLength(match, value, position) : 0
      if (length > 0) {
        for (let index = 0; index < length; index++) starts[position + index] = at
        at += match![0].length
        position += length
        continue
      }
    }
    if (at < to && source[at] === value[position]) {
      starts[position] = at
      verbatim[position] = true
      at++
      position++
      continue
    }
    if (source[at] === '\\' && source[at + 1] === value[position]) {
      starts[position] = at
      at += 2
      position++
      continue
    }
    if (at < to && whiteSpace.test(source[at])) {
      at++
      continue
    }
    // Cannot be matched: the rest of the value stands for the rest of the source.
    for (; position < value.length; position++) starts[position] = Math.min(at, to)
  }
  starts[value.length] = to
  return {starts, verbatim}
}

/** Add `value[start..end)` to the prose: verbatim runs are copied, the rest stands for its source. */
export function addAligned(prose: ProseBuilder, value: string, alignment: Alignment, start = 0, end = value.length): void {
  const {starts, verbatim} = alignment
  let index = start
  while (index < end) {
    let next = index + 1
    if (verbatim[index]) {
      while (next < end && verbatim[next] && starts[next] === starts[next - 1] + 1) next++
      prose.copy(value.slice(index, next), starts[index])
    } else {
      while (next < end && !verbatim[next] && starts[next] === starts[index]) next++
      const sourceEnd = next < value.length ? starts[next] : starts[value.length]
      prose.stand(value.slice(index, next), starts[index], Math.max(0, sourceEnd - starts[index]))
    }
    index = next
  }
}
