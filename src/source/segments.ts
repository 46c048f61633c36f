/** Where a text's paragraphs, lines and sentences are: ranges of offsets, for aligning a translation with its source. */

export interface Range {
  from: number
  to: number
}

/** Paragraphs: runs of non-blank lines, separated by blank lines. */
export function paragraphsOf(text: string): Range[] {
  const ranges: Range[] = []
  for (const match of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) ranges.push(trim(text, {from: match.index, to: match.index + match[0].length}))
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
const sentenceEnd = /(?:[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])|[。！？]+[」』”’）)]*)/gu

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
