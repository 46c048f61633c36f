import {promises as fs, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'

/** Folders never searched, by folder walks or by globs: dependencies and version control. */
const skippedFolders = new Set(['node_modules', '.git'])
const globIgnore = [...skippedFolders].map((name) => `**/${name}/**`)

/** Characters without which a path cannot be a glob: plain paths never load the glob library. */
const mayBeGlob = (input: string) => /[*?[\]{}()!+@]/.test(input)

/** The real path of a folder, following links; `undefined` for anything else or what cannot be read. */
function realFolder(file: string): string | undefined {
  try {
    return statSync(file).isDirectory() ? realpathSync(file) : undefined
  } catch {
    return undefined
  }
}

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

  /**
   * Real paths of the folders given: a link into one of them is not followed, since its files are
   * found under their own paths, where ignore files and configuration apply as they should.
   */
  const given = inputs.flatMap((input) => {
    const real = realFolder(path.resolve(cwd, input))
    return real === undefined ? [] : [real]
  })
  /** Real paths of the folders reached through links: each is searched once, so links cannot loop. */
  const followed = new Set<string>()

  /** Whether to search the folder a link points to (its real path): outside the folders given, and not searched yet. */
  function follow(real: string): boolean {
    if (followed.has(real)) return false
    if (given.some((folder) => real === folder || real.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep))) return false
    followed.add(real)
    return true
  }

  // Synchronous: a walk of thousands of files is cheaper without a promise per entry.
  function walk(folder: string): void {
    for (const entry of readdirSync(path.resolve(cwd, folder), {withFileTypes: true})) {
      // `folder` is normalised and a name holds no separator: no need for path.join's work.
      const child = folder === '.' ? entry.name : folder + path.sep + entry.name
      const linked = entry.isSymbolicLink() ? realFolder(path.resolve(cwd, child)) : undefined
      if (entry.isDirectory() || linked !== undefined) {
        if (!skippedFolders.has(entry.name) && (linked === undefined || follow(linked))) walk(child)
      } else if (wanted.has(path.extname(entry.name))) {
        // A link to a file, even a broken one, is kept: the caller reports what it cannot read.
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
