import type {Change} from 'diff'
import type {Edit} from './message.js'

/**
 * The stretches a character diff changes, as edits of the old text: offsets from `start` (where
 * the diffed text begins in it), each replacing `from..to` with `text`.
 */
export function changedStretches(changes: readonly Change[], start = 0): Edit[] {
  const edits: Edit[] = []
  let cursor = start
  let pending: Edit | undefined
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (pending) edits.push(pending)
      pending = undefined
      cursor += change.value.length
      continue
    }
    pending ??= {from: cursor, to: cursor, text: ''}
    if (change.removed) {
      cursor += change.value.length
      pending.to = cursor
    } else {
      pending.text += change.value
    }
  }
  if (pending) edits.push(pending)
  return edits
}
