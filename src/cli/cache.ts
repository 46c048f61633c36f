import {createHash} from 'node:crypto'
import {promises as fs, readFileSync} from 'node:fs'
import path from 'node:path'
import type {Settings} from '../config.js'
import type {LintResult} from '../lint-job.js'
import {writeFileAtomic} from './write-file.js'

interface CacheEntry {
  /** Hash of mtlint's version, the file's settings and the fix mode. */
  setup: string
  /** Hash of the file's text. */
  content: string
  mtimeMs: number
  size: number
  result: LintResult
}

interface CacheFile {
  mtlintCache: 2
  entries: Record<string, CacheEntry>
}

export interface FileState {
  mtimeMs: number
  size: number
}

/**
 * Results of earlier runs, by file path. A result is used only for the same mtlint version,
 * settings and fix mode, and the same text: recognised without reading the file when its
 * modification time and size are unchanged, else by the hash of its text. A cache file that cannot
 * be read as one is ignored, with a warning.
 */
export class LintCache {
  private entries: Record<string, CacheEntry> = {}
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
      if (data?.mtlintCache !== 2 || typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) {
        throw new Error('not an mtlint cache')
      }
      cache.entries = data.entries
    } catch (error) {
      warn(`cache ${location} is corrupt or not mtlint's (${(error as Error).message.split('\n')[0]}), ignoring it`)
    }
    return cache
  }

  /** The key of a setup; entries are by path already, so the path need not be part of it. */
  setupKey(settings: Settings, fix: boolean): string {
    const setups = fix ? this.fixSetups : this.lintSetups
    let key = setups.get(settings)
    if (key === undefined) {
      key = createHash('sha256').update(JSON.stringify([this.version, settings, fix])).digest('base64url')
      setups.set(settings, key)
    }
    return key
  }

  /** Setup keys by settings object: the files of a run share a few. */
  private readonly lintSetups = new Map<Settings, string>()
  private readonly fixSetups = new Map<Settings, string>()

  /** The result for an unchanged file, by its state alone (no need to read it). */
  byState(filePath: string, setup: string, state: FileState): LintResult | undefined {
    const entry = this.valid(filePath, setup)
    return entry && entry.mtimeMs === state.mtimeMs && entry.size === state.size ? entry.result : undefined
  }

  /** The result for a file whose text hashes the same as when it was linted. */
  byContent(filePath: string, setup: string, content: string): LintResult | undefined {
    const entry = this.valid(filePath, setup)
    return entry && entry.content === content ? entry.result : undefined
  }

  private valid(filePath: string, setup: string): CacheEntry | undefined {
    const entry = this.entries[filePath]
    return entry && entry.setup === setup && Array.isArray(entry.result?.messages) ? entry : undefined
  }

  set(filePath: string, entry: CacheEntry): void {
    this.entries[filePath] = entry
    this.changed = true
  }

  async save(): Promise<void> {
    if (!this.changed) return
    const data: CacheFile = {mtlintCache: 2, entries: this.entries}
    await fs.mkdir(path.dirname(this.location), {recursive: true})
    await writeFileAtomic(this.location, JSON.stringify(data))
  }
}
