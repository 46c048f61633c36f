/** Where a text's paragraphs, lines and sentences are: ranges of offsets, for aligning a translation with its source. */

export interface Range {
  from: number
  to: number
}

/** Paragraphs: runs of non-blank lines, separated by blank lines (found line by line: a text is hostile input, and a pattern could backtrack). */
export function paragraphsOf(text: string): Range[] {
  const ranges: Range[] = []
  let start = -1
  let end = 0
  for (let from = 0; from <= text.length; ) {
    const newline = text.indexOf('\n', from)
    const to = newline === -1 ? text.length : newline
    const blank = trim(text, {from, to}).from === to
    if (!blank && start === -1) start = from
    if (!blank) end = to
    if (blank && start !== -1) {
      ranges.push(trim(text, {from: start, to: end}))
      start = -1
    }
    from = to + 1
  }
  if (start !== -1) ranges.push(trim(text, {from: start, to: end}))
  return ranges
}

/** The non-blank lines of a range. */
export function linesOf(text: string, range: Range): Range[] {
  const ranges: Range[] = []
  let from = range.from
  while (from < range.to) {
    const end = text.indexOf('\n', from)
    const to = end === -1 || end > range.to ? range.to : end
    const line = trim(text, {from, to})
    if (line.to > line.from) ranges.push(line)
    from = to + 1
  }
  return ranges
}

/**
 * A sentence ends after `.`, `!`, `?` (and closing quotes or brackets) before white space and a
 * capital, digit or opening quote; after `。`, `！`, `？` (and their closing marks) anywhere.
 */
const sentenceEnd = /(?:(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])|(?<![。！？])[。！？]+[」』”’）)]*)/gu

/** The sentences of a range (a line or paragraph), trimmed. */
export function sentencesOf(text: string, range: Range): Range[] {
  const part = text.slice(range.from, range.to)
  const ranges: Range[] = []
  let from = 0
  for (const match of part.matchAll(sentenceEnd)) {
    const to = match.index + match[0].length
    const sentence = trim(text, {from: range.from + from, to: range.from + to})
    if (sentence.to > sentence.from) ranges.push(sentence)
    from = to
  }
  const last = trim(text, {from: range.from + from, to: range.to})
  if (last.to > last.from) ranges.push(last)
  return ranges
}

function trim(text: string, range: Range): Range {
  let {from, to} = range
  while (from < to && /\s/.test(text[from])) from++
  while (to > from && /\s/.test(text[to - 1])) to--
  return {from, to}
}
