import {statSync} from 'node:fs'
import path from 'node:path'
import type {Settings} from '../config.js'
import {presets} from '../presets.js'
import {ConfigFileError, Discovery, readIgnoreFiles} from '../discover.js'
import type {FolderSetup, IgnoreSource} from '../discover.js'
import {expandPaths} from '../expand-paths.js'
import {kindOfEntry, readTextFile} from '../text-file.js'
import type {FileState, TextEncoding} from '../text-file.js'
import type {SourceInput} from '../source/bitext.js'

/** A file to lint, with the settings that apply to it, or the reason it cannot be linted. */
export interface Article {
  /** As given or found, relative to the working folder; `undefined` for standard input without a name. */
  path?: string
  /** The text; read lazily, since an unchanged file answered from the cache is never read. */
  text?: string
  settings: Settings
  /** Modification time and size, for the cache to recognise an unchanged file without reading it. */
  stat?: FileState
  /** How the file is encoded, once read: a fix is written back the same way. */
  encoding?: TextEncoding
  /** Why the file cannot be linted: exit code 2. */
  error?: string
  /** The source it translates (`--source`, or the configuration's naming convention). */
  source?: SourceInput
}

export interface CollectOptions {
  cwd: string
  paths: readonly string[]
  extensions: readonly string[]
  configPath?: string
  /** Rule settings from the command line, over every configuration. */
  rules: Settings['rules']
  /** `--max-file-size`: a larger file is a file error. */
  maxFileSize: number
  /** Told how many files the paths name, before their settings are looked up. */
  onFound?: (count: number) => void
}

/**
 * The command line's `--rule id=severity` settings over a file's configuration; options the
 * configuration, or its preset, gives the rule are kept.
 */
export function withOverrides(settings: Settings, rules: Settings['rules']): Settings {
  if (!rules || Object.keys(rules).length === 0) return settings
  const preset = presets[settings.preset ?? 'recommended']
  const merged = {...settings.rules}
  for (const [id, value] of Object.entries(rules)) {
    const severity = Array.isArray(value) ? value[0] : value
    const configured = merged[id] ?? preset[id]
    const options = Array.isArray(configured) && configured.length > 1 ? configured[1] : undefined
    merged[id] = options ? [severity, {...options}] : value
  }
  return {...settings, rules: merged}
}

/**
 * Where the run finds each file's settings and whether it is ignored: `--config`, `--ignore-path`
 * and `--no-ignore` as given. Throws a `ConfigFileError` for an ignore file that cannot be read.
 */
export function createDiscovery(options: {config?: string; ignorePaths: readonly string[]; noIgnore: boolean}, cwd: string): Discovery {
  const ignoring: IgnoreSource = options.noIgnore
    ? {kind: 'none'}
    : options.ignorePaths.length > 0
      ? {kind: 'given', rules: readIgnoreFiles(options.ignorePaths.map((file) => path.resolve(cwd, file)))}
      : {kind: 'found'}
  return new Discovery(options.config === undefined ? undefined : path.resolve(cwd, options.config), ignoring)
}

export interface Collected {
  articles: Article[]
  /** How many files configuration or ignore files leave out. */
  ignored: number
  /** The inputs that named no file. */
  empty: string[]
  /** Real paths of the folders and files given: `--fix` writes nowhere else. */
  roots: string[]
  /** Entries of folder walks left out: not regular files, or links leading outside the folder. */
  skipped: number
}

/**
 * The files that paths, folders and globs name, less those ignored (`.mtlintignore`, `ignore` in
 * configuration), each with its settings and its file status. Sorted by path.
 */
export async function collectArticles(
  options: CollectOptions,
  discovery: Discovery
): Promise<Collected> {
  const {files: paths, empty, roots, skipped} = await expandPaths(options.paths, options.cwd, options.extensions)
  options.onFound?.(paths.length)
  let ignored = 0
  const articles: Article[] = []
  // One settings object per configuration, so that what is derived from settings is derived once.
  const withRules = new Map<Settings, Settings>()
  // Consecutive files of one folder share its setup without even a look-up in the cache of folders.
  let setupFolder: string | undefined
  let setup: FolderSetup | undefined
  for (const file of paths) {
    const absolute = path.resolve(options.cwd, file)
    // Synchronous: thousands of small stats in a row are cheaper than as many promises.
    let stat
    try {
      stat = statSync(absolute, {throwIfNoEntry: false})
    } catch (error) {
      // A link that loops, a folder that cannot be entered.
      articles.push({path: file, settings: {}, error: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`})
      continue
    }
    if (!stat) {
      articles.push({path: file, settings: {}, error: 'No such file or folder'})
      continue
    }
    // Named on the command line: a FIFO, a socket or a device is never opened.
    if (!stat.isFile()) {
      articles.push({path: file, settings: {}, error: `not a regular file (${kindOfEntry(stat)})`})
      continue
    }
    if (stat.size > options.maxFileSize) {
      articles.push({path: file, settings: {}, error: `too large (${stat.size} bytes, more than --max-file-size ${options.maxFileSize})`})
      continue
    }
    try {
      const folder = path.dirname(absolute)
      if (folder !== setupFolder) [setupFolder, setup] = [folder, await discovery.folder(folder)]
      if (setup!.ignores(absolute)) {
        ignored++
        continue
      }
      if (setup!.config instanceof ConfigFileError) throw setup!.config
      const {settings} = setup!.config
      let merged = withRules.get(settings)
      if (!merged) withRules.set(settings, (merged = withOverrides(settings, options.rules)))
      articles.push({path: file, settings: merged, stat: {mtimeMs: stat.mtimeMs, size: stat.size}})
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error
      articles.push({path: file, settings: {}, error: error.message})
    }
  }
  return {articles, ignored, empty, roots, skipped}
}

/** Read an article's text, checking that it is text: sets `text`, or `error`. */
export function readArticle(article: Article, cwd: string, maxSize: number): void {
  if (article.text !== undefined || article.error || !article.path) return
  const read = readTextFile(path.resolve(cwd, article.path), maxSize)
  if ('error' in read) {
    article.error = read.error
  } else {
    article.text = read.text
    article.encoding = read.encoding
    // The state of the file as read, which the cache stores with its result.
    if (article.stat) article.stat = read.state
  }
}
