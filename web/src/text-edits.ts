import {diffChars} from 'diff'
import type {Edit} from '../../src/message.js'
import {changedStretches} from '../../src/text-diff.js'

/**
 * The edits that turn `before` into `after`, small where the texts differ little, so that the
 * editor keeps the cursor and one undo step restores the text; one edit of the whole text when the
 * diff would take too long.
 */
export function editsBetween(before: string, after: string): Edit[] {
  if (before === after) return []
  const changes = diffChars(before, after, {maxEditLength: 5000, timeout: 500})
  return changes ? changedStretches(changes) : [{from: 0, to: before.length, text: after}]
}
