import type {VFileMessage} from 'vfile-message'
import {safeEdits} from './message.js'
import type {Edit} from './message.js'

export type {Edit} from './message.js'

/** A fix that was applied: the message that asked for it, and where it was in the original text. */
export interface AppliedFix {
  message: VFileMessage
  /** Offsets in the text given to `fixText` (a later pass's edit is mapped back through the earlier ones). */
  from: number
  to: number
  /** The pass that applied it, from 1. */
  pass: number
}

export interface FixResult {
  output: string
  /** Messages of the last lint, on `output`. */
  messages: VFileMessage[]
  /** How many passes applied at least one edit. */
  passes: number
  /** Every fix applied, in pass order: what `--fix` changed, rule by rule. */
  applied: AppliedFix[]
}

export const maxPasses = 10

const bareLineFeed = /(?<!\r)\n/
const bareLineFeeds = /(?<!\r)\n/g

/** A letter or digit: an edit after another one is taken in the same pass only with one between them. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Apply edits in order of position. An edit waits for the next pass when it overlaps one already
 * taken (two insertions at the same point count as overlapping), and also when it comes from
 * another rule with no letter or digit between the two: each rule decided on the text around its
 * edit, which the other changes (`etc . the` → deleting the space makes `etc.` an abbreviation, so
 * `the` must not be capitalized in the same pass). A rule's own edits were decided together.
 * Returns the new text and the edits applied, in order.
 */
export function applyEdits<E extends Edit>(text: string, edits: readonly E[]): {output: string; applied: E[]} {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to)
  let output = ''
  let cursor = 0
  let lastFrom = -1
  const applied: E[] = []
  for (const edit of sorted) {
    if (edit.from < cursor || edit.from === lastFrom) continue
    if (text.slice(edit.from, edit.to) === edit.text) continue
    const last = applied[applied.length - 1]
    if (last && last.rule !== edit.rule && !wordCharacter.test(text.slice(cursor, edit.from))) continue
    output += text.slice(cursor, edit.from) + edit.text
    cursor = edit.to
    lastFrom = edit.from
    applied.push(edit)
  }
  return {output: output + text.slice(cursor), applied}
}

/**
 * Maps offsets of a pass's output back to its input, through the pass's edits (sorted, apart):
 * inside a replacement, to the start of what it replaced. Each look-up is a binary search: a pass
 * on an adversarial article may apply hundreds of thousands of edits.
 */
class PassMap {
  /** Where each edit's text starts in the output, and how far the output has moved before it. */
  private readonly starts: number[] = []
  private readonly shifts: number[] = []

  constructor(private readonly edits: readonly Edit[]) {
    let shift = 0
    for (const edit of edits) {
      this.starts.push(edit.from + shift)
      this.shifts.push(shift)
      shift += edit.text.length - (edit.to - edit.from)
    }
  }

  toInput(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.starts[middle] <= offset) {
        last = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    if (last === -1) return offset
    const edit = this.edits[last]
    const outputFrom = this.starts[last]
    if (offset < outputFrom + edit.text.length) return edit.from
    return offset - (this.shifts[last] + edit.text.length - (edit.to - edit.from))
  }
}

/**
 * Lint, apply the safe fixes, and lint again until nothing fixable is left, at most `maxPasses`
 * times; stops early on a cycle (a text seen before). `first`: the messages of `text`, when the
 * caller has them already.
 */
export function fixText(text: string, lint: (text: string) => VFileMessage[], first?: VFileMessage[]): FixResult {
  const seen = new Set<string>([text])
  let messages = first ?? lint(text)
  let passes = 0
  const applied: AppliedFix[] = []
  /** The edits of each pass so far, to map later offsets back to the original text. */
  const history: PassMap[] = []
  const toOriginal = (offset: number) => history.reduceRight((at, pass) => pass.toInput(at), offset)
  // A file that ends its lines with CRLF keeps doing so, whatever line break a rule writes, even
  // once an earlier pass removed every CRLF there was.
  const crlf = text.includes('\r\n') && !bareLineFeed.test(text)
  while (passes < maxPasses) {
    const edits = safeEdits(messages)
    if (crlf) for (const edit of edits) edit.text = edit.text.replace(bareLineFeeds, '\r\n')
    if (edits.length === 0) break
    const result = applyEdits(text, edits)
    if (result.applied.length === 0 || seen.has(result.output)) break
    seen.add(result.output)
    passes++
    for (const edit of result.applied) {
      applied.push({message: edit.message, from: toOriginal(edit.from), to: Math.max(toOriginal(edit.from), toOriginal(edit.to)), pass: passes})
    }
    history.push(new PassMap(result.applied))
    text = result.output
    messages = lint(text)
  }
  return {output: text, messages, passes, applied}
}
