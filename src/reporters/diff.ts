import {createLinePatch} from './line-diff.js'

/** The change `--fix` would make, as a unified diff (`a/` and `b/` prefixes, as git prints them). */
export function reportDiff(filePath: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = createLinePatch(`a/${filePath}`, `b/${filePath}`, before, after, 3)
  return patch.replace(/^=+\n/, '')
}
