import {existsSync, lstatSync, readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {isWithin} from './expand-paths.js'
import {describeParseError, parseJson} from './parse-error.js'
import {blankComments} from './json-comments.js'
import ignore from 'ignore'
import type {Ignore} from 'ignore'
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

export interface FolderSetup {
  /** The folder's configuration, or why it cannot be used. */
  config: FoundConfig | ConfigFileError
  /** Whether a file (absolute path) of the folder is ignored; throws the `ConfigFileError` if it must know the configuration. */
  ignores(file: string): boolean
}

/** A configuration file that cannot be used; the message names the file and the cause. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError'
}

/**
 * Synchronous: most look-ups find nothing, and a run makes a few for each folder it searches, in a
 * row; a failed open costs less than the promise around it. A file found by the search (not one
 * named on the command line, `trusted`) that is a symbolic link leading out of the project is refused.
 */
function readIfExists(file: string, trusted = false): string | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined
    throw new ConfigFileError(`Cannot read \`${shown(file)}\`: ${code ?? (error as Error).message}`)
  }
  if (!trusted) refuseLinkOutOfProject(file)
  return text
}

/**
 * The project a file belongs to: the nearest folder upward that holds `.git`, or else the working
 * folder. A configuration or ignore file that a contributor links to a file elsewhere on the machine
 * must not be read.
 */
function refuseLinkOutOfProject(file: string): void {
  if (!lstatSync(file).isSymbolicLink()) return
  let root = process.cwd()
  for (let folder = path.dirname(path.resolve(file)); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) {
      root = folder
      break
    }
    if (path.dirname(folder) === folder) break
  }
  if (!isWithin(realpathSync(file), realpathSync(root))) {
    throw new ConfigFileError(`\`${shown(file)}\` is a symbolic link that leads outside the project; refusing to read it`)
  }
}

/** A file as seen from the working folder, for messages. */
const shown = (file: string) => path.relative(process.cwd(), file) || file

/** A configuration or ignore file that cannot be used, kept to be thrown for the files it concerns. */
async function settled<T>(promise: Promise<T>): Promise<T | ConfigFileError> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof ConfigFileError) return error
    throw error
  }
}

/**
 * Parse and check one configuration file (its text, when already read); `undefined` for a
 * `package.json` without an `mtlint` key. Errors name the file as seen from the working folder.
 */
export async function loadConfigFile(file: string, given?: string): Promise<Settings | undefined> {
  const text = given ?? readIfExists(file, true)
  if (text === undefined) throw new ConfigFileError(`Cannot read configuration \`${shown(file)}\``)
  const name = path.basename(file)
  let raw: unknown
  try {
    raw = name.endsWith('.yaml') || name.endsWith('.yml') ? await parseYaml(text) : await parseJsonOrYaml(text, name)
  } catch (error) {
    throw new ConfigFileError(`Cannot parse file \`${shown(file)}\`: ${(error as Error).message.split('\n')[0]}`)
  }
  if (name === 'package.json') {
    raw = (raw as Record<string, unknown> | null)?.mtlint
    if (raw === undefined) return undefined
  }
  // The rules, which checking settings needs, are loaded only once a configuration is found.
  const {ConfigError, settingKeys, validateSettings} = await import('./config.js')
  try {
    return validateSettings(raw, settingKeys)
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(`Cannot parse file \`${shown(file)}\`: ${error.message}`)
    throw error
  }
}

/**
 * `.mtlintrc` may be JSON or YAML; the other names say which they are. A JSON configuration may hold
 * comments (JSONC, as `mtlint --init` writes it), except `package.json`, which npm reads as JSON.
 */
async function parseJsonOrYaml(text: string, name: string): Promise<unknown> {
  if (name === 'package.json') return parseJson(text)
  const json = blankComments(text)
  if (name !== '.mtlintrc') return parseJson(json)
  try {
    return JSON.parse(json)
  } catch {
    return parseYaml(text)
  }
}

/** The YAML parser is loaded only for a YAML configuration: most runs have none. */
async function parseYaml(text: string): Promise<unknown> {
  const {parse} = await import('yaml')
  try {
    return parse(text)
  } catch (error) {
    throw new Error(describeParseError(error, text, 'YAML'))
  }
}

/** Ignore rules of one file: gitignore patterns, relative to the folder of the file that holds them. */
export interface IgnoreRules {
  base: string
  matcher: Ignore
}

/** Which files are ignored: by the `.mtlintignore` files found (the default), by given files only, or by nothing. */
export type IgnoreSource = {kind: 'found'} | {kind: 'given'; rules: readonly IgnoreRules[]} | {kind: 'none'}

/** `--ignore-path` files, read once; a file that cannot be read is a `ConfigFileError` naming it. */
export function readIgnoreFiles(files: readonly string[]): IgnoreRules[] {
  return files.map((file) => {
    const text = readIfExists(file, true)
    if (text === undefined) throw new ConfigFileError(`Cannot read ignore file \`${shown(file)}\`: no such file, or a folder`)
    return {base: path.dirname(path.resolve(file)), matcher: ignore().add(text)}
  })
}

/**
 * Finds the configuration and ignore files that apply to files, caching by folder: an archive of
 * thousands of files in a few folders costs a few look-ups. Make a new one to see edits to them.
 */
export class Discovery {
  private readonly folders = new Map<string, Promise<FolderSetup>>()
  private readonly configs = new Map<string, Promise<FoundConfig>>()
  private readonly ignores = new Map<string, Promise<IgnoreRules | undefined>>()
  private readonly configIgnores = new Map<string, Ignore>()

  /**
   * `configFile`: one configuration for every file (`--config`), instead of searching. `ignoring`:
   * `--ignore-path` files instead of the `.mtlintignore` files found, or (`--no-ignore`) no ignore
   * file and no `ignore` setting.
   */
  constructor(
    private readonly configFile?: string,
    private readonly ignoring: IgnoreSource = {kind: 'found'}
  ) {}

  /** The settings of a file, or a `ConfigFileError`. */
  async configFor(file: string): Promise<FoundConfig> {
    const {config} = await this.folder(path.dirname(path.resolve(file)))
    if (config instanceof ConfigFileError) throw config
    return config
  }

  /**
   * Whether the nearest `.mtlintignore`, or the `ignore` globs of the file's configuration, name it;
   * a `ConfigFileError` only when the configuration is needed to tell.
   */
  async isIgnored(file: string): Promise<boolean> {
    const absolute = path.resolve(file)
    return (await this.folder(path.dirname(absolute))).ignores(absolute)
  }

  /**
   * The configuration and ignore rules of the files of one (absolute) folder, found once: the files
   * of a folder are then checked without waiting on anything.
   */
  folder(folder: string): Promise<FolderSetup> {
    return this.cached(this.folders, folder, async () => {
      const [config, ignoreFile] = await Promise.all([
        settled(this.configFile ? this.cached(this.configs, '', () => this.load(this.configFile!)) : this.configIn(folder)),
        settled(this.ignoring.kind === 'found' ? this.ignoreIn(folder) : Promise.resolve(undefined))
      ])
      const given = this.ignoring.kind === 'given' ? this.ignoring.rules : []
      const configIgnore =
        this.ignoring.kind !== 'none' && !(config instanceof ConfigFileError) && config.file && config.settings.ignore?.length
          ? {base: path.dirname(config.file), matcher: this.configIgnore(config.file, config.settings.ignore)}
          : undefined
      return {
        config,
        ignores(file) {
          if (ignoreFile instanceof ConfigFileError) throw ignoreFile
          if (ignoreFile && matches(ignoreFile.matcher, ignoreFile.base, file)) return true
          if (given.some((rules) => matches(rules.matcher, rules.base, file))) return true
          if (config instanceof ConfigFileError) throw config
          return Boolean(configIgnore && matches(configIgnore.matcher, configIgnore.base, file))
        }
      }
    })
  }

  private configIgnore(file: string, patterns: readonly string[]): Ignore {
    let matcher = this.configIgnores.get(file)
    if (!matcher) this.configIgnores.set(file, (matcher = ignore().add(patterns)))
    return matcher
  }

  private configIn(folder: string): Promise<FoundConfig> {
    return this.cached(this.configs, folder, async () => {
      for (const name of configNames) {
        const candidate = path.join(folder, name)
        const text = readIfExists(candidate)
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

  private ignoreIn(folder: string): Promise<IgnoreRules | undefined> {
    return this.cached(this.ignores, folder, async () => {
      const text = readIfExists(path.join(folder, ignoreName))
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
