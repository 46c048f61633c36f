import path from 'node:path'
import ignore from 'ignore'
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The file matched an `ignore` glob of its configuration: it is not linted or reported. */
    mtlintIgnored: boolean
  }
}

export interface IgnoreOptions {
  /** The folder of the configuration file the globs are relative to. */
  base: string
  patterns: string[]
}

/**
 * A unified plugin for the `ignore` globs of a configuration file (gitignore syntax, relative to
 * the file's folder, as in `.mtlintignore`): marks matching files so that mtlint skips them.
 */
export function ignoreFiles(options: IgnoreOptions): Transformer<Root, Root> {
  const matcher = ignore().add(options.patterns)
  return function (_, file: VFile) {
    if (!file.path) return
    const relative = path.relative(options.base, path.resolve(file.cwd, file.path))
    if (relative.startsWith('..') || path.isAbsolute(relative)) return
    if (matcher.ignores(relative.split(path.sep).join('/'))) {
      file.data.mtlintIgnored = true
      file.data.unifiedEngineIgnored = true
    }
  }
}
