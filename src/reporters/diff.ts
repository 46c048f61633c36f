import {createTwoFilesPatch} from 'diff'

/** The change `--fix` would make, as a unified diff (`a/` and `b/` prefixes, as git prints them). */
export function reportDiff(filePath: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = createTwoFilesPatch(`a/${filePath}`, `b/${filePath}`, before, after, undefined, undefined, {context: 3})
  return patch.replace(/^=+\n/, '')
}
