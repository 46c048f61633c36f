import path from 'node:path'
import type {VFile} from 'vfile'

/**
 * A file's path relative to the working folder (CI systems want paths from the repository root),
 * with forward slashes; absolute when it lies outside.
 */
export function repositoryPath(file: VFile, cwd: string): string {
  const absolute = path.resolve(file.cwd ?? cwd, file.path)
  const relative = path.relative(cwd, absolute)
  const shown = relative === '' || path.isAbsolute(relative) ? absolute : relative
  return shown.split(path.sep).join('/')
}
