import {digit, numberLike, opening, openSides} from './found.js'
import type {Found, Scan} from './found.js'
import {hyphenNames} from '../../data/mark-names.js'

/** The word right before a mark, past spaces. */
const wordBeforeMark = /(\p{L}+)[ \t]+$/u

/** `--` or `- -` used as a dash, with the spaces around it. Three or more hyphens are a rule or art. */
const doubleHyphen = /[ \t]*(?<!-)(?:--|- -(?=[ \t]))(?!-)[ \t]*/g

/** `--` (and `- -`) standing for a dash; not a signature, markup, a command-line flag or a range. */
export function scanDoubleHyphens({text, value, offset}: Scan): Found[] {
  const found: Found[] = []
  for (const match of value.matchAll(doubleHyphen)) {
    const raw = match[0]
    const from = offset + match.index
    const to = from + raw.length
    const markFrom = from + raw.search(/-/)
    const markTo = markFrom + (raw.includes('- -') ? 3 : 2)
    const [leftOpen, rightOpen] = openSides(text, from, to)
    const before = text[from - 1] ?? '\n'
    const after = text[to] ?? '\n'
    // At the start of a line: a signature (`-- Ann`) or a list; `<!--` and `-->`: markup.
    if (!leftOpen && !opening.test(before)) continue
    if (before === '!' || after === '>') continue
    // A command-line flag (`run --fix`), or the end of a command's options before an argument
    // that looks like one (`rm -- -file`).
    if (markFrom > from || before === ' ' || before === '\t') {
      if (markTo === to && /[\p{L}\p{N}]/u.test(after)) continue
      if (after === '-' && markTo < to) continue
    }
    // Talked about, not used: `two hyphens --`.
    if (hyphenNames.has(wordBeforeMark.exec(text.slice(Math.max(0, markFrom - 12), markFrom))?.[1].toLowerCase() ?? '')) continue
    // A range in TeX style (`pages 10--20`), or `- -` beside a number: a table's empty cell.
    if (markFrom === from && markTo === to && digit.test(before) && digit.test(after)) continue
    if (markTo - markFrom === 3 && (numberLike.test(before) || numberLike.test(after))) continue
    found.push({kind: 'doubleHyphen', from, to, leftOpen, rightOpen, guard: [markFrom, markTo]})
  }
  return found
}
