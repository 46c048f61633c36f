import {promises as fs, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'

/** Folders never searched, by folder walks or by globs: dependencies and version control. */
const skippedFolders = new Set(['node_modules', '.git'])
const globIgnore = [...skippedFolders].map((name) => `**/${name}/**`)

/** Characters without which a path cannot be a glob: plain paths never load the glob library. */
const mayBeGlob = (input: string) => /[*?[\]{}()!+@]/.test(input)

export interface Expanded {
  /** Sorted and without duplicates. */
  files: string[]
  /** The inputs that named no file: a glob that matched nothing, a folder without articles. */
  empty: string[]
}

/**
 * The files that paths, folders and globs name: folders are searched for the given extensions,
 * globs are expanded, and a path that does not exist is kept as it is (for the caller to report).
 */
export async function expandPaths(inputs: readonly string[], cwd: string, extensions: readonly string[]): Promise<Expanded> {
  const wanted = new Set(extensions.map((extension) => `.${extension}`))
  const found = new Set<string>()

  /** Files the current input names, counted so that an input naming none can be told apart. */
  let named = 0
  const take = (file: string) => {
    named++
    found.add(file)
  }

  /** Real paths of the folders the current input's walk has been through: a link back up is not taken. */
  let walked = new Set<string>()

  // Synchronous: a walk of thousands of files is cheaper without a promise per entry.
  function walk(folder: string): void {
    const absolute = path.resolve(cwd, folder)
    const real = realpathSync(absolute)
    if (walked.has(real)) return
    walked.add(real)
    for (const entry of readdirSync(absolute, {withFileTypes: true})) {
      // `folder` is normalised and a name holds no separator: no need for path.join's work.
      const child = folder === '.' ? entry.name : folder + path.sep + entry.name
      // A link is searched as what it points to; a broken one is kept, for the caller to report.
      const isFolder = entry.isSymbolicLink()
        ? statSync(path.resolve(cwd, child), {throwIfNoEntry: false})?.isDirectory() === true
        : entry.isDirectory()
      if (isFolder) {
        if (!skippedFolders.has(entry.name)) walk(child)
      } else if (wanted.has(path.extname(entry.name))) {
        take(child)
      }
    }
  }

  async function add(input: string, fromGlob: boolean): Promise<void> {
    const relative = path.relative(cwd, path.resolve(cwd, input)) || '.'
    let stats
    try {
      stats = await fs.stat(path.resolve(cwd, relative))
    } catch {
      if (!fromGlob) take(relative)
      return
    }
    if (stats.isDirectory()) walk(relative)
    else take(relative)
  }

  const empty: string[] = []
  for (const input of inputs) {
    named = 0
    walked = new Set()
    const globs = mayBeGlob(input) ? await import('glob') : undefined
    if (globs?.hasMagic(input)) {
      for (const match of await globs.glob(input, {cwd, ignore: globIgnore})) await add(match, true)
    } else {
      await add(input, false)
    }
    if (named === 0) empty.push(input)
  }
  return {files: [...found].sort(), empty}
}
