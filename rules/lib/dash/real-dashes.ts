import {digit, openSides} from './found.js'
import type {DashStyle, Found, Scan} from './found.js'

/** A real dash, with the spaces or tabs around it: `—`, ` — `, ` – `. */
const realDash = /[ \t]*[—–][ \t]*/g

/** Real dashes of a paragraph: each em dash (and how it is spaced) and each spaced en dash. */
export function scanRealDashes({text, value, offset}: Scan): Found[] {
  const found: Found[] = []
  for (const match of value.matchAll(realDash)) {
    const raw = match[0]
    const markAt = raw.search(/[—–]/)
    const mark = raw[markAt]
    const spacedBefore = markAt > 0
    const spacedAfter = markAt < raw.length - 1
    const from = offset + match.index
    const to = from + raw.length
    const [leftOpen, rightOpen] = openSides(text, from, to)
    if (mark === '–') {
      // A closed en dash joins a range or a compound (`1990–2000`, `Franco–German`): not a dash.
      if (!spacedBefore || !spacedAfter || !leftOpen || !rightOpen) continue
      if (digit.test(text[from - 1]) && digit.test(text[to])) continue
      found.push({kind: 'real', from, to, leftOpen, rightOpen, style: 'en-spaced'})
      continue
    }
    let style: DashStyle | 'em-unknown' = 'em-unknown'
    if (leftOpen && rightOpen && spacedBefore === spacedAfter) style = spacedBefore ? 'em-spaced' : 'em'
    found.push({kind: 'real', from, to, leftOpen, rightOpen, style})
  }
  return found
}
