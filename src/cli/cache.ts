import {createHash} from 'node:crypto'
import {promises as fs, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Settings} from '../config.js'
import type {LintResult} from '../lint-job.js'
import {isFindingData} from '../message.js'
import type {FileState} from '../text-file.js'
import {writeFileAtomic} from './write-file.js'

/** The cache file's name, in `node_modules/.cache/mtlint/` by default (outside what git tracks, as Prettier does). */
const cacheName = '.mtlintcache'
const defaultFolder = path.join('node_modules', '.cache', 'mtlint')

/**
 * Where the cache file is: `--cache-location` as a file, or inside it when it ends in a separator
 * or names an existing folder; by default in `node_modules/.cache/mtlint/` of the working folder.
 */
export function cacheFile(cwd: string, location?: string): string {
  if (location === undefined) return path.resolve(cwd, defaultFolder, cacheName)
  const resolved = path.resolve(cwd, location)
  if (/[\\/]$/.test(location) || statSync(resolved, {throwIfNoEntry: false})?.isDirectory()) return path.join(resolved, cacheName)
  return resolved
}

/**
 * One file's entry, as a tuple: a cache holds thousands, and names repeated in each would make up
 * much of the file and of the time to parse it.
 */
type CacheEntry = [
  /** Index in `setups`. */
  setup: number,
  /** Hash of the file's text. */
  content: string,
  mtimeMs: number,
  size: number,
  result: LintResult
]

interface CacheFile {
  mtlintCache: 3
  /** Hashes of mtlint's version, settings and fix mode: the files of a run share a few. */
  setups: string[]
  entries: Record<string, CacheEntry>
}

/**
 * Results of earlier runs, by file path. A result is used only for the same mtlint version,
 * settings and fix mode, and the same text: recognised without reading the file when its
 * modification time and size are unchanged, else by the hash of its text. A cache file that cannot
 * be read as one is ignored, with a warning.
 */
export class LintCache {
  private setups: string[] = []
  private entries = new Map<string, CacheEntry>()
  private changed = false

  private constructor(
    private readonly location: string,
    private readonly version: string
  ) {}

  static async load(location: string, version: string, warn: (line: string) => void): Promise<LintCache> {
    const cache = new LintCache(location, version)
    let raw: string
    try {
      // Synchronous: nothing else is under way yet, and a promise reads a large file in slow chunks.
      raw = readFileSync(location, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read cache ${location}: ${(error as Error).message}, ignoring it`)
      return cache
    }
    try {
      const data = JSON.parse(raw) as CacheFile
      // Another version of mtlint wrote it: its results could not be used anyway.
      if (typeof data?.mtlintCache === 'number' && data.mtlintCache !== 3) return cache
      if (
        data?.mtlintCache !== 3 ||
        !Array.isArray(data.setups) ||
        !data.setups.every((setup) => typeof setup === 'string') ||
        typeof data.entries !== 'object' ||
        data.entries === null ||
        Array.isArray(data.entries)
      ) {
        throw new Error('not an mtlint cache')
      }
      cache.setups = data.setups
      // Rule ids are checked against the registry: loaded only when there are entries to check.
      const entries = Object.entries(data.entries)
      const {isKnownRuleId} = entries.length > 0 ? await import('../config.js') : {isKnownRuleId: () => false}
      let dropped = 0
      for (const [file, entry] of entries) {
        const checked = checkedEntry(entry, data.setups.length, isKnownRuleId)
        if (checked) cache.entries.set(file, checked)
        else dropped++
      }
      if (dropped > 0) warn(`cache ${location}: ${dropped} entries do not have the shape of a result, ignoring them`)
    } catch (error) {
      warn(`cache ${location} is corrupt or not mtlint's (${(error as Error).message.split('\n')[0]}), ignoring it`)
    }
    return cache
  }

  /** The setup of files with these settings in this fix mode, as the cache refers to it. */
  setupOf(settings: Settings, fix: boolean): number {
    const known = fix ? this.fixSetups : this.lintSetups
    let index = known.get(settings)
    if (index === undefined) {
      const key = createHash('sha256').update(JSON.stringify([this.version, settings, fix])).digest('base64url')
      index = this.setups.indexOf(key)
      if (index === -1) index = this.setups.push(key) - 1
      known.set(settings, index)
    }
    return index
  }

  /** Setups by settings object: derived once per configuration, not once per file. */
  private readonly lintSetups = new Map<Settings, number>()
  private readonly fixSetups = new Map<Settings, number>()

  /** The result for an unchanged file, by its state alone (no need to read it). */
  byState(filePath: string, setup: number, state: FileState): LintResult | undefined {
    const entry = this.valid(filePath, setup)
    return entry && entry[2] === state.mtimeMs && entry[3] === state.size ? entry[4] : undefined
  }

  /** The result for a file whose text hashes the same as when it was linted. */
  byContent(filePath: string, setup: number, content: string): LintResult | undefined {
    const entry = this.valid(filePath, setup)
    return entry && entry[1] === content ? entry[4] : undefined
  }

  /** Whether there is a result for the file in this setup at all: else there is no need to read it to look. */
  has(filePath: string, setup: number): boolean {
    return this.valid(filePath, setup) !== undefined
  }

  private valid(filePath: string, setup: number): CacheEntry | undefined {
    const entry = this.entries.get(filePath)
    return entry && entry[0] === setup ? entry : undefined
  }

  /** Store a lint's findings (never fixed text: a cached result only ever answers a lint). */
  set(filePath: string, setup: number, content: string, state: FileState, result: LintResult): void {
    this.entries.set(filePath, [setup, content, state.mtimeMs, state.size, {messages: result.messages}])
    this.changed = true
  }

  async save(): Promise<void> {
    if (!this.changed) return
    // Only setups that entries still refer to are kept: edits to configuration do not pile up.
    const renumbered = new Map<number, number>()
    for (const entry of this.entries.values()) {
      if (!renumbered.has(entry[0])) renumbered.set(entry[0], renumbered.size)
      entry[0] = renumbered.get(entry[0])!
    }
    const setups = [...renumbered.keys()].map((index) => this.setups[index])
    const data: CacheFile = {mtlintCache: 3, setups, entries: Object.fromEntries(this.entries)}
    await fs.mkdir(path.dirname(this.location), {recursive: true})
    await writeFileAtomic(this.location, JSON.stringify(data))
  }
}

/**
 * A cache entry as read from the file, if it has an entry's shape: a setup the file lists, a hash,
 * a time, a size, and findings that fit a text of that size (see `isFindingData`); else `undefined`.
 * Only the findings are kept.
 */
function checkedEntry(entry: unknown, setups: number, knownRule: (id: string) => boolean): CacheEntry | undefined {
  if (!Array.isArray(entry) || entry.length !== 5) return undefined
  const [setup, content, mtimeMs, size, result] = entry as unknown[]
  if (!Number.isSafeInteger(setup) || (setup as number) < 0 || (setup as number) >= setups) return undefined
  if (typeof content !== 'string' || typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) return undefined
  if (!Number.isSafeInteger(size) || (size as number) < 0) return undefined
  const messages = (result as {messages?: unknown} | null)?.messages
  if (!Array.isArray(messages) || !messages.every((message) => isFindingData(message, size as number, knownRule))) return undefined
  return [setup as number, content, mtimeMs, size as number, {messages}]
}
