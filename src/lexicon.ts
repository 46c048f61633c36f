import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const nodeRequire = createRequire(import.meta.url)

/** A list of words to look a word up in. */
export interface Lexicon {
  has(word: string): boolean
}

/** The list, once read: `null` when it could not be read. */
let lexicon: Lexicon | null | undefined

/**
 * The English words of the `word-list` package (some 274,000, lower case, inflected forms
 * included), read on first use, which only an article whose rule asks about a word pays for
 * (`rules/lib/known-word.ts`). Read once per process (or worker thread), then shared: a fixed list,
 * not state of any file. `undefined` when the list is missing.
 *
 * The package's entry only names the path of its `words.txt`, with `import.meta.url` in an ES
 * module, which the command line's CommonJS bundle cannot require: the file is found beside the
 * entry instead. The playground's worker has no file system: its build puts `lexicon-browser.ts`
 * in place of this module (`web/vite.config.ts`).
 */
export function loadLexicon(): Lexicon | undefined {
  if (lexicon === undefined) {
    try {
      const file = path.join(path.dirname(nodeRequire.resolve('word-list')), 'words.txt')
      lexicon = sortedLines(readFileSync(file, 'utf8'))
    } catch {
      lexicon = null
    }
  }
  return lexicon ?? undefined
}

/**
 * The lines of a sorted list, looked up by binary search on the text itself: some 60 ms to index
 * and 4 MB, where a `Set` of the words took some 190 ms and 40 MB. A line out of order (the word
 * list has two: `manlihood` after `manlily`) would mislead the search: those are kept aside.
 */
export function sortedLines(text: string): Lexicon {
  const starts: number[] = []
  const outOfOrder = new Set<string>()
  let previous = ''
  for (let from = 0; from < text.length; from = lineEnd(text, from) + 1) {
    const line = text.slice(from, lineEnd(text, from))
    if (starts.length === 0 || line > previous) {
      starts.push(from)
      previous = line
    } else {
      outOfOrder.add(line)
    }
  }
  const lines = Int32Array.from(starts)
  return {
    has(word) {
      let low = 0
      let high = lines.length - 1
      while (low <= high) {
        const middle = (low + high) >>> 1
        const line = text.slice(lines[middle], lineEnd(text, lines[middle]))
        if (line === word) return true
        if (line < word) low = middle + 1
        else high = middle - 1
      }
      return outOfOrder.has(word)
    }
  }
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end === -1 ? text.length : end
}
