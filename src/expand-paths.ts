import {lstatSync, promises as fs, readdirSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'

/** Folders never searched, by folder walks or by globs: dependencies and version control. */
const skippedFolders = new Set(['node_modules', '.git'])
const globIgnore = [...skippedFolders].map((name) => `**/${name}/**`)

/** Characters without which a path cannot be a glob: plain paths never load the glob library. */
const mayBeGlob = (input: string) => /[*?[\]{}()!+@]/.test(input)

/** The real path of what a path names, following links; `undefined` when it cannot be resolved. */
function realPath(file: string): string | undefined {
  try {
    return realpathSync(file)
  } catch {
    return undefined
  }
}

/** Whether `file` (a real path) is `root` or lies under it. */
export function isWithin(file: string, root: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

export interface Expanded {
  /** Sorted and without duplicates. */
  files: string[]
  /** The inputs that named no file: a glob that matched nothing, a folder without articles. */
  empty: string[]
  /** Real paths of the folders given and of the files named: nothing outside them is written. */
  roots: string[]
  /**
   * Entries with an article's extension that folder walks and globs left out: FIFOs, sockets,
   * devices (never opened), and links that lead outside the folder walked (or, for a glob, the working folder).
   */
  skipped: number
}

/**
 * The files that paths, folders and globs name: folders are searched for the given extensions,
 * globs are expanded, and a path that does not exist is kept as it is (for the caller to report).
 * Folder walks take regular files only, and never follow a link to a folder or out of the folder.
 */
export async function expandPaths(inputs: readonly string[], cwd: string, extensions: readonly string[]): Promise<Expanded> {
  // In any case: `.TXT` and `.Md` are the same formats.
  const wanted = new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))
  const found = new Set<string>()
  const roots = new Set<string>()
  let skipped = 0

  /** Files the current input names, counted so that an input naming none can be told apart. */
  let named = 0
  const take = (file: string) => {
    named++
    found.add(file)
  }

  /**
   * A link met in a walk of `root`: a link to a file in `root` is taken; a link to a folder is not
   * followed (its files inside are found under their own paths, where ignore files and configuration
   * apply); one leading out of `root`, or to what is not a regular file, is skipped. A link that
   * cannot be resolved (it points nowhere, or loops) is kept for the caller to report.
   */
  function link(child: string, root: string, article: boolean): void {
    const absolute = path.resolve(cwd, child)
    let stat
    try {
      stat = statSync(absolute)
    } catch {
      if (article) take(child)
      return
    }
    if (stat.isDirectory()) {
      if (!isWithin(realPath(absolute) ?? '', root)) skipped++
      return
    }
    if (!article) return
    if (stat.isFile() && isWithin(realPath(absolute) ?? '', root)) take(child)
    else skipped++
  }

  // Synchronous: a walk of thousands of files is cheaper without a promise per entry.
  function walk(folder: string, root: string): void {
    for (const entry of readdirSync(path.resolve(cwd, folder), {withFileTypes: true})) {
      // `folder` is normalised and a name holds no separator: no need for path.join's work.
      const child = folder === '.' ? entry.name : folder + path.sep + entry.name
      const article = wanted.has(path.extname(entry.name).toLowerCase())
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) walk(child, root)
      } else if (entry.isSymbolicLink()) {
        link(child, root, article)
      } else if (article) {
        // A FIFO, a socket or a device is never opened: reading one can hang or never end.
        if (entry.isFile()) take(child)
        else skipped++
      }
    }
  }

  async function add(input: string, fromGlob: boolean): Promise<void> {
    const relative = path.relative(cwd, path.resolve(cwd, input)) || '.'
    const absolute = path.resolve(cwd, relative)
    let stats
    try {
      stats = await fs.stat(absolute)
    } catch {
      if (!fromGlob) take(relative)
      return
    }
    const real = realPath(absolute)!
    if (stats.isDirectory()) {
      roots.add(real)
      walk(relative, real)
      return
    }
    // A glob's match through a link must stay in the working folder, as a walk's must stay in its folder.
    if (fromGlob && lstatSync(absolute).isSymbolicLink() && !isWithin(real, realPath(cwd) ?? cwd)) {
      skipped++
      return
    }
    roots.add(real)
    take(relative)
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
  return {files: [...found].sort(), empty, roots: [...roots], skipped}
}
