import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import type {ProseBuilder} from './prose-view.js'

/** A character reference at the start of a string: `&amp;`, `&#39;`, `&#x2019;`. */
const characterReference = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/
const whiteSpace = /\s/

function decodeReference(match: RegExpExecArray): string | undefined {
  if (match[1] !== undefined) return String.fromCodePoint(Number(match[1]))
  if (match[2] !== undefined) return String.fromCodePoint(Number.parseInt(match[2], 16))
  const named = decodeNamedCharacterReference(match[3])
  return named === false ? undefined : named
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
      const match = characterReference.exec(source.slice(at, Math.min(to, at + 40)))
      const decoded = match ? decodeReference(match) : undefined
      if (match && decoded && value.startsWith(decoded, position)) {
        for (let index = 0; index < decoded.length; index++) starts[position + index] = at
        at += match[0].length
        position += decoded.length
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
