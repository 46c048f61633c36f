import {diffWordsWithSpace} from 'diff'
import type {Edit} from '../message.js'
import {changedStretches} from '../text-diff.js'

/** Characters of unchanged text shown on each side of a change, cut back to a word boundary. */
const contextWidth = 40

const red = (text: string) => `\u001B[31m${text}\u001B[39m`
const green = (text: string) => `\u001B[32m${text}\u001B[39m`

/**
 * The change `--fix` would make, as changed words (git's `--word-diff` markers, `[-old-]{+new+}`),
 * each with its line and column and a little of the text around it on its line: a paragraph of
 * prose is one line thousands of characters long, which a line diff would show twice whole.
 * Changes close together share one line of output. Line breaks and invisible characters inside a
 * change are shown by name (`⏎`, `<U+00A0 no-break space>`), or the change would look empty.
 */
export function reportWordDiff(filePath: string, before: string, after: string, color: boolean): string {
  if (before === after) return ''
  const edits = changedStretches(diffWordsWithSpace(before, after))
  const lines: string[] = []
  const position = positions(before)
  for (let start = 0; start < edits.length; ) {
    let end = start + 1
    while (end < edits.length && closeTogether(before, edits[end - 1], edits[end])) end++
    const group = edits.slice(start, end)
    lines.push(`  ${position(group[0].from).padEnd(8)} ${showGroup(before, group, color)}`)
    start = end
  }
  return `${color ? `\u001B[4m${filePath}\u001B[24m` : filePath}\n${lines.join('\n')}\n\n`
}

/** Whether two changes are near enough on one line to be shown together. */
function closeTogether(text: string, previous: Edit, next: Edit): boolean {
  return next.from - previous.to <= 2 * contextWidth && !text.slice(previous.to, next.from).includes('\n')
}

function showGroup(text: string, group: readonly Edit[], color: boolean): string {
  let shown = contextBefore(text, group[0].from)
  for (const [index, edit] of group.entries()) {
    if (index > 0) shown += text.slice(group[index - 1].to, edit.from)
    if (edit.to > edit.from) {
      const removed = `[-${visible(text.slice(edit.from, edit.to))}-]`
      shown += color ? red(removed) : removed
    }
    if (edit.text) {
      const added = `{+${visible(edit.text)}+}`
      shown += color ? green(added) : added
    }
  }
  return shown + contextAfter(text, group.at(-1)!.to)
}

/** Up to `contextWidth` characters before `offset`, on its line, from the start of a word. */
function contextBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  if (offset - lineStart <= contextWidth) return text.slice(lineStart, offset)
  const slice = text.slice(offset - contextWidth, offset)
  const space = slice.search(/\s/)
  return '…' + (space === -1 ? slice : slice.slice(space + 1))
}

/** Up to `contextWidth` characters after `offset`, on its line, to the end of a word. */
function contextAfter(text: string, offset: number): string {
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset)
  if (lineEnd - offset <= contextWidth) return text.slice(offset, lineEnd).replace(/\r$/, '')
  const slice = text.slice(offset, offset + contextWidth)
  const space = slice.search(/\s\S*$/)
  return (space === -1 ? slice : slice.slice(0, space)) + '…'
}

/** Characters that print as nothing, or as a plain space, named so that a change is seen. */
const invisibleNames: Readonly<Record<string, string>> = {
  '\u00A0': 'no-break space',
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\u202F': 'narrow no-break space',
  '\u3000': 'ideographic space',
  '\uFEFF': 'zero-width no-break space',
  '\t': 'tab'
}

function visible(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/[\p{Cf}\p{Zs}\t\v\f]/gu, (character) => {
    if (character === ' ') return character
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    return `<${code} ${invisibleNames[character] ?? (/\p{Zs}/u.test(character) ? 'space' : 'invisible character')}>`
  })
}

/** `line:column` (1-based, in UTF-16 code units) of offsets met in increasing order. */
function positions(text: string): (offset: number) => string {
  let line = 1
  let lineStart = 0
  return (offset) => {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < offset; next = text.indexOf('\n', lineStart)) {
      line++
      lineStart = next + 1
    }
    return `${line}:${offset - lineStart + 1}`
  }
}
