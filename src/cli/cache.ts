import {createHash} from 'node:crypto'
import {promises as fs} from 'node:fs'
import path from 'node:path'
import type {LintJob, LintResult} from '../lint-job.js'
import {writeFileAtomic} from './write-file.js'

interface CacheEntry {
  key: string
  result: LintResult
}

interface CacheFile {
  mtlintCache: 1
  entries: Record<string, CacheEntry>
}

/**
 * Results of earlier runs, by file path. An entry is used only when its key, a hash of the
 * file's text, its settings, the fix mode and mtlint's version, is the same: so a change to any of
 * them lints the file again. A cache file that cannot be read as one is ignored, with a warning.
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
      raw = await fs.readFile(location, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`cannot read cache ${location}: ${(error as Error).message}, ignoring it`)
      return cache
    }
    try {
      const data = JSON.parse(raw) as CacheFile
      if (data?.mtlintCache !== 1 || typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) {
        throw new Error('not an mtlint cache')
      }
      cache.entries = data.entries
    } catch (error) {
      warn(`cache ${location} is corrupt or not mtlint's (${(error as Error).message.split('\n')[0]}), ignoring it`)
    }
    return cache
  }

  key(job: LintJob): string {
    return createHash('sha256')
      .update(JSON.stringify([this.version, job.settings, job.fix, job.path ?? '']))
      .update('\0')
      .update(job.text)
      .digest('base64url')
  }

  get(path: string, key: string): LintResult | undefined {
    const entry = this.entries[path]
    return entry && entry.key === key && Array.isArray(entry.result?.messages) ? entry.result : undefined
  }

  set(path: string, key: string, result: LintResult): void {
    this.entries[path] = {key, result}
    this.changed = true
  }

  async save(): Promise<void> {
    if (!this.changed) return
    const data: CacheFile = {mtlintCache: 1, entries: this.entries}
    await fs.mkdir(path.dirname(this.location), {recursive: true})
    await writeFileAtomic(this.location, JSON.stringify(data))
  }
}
