import type {Point} from 'unist'
import type {VFileMessage} from 'vfile-message'

/** A message's start and end points: its `place` as a range (a single point is an empty range). */
export function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? {start: place.start, end: place.end} : {start: place, end: place}
}

/** A message's start and end offsets, when its points carry them. */
export function offsetsOf(message: VFileMessage): {from: number; to: number} | undefined {
  const range = rangeOf(message)
  const from = range?.start.offset
  const to = range?.end.offset ?? from
  return from === undefined || to === undefined ? undefined : {from, to}
}
