import type {VFileMessage} from 'vfile-message'
import {offsetsOf} from './message-range.js'

export interface Edit {
  from: number
  to: number
  text: string
}

export interface FixResult {
  output: string
  /** Messages of the last lint, on `output`. */
  messages: VFileMessage[]
  /** How many passes applied at least one edit. */
  passes: number
}

export const maxPasses = 10

/** The edit a message asks for, when `--fix` may apply it unattended. */
export function safeEdit(message: VFileMessage): Edit | undefined {
  if (!message.fixable || !message.expected || message.expected.length !== 1) return undefined
  const offsets = offsetsOf(message)
  return offsets && {...offsets, text: message.expected[0]}
}

/**
 * Apply edits in order of position; an edit that overlaps one already taken waits for the next
 * pass (two insertions at the same point also count as overlapping). Returns the new text and
 * how many edits were applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): {output: string; applied: number} {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.to - b.to)
  let output = ''
  let cursor = 0
  let lastFrom = -1
  let applied = 0
  for (const edit of sorted) {
    if (edit.from < cursor || edit.from === lastFrom) continue
    if (text.slice(edit.from, edit.to) === edit.text) continue
    output += text.slice(cursor, edit.from) + edit.text
    cursor = edit.to
    lastFrom = edit.from
    applied++
  }
  return {output: output + text.slice(cursor), applied}
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
  while (passes < maxPasses) {
    const edits = messages.map(safeEdit).filter((edit): edit is Edit => edit !== undefined)
    if (edits.length === 0) break
    const {output, applied} = applyEdits(text, edits)
    if (applied === 0 || seen.has(output)) break
    seen.add(output)
    text = output
    messages = lint(text)
    passes++
  }
  return {output: text, messages, passes}
}
