import {formatPatch, lineDiff} from 'diff'
import type {StructuredPatch, StructuredPatchHunk} from 'diff'

/**
 * jsdiff's `createTwoFilesPatch(oldName, newName, before, after, undefined, undefined, {context})`,
 * the same text, in a fraction of its time on a long file with changes all over it.
 *
 * jsdiff 9 keeps its furthest-reaching paths in an array indexed by diagonal, from `-d` to `d`:
 * the negative indices are named properties, not elements, so each of its D² steps (D lines
 * changed) is a look-up by a string made from a number, some 350 ns. On a 5 MB article with 3,800
 * lines changed that is 2.6 s. Here the same search runs on typed arrays with an offset, over
 * lines interned as numbers: the same steps in the same order, with the same ties broken the same
 * way (jsdiff's `diffWithOptionsObj`, `addToPath` and `extractCommon` with default options), so the
 * same changes; the hunks are cut as jsdiff's `structuredPatch` cuts them, and jsdiff's
 * `formatPatch` writes them. `tests/line-diff.test.ts` compares the text with jsdiff's on
 * generated files.
 */
export function createLinePatch(oldName: string, newName: string, before: string, after: string, context: number): string {
  const oldLines = tokenize(before)
  const newLines = tokenize(after)
  const patch: StructuredPatch = {oldFileName: oldName, newFileName: newName, oldHeader: undefined, newHeader: undefined, hunks: hunksOf(changesOf(oldLines, newLines), context)}
  return formatPatch(patch)
}

/** A run of lines the same on both sides, added or removed; `previous` links a path's runs backwards. */
interface Run {
  count: number
  added: boolean
  removed: boolean
  previous: Run | undefined
}

/** The lines as jsdiff's line diff splits them: each with its line break, empty ones left out. */
function tokenize(text: string): string[] {
  return lineDiff.removeEmpty(lineDiff.tokenize(text, {})) as string[]
}

/** Each line as a number, equal lines the same number, so that comparing two is comparing numbers. */
function intern(oldLines: readonly string[], newLines: readonly string[]): {oldIds: Int32Array; newIds: Int32Array} {
  const ids = new Map<string, number>()
  const idsOf = (lines: readonly string[]) => {
    const out = new Int32Array(lines.length)
    for (let at = 0; at < lines.length; at++) {
      let id = ids.get(lines[at])
      if (id === undefined) ids.set(lines[at], (id = ids.size))
      out[at] = id
    }
    return out
  }
  return {oldIds: idsOf(oldLines), newIds: idsOf(newLines)}
}

/** No path on this diagonal (jsdiff's `undefined`): a path's position in the old lines is at least -1. */
const none = -2

/**
 * The changes jsdiff's `diffLines` finds, as runs with their lines: Myers's search as jsdiff 9 runs
 * it, step for step (see `createLinePatch`).
 */
function changesOf(oldLines: readonly string[], newLines: readonly string[]): Array<{lines: string[]; added: boolean; removed: boolean}> {
  const {oldIds, newIds} = intern(oldLines, newLines)
  const oldLength = oldIds.length
  const newLength = newIds.length
  const offset = oldLength + newLength + 1
  // Per diagonal (index + offset): the furthest position in the old lines, and the path's last run.
  const positions = new Int32Array(2 * offset + 1).fill(none)
  const runs: Array<Run | undefined> = new Array<Run | undefined>(2 * offset + 1).fill(undefined)

  /** The last run of the path `extend` extended last (a second result, not a pair made on each of the D² steps). */
  let last: Run | undefined
  /** Follow equal lines along the diagonal from `oldPos`, after the path's run `from`; the new position in the old lines. */
  const extend = (oldPos: number, diagonal: number, from: Run | undefined): number => {
    let newPos = oldPos - diagonal
    let common = 0
    while (newPos + 1 < newLength && oldPos + 1 < oldLength && oldIds[oldPos + 1] === newIds[newPos + 1]) {
      newPos++
      oldPos++
      common++
    }
    last = common > 0 ? {count: common, added: false, removed: false, previous: from} : from
    return oldPos
  }
  const step = (last: Run | undefined, added: boolean, removed: boolean): Run =>
    last && last.added === added && last.removed === removed
      ? {count: last.count + 1, added, removed, previous: last.previous}
      : {count: 1, added, removed, previous: last}

  const start = extend(-1, 0, undefined)
  if (start + 1 >= oldLength && start + 1 >= newLength) return linesOf(last, oldLines, newLines)
  positions[offset] = start
  runs[offset] = last
  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let editLength = 1; editLength <= oldLength + newLength; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const at = diagonal + offset
      const removeFrom = positions[at - 1]
      const addFrom = positions[at + 1]
      const removeRun = runs[at - 1]
      if (removeFrom !== none) {
        positions[at - 1] = none
        runs[at - 1] = undefined
      }
      const addNewPos = addFrom - diagonal
      const canAdd = addFrom !== none && addNewPos >= 0 && addNewPos < newLength
      const canRemove = removeFrom !== none && removeFrom + 1 < oldLength
      if (!canAdd && !canRemove) {
        positions[at] = none
        runs[at] = undefined
        continue
      }
      const oldPos =
        !canRemove || (canAdd && removeFrom < addFrom)
          ? extend(addFrom, diagonal, step(runs[at + 1], true, false))
          : extend(removeFrom + 1, diagonal, step(removeRun, false, true))
      const newPos = oldPos - diagonal
      if (oldPos + 1 >= oldLength && newPos + 1 >= newLength) return linesOf(last, oldLines, newLines)
      positions[at] = oldPos
      runs[at] = last
      if (oldPos + 1 >= oldLength) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (newPos + 1 >= newLength) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  throw new Error('line diff: no path found')
}

/** The runs of a path in order, each with its lines (jsdiff's `buildValues`). */
function linesOf(last: Run | undefined, oldLines: readonly string[], newLines: readonly string[]): Array<{lines: string[]; added: boolean; removed: boolean}> {
  const ordered: Run[] = []
  for (let run = last; run; run = run.previous) ordered.push(run)
  ordered.reverse()
  let oldPos = 0
  let newPos = 0
  return ordered.map((run) => {
    let lines: string[]
    if (run.removed) {
      lines = oldLines.slice(oldPos, (oldPos += run.count))
    } else {
      lines = newLines.slice(newPos, (newPos += run.count))
      if (!run.added) oldPos += run.count
    }
    return {lines, added: run.added, removed: run.removed}
  })
}

/** The hunks of a diff, as jsdiff's `structuredPatch` cuts them: changes with `context` lines around, joined when their context meets. */
function hunksOf(diff: Array<{lines: string[]; added: boolean; removed: boolean}>, context: number): StructuredPatchHunk[] {
  diff.push({lines: [], added: false, removed: false})
  const contextLines = (lines: readonly string[]) => lines.map((line) => ' ' + line)
  const hunks: StructuredPatchHunk[] = []
  let oldRangeStart = 0
  let newRangeStart = 0
  let range: string[] = []
  let oldLine = 1
  let newLine = 1
  for (let index = 0; index < diff.length; index++) {
    const {lines, added, removed} = diff[index]
    if (added || removed) {
      if (!oldRangeStart) {
        const previous = diff[index - 1]
        oldRangeStart = oldLine
        newRangeStart = newLine
        if (previous) {
          range = context > 0 ? contextLines(previous.lines.slice(-context)) : []
          oldRangeStart -= range.length
          newRangeStart -= range.length
        }
      }
      for (const line of lines) range.push((added ? '+' : '-') + line)
      if (added) newLine += lines.length
      else oldLine += lines.length
    } else {
      if (oldRangeStart) {
        if (lines.length <= context * 2 && index < diff.length - 2) {
          for (const line of contextLines(lines)) range.push(line)
        } else {
          const contextSize = Math.min(lines.length, context)
          for (const line of contextLines(lines.slice(0, contextSize))) range.push(line)
          hunks.push({oldStart: oldRangeStart, oldLines: oldLine - oldRangeStart + contextSize, newStart: newRangeStart, newLines: newLine - newRangeStart + contextSize, lines: range})
          oldRangeStart = 0
          newRangeStart = 0
          range = []
        }
      }
      oldLine += lines.length
      newLine += lines.length
    }
  }
  // Each line without its line break; after a last line that has none, git's marker.
  for (const hunk of hunks) {
    for (let index = 0; index < hunk.lines.length; index++) {
      if (hunk.lines[index].endsWith('\n')) {
        hunk.lines[index] = hunk.lines[index].slice(0, -1)
      } else {
        hunk.lines.splice(index + 1, 0, '\\ No newline at end of file')
        index++
      }
    }
  }
  return hunks
}
