import {promises as fs} from 'node:fs'
import path from 'node:path'
import ignore from 'ignore'
import type {Ignore} from 'ignore'
import {parse as parseYaml} from 'yaml'
import {ConfigError, settingKeys, validateSettings} from './config.js'
import type {Settings} from './config.js'

/**
 * Where a file's settings come from: the nearest configuration file upward from it (one per
 * folder, in this order of preference), or the `mtlint` key of the nearest `package.json` that has
 * one. The nearest wins; they do not cascade.
 */
export const configNames = ['.mtlintrc', '.mtlintrc.json', '.mtlintrc.yaml', '.mtlintrc.yml', 'package.json'] as const
export const ignoreName = '.mtlintignore'

export interface FoundConfig {
  /** The configuration file, or `undefined` when none was found (the defaults apply). */
  file?: string
  settings: Settings
}

/** A configuration file that cannot be used; the message names the file and the cause. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    throw error
  }
}

/**
 * Parse and check one configuration file (its text, when already read); `undefined` for a
 * `package.json` without an `mtlint` key. Errors name the file as seen from the working folder.
 */
export async function loadConfigFile(file: string, given?: string): Promise<Settings | undefined> {
  const text = given ?? (await readIfExists(file))
  const shown = path.relative(process.cwd(), file) || file
  if (text === undefined) throw new ConfigFileError(`Cannot read configuration \`${shown}\``)
  const name = path.basename(file)
  let raw: unknown
  try {
    raw = name.endsWith('.yaml') || name.endsWith('.yml') ? parseYaml(text) : parseJsonOrYaml(text, name)
  } catch (error) {
    throw new ConfigFileError(`Cannot parse file \`${shown}\`: ${(error as Error).message.split('\n')[0]}`)
  }
  if (name === 'package.json') {
    raw = (raw as Record<string, unknown> | null)?.mtlint
    if (raw === undefined) return undefined
  }
  try {
    return validateSettings(raw, settingKeys)
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(`Cannot parse file \`${shown}\`: ${error.message}`)
    throw error
  }
}

/** `.mtlintrc` may be JSON or YAML; the other names say which they are. */
function parseJsonOrYaml(text: string, name: string): unknown {
  if (name !== '.mtlintrc') return JSON.parse(text)
  try {
    return JSON.parse(text)
  } catch {
    return parseYaml(text)
  }
}

/**
 * Finds the configuration and ignore files that apply to files, caching by folder: an archive of
 * thousands of files in a few folders costs a few look-ups. Make a new one to see edits to them.
 */
export class Discovery {
  private readonly configs = new Map<string, Promise<FoundConfig>>()
  private readonly ignores = new Map<string, Promise<{base: string; matcher: Ignore} | undefined>>()
  private readonly configIgnores = new Map<string, Ignore>()

  /** `configFile`: one configuration for every file (`--config`), instead of searching. */
  constructor(private readonly configFile?: string) {}

  /** The settings of a file, or a `ConfigFileError`. */
  configFor(file: string): Promise<FoundConfig> {
    if (this.configFile) return this.cached(this.configs, '', () => this.load(this.configFile!))
    return this.configIn(path.dirname(path.resolve(file)))
  }

  private configIn(folder: string): Promise<FoundConfig> {
    return this.cached(this.configs, folder, async () => {
      for (const name of configNames) {
        const candidate = path.join(folder, name)
        const text = await readIfExists(candidate)
        if (text === undefined) continue
        const found = await this.load(candidate, text)
        if (found.file) return found
      }
      const parent = path.dirname(folder)
      return parent === folder ? {settings: {}} : this.configIn(parent)
    })
  }

  private async load(file: string, text?: string): Promise<FoundConfig> {
    const settings = await loadConfigFile(file, text)
    return settings ? {file, settings} : {settings: {}}
  }

  /** Whether the nearest `.mtlintignore`, or the `ignore` globs of the file's configuration, name it. */
  async isIgnored(file: string): Promise<boolean> {
    const absolute = path.resolve(file)
    const ignoreFile = await this.ignoreIn(path.dirname(absolute))
    if (ignoreFile && matches(ignoreFile.matcher, ignoreFile.base, absolute)) return true
    const config = await this.configFor(absolute)
    if (!config.file || !config.settings.ignore?.length) return false
    let matcher = this.configIgnores.get(config.file)
    if (!matcher) this.configIgnores.set(config.file, (matcher = ignore().add(config.settings.ignore)))
    return matches(matcher, path.dirname(config.file), absolute)
  }

  private ignoreIn(folder: string): Promise<{base: string; matcher: Ignore} | undefined> {
    return this.cached(this.ignores, folder, async () => {
      const text = await readIfExists(path.join(folder, ignoreName))
      if (text !== undefined) return {base: folder, matcher: ignore().add(text)}
      const parent = path.dirname(folder)
      return parent === folder ? undefined : this.ignoreIn(parent)
    })
  }

  private cached<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
    let value = map.get(key)
    if (!value) map.set(key, (value = make()))
    return value
  }
}

/** Gitignore semantics: patterns are relative to the folder of the file that holds them. */
function matches(matcher: Ignore, base: string, file: string): boolean {
  const relative = path.relative(base, file)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
  return matcher.ignores(relative.split(path.sep).join('/'))
}
