import path from 'node:path'
import type {Readable} from 'node:stream'
import type {Root} from 'nlcst'
import {unified} from 'unified'
import type {PluggableList, Plugin, Transformer} from 'unified'
import {engine} from 'unified-engine'
import type {Context} from 'unified-engine'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {settingKeys, validateSettings} from './config.js'
import type {Settings} from './config.js'
import {defaultExtensions} from './formats/index.js'
import {ignoreFiles} from './ignore-files.js'
import {inputCheck} from './input-check.js'
import {mtlintParse} from './parse.js'
import {mtlint} from './processor.js'
import type {PluginOptions} from './processor.js'

export interface EngineOptions {
  cwd: string
  /** Paths, globs, or files that already hold their text (`value`) and a `path` for finding configuration. */
  files?: Array<string | VFile>
  /** Read one article from this stream instead (named by `filePath`). */
  streamIn?: Readable
  filePath?: string
  /** Extensions (without dot) that directories are searched for. */
  extensions?: string[]
  /** A configuration file that replaces the one found upward from each file. */
  configPath?: string
  /** Rule settings that override every configuration. */
  rules?: Settings['rules']
}

declare module 'vfile' {
  interface DataMap {
    /** The settings that apply to a file: its configuration with the command line's overrides. */
    mtlintSettings: Settings
  }
}

/** A file mtlint could not lint (missing, unreadable, binary, bad configuration): exit code 2. */
export function isFileError(message: VFileMessage): boolean {
  return message.fatal === true && (message.ruleId === undefined || message.cause !== undefined)
}

/** Records the settings of each file instead of linting it: the discovery pass. */
function recordSettings(settings: Settings): Transformer<Root, Root> {
  return function (_, file) {
    file.data.mtlintSettings = settings
  }
}

/** Parses nothing: discovery needs each file's text and settings, not its tree. */
const skipParse: Plugin<[], string, Root> = function () {
  const self = this as unknown as {parser: () => Root}
  self.parser = () => ({type: 'RootNode', children: []})
}

type Mode = 'lint' | 'discover'

/** The plugins for one configuration; unified's plugin-list types do not fit nlcst transformers, hence the cast. */
function enginePlugins(mode: Mode, settings: PluginOptions, configFile?: string): PluggableList {
  const list: unknown[] = [[inputCheck], [mode === 'lint' ? mtlint : recordSettings, settings]]
  if (configFile && settings.ignore?.length) {
    list.unshift([ignoreFiles, {base: path.dirname(configFile), patterns: settings.ignore}])
  }
  return list as PluggableList
}

function runEngine(mode: Mode, options: EngineOptions, given: PluginOptions): Promise<VFile[]> {
  for (const file of options.files ?? []) {
    if (typeof file !== 'string' && file.value !== undefined) file.data.mtlintGivenText = true
  }
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(mode === 'lint' ? mtlintParse : skipParse),
        cwd: options.cwd,
        files: options.files ?? [],
        extensions: options.extensions ?? [...defaultExtensions],
        streamIn: options.streamIn,
        filePath: options.filePath,
        rcName: '.mtlintrc',
        packageField: 'mtlint',
        ignoreName: '.mtlintignore',
        detectConfig: true,
        detectIgnore: true,
        rcPath: options.configPath,
        // A found configuration file (or `package.json` key) becomes the plugins that apply it.
        configTransform: (raw, filePath) => ({plugins: enginePlugins(mode, validateSettings(raw, settingKeys), filePath)}),
        defaultConfig: {plugins: enginePlugins(mode, {})},
        // Given plugins merge into the configuration's (same plugin): the command line's `rules` win.
        plugins: [[mode === 'lint' ? mtlint : recordSettings, given]] as unknown as PluggableList,
        // An ignored file given by name is skipped, not an error: pre-commit hooks pass every staged file.
        silentlyIgnore: true,
        output: false,
        out: false,
        color: false,
        reporter: () => '',
        // Nothing is written to these: mtlint reports and writes itself.
        streamError: nullStream,
        streamOut: nullStream
      },
      (error, _, context?: Context) => {
        if (error) reject(error)
        else resolve((context?.files ?? []).filter((file) => file.data.unifiedEngineGiven && !file.data.mtlintIgnored))
      }
    )
  })
}

/**
 * Find files and their settings through unified-engine, which searches folders and globs, finds
 * the configuration of each file (`.mtlintrc.json`, `.mtlintrc`, or the `mtlint` key of
 * `package.json`, upward from the file), honours `.mtlintignore`, and reads and checks the files.
 * Files are returned sorted by path, with `value` and `data.mtlintSettings`, or with a fatal
 * message when they cannot be linted.
 */
export function discoverFiles(options: EngineOptions): Promise<VFile[]> {
  return runEngine('discover', options, {rules: options.rules ?? {}})
}

/**
 * Find and lint files in one pass through unified-engine (as `discoverFiles`, then linting each
 * with its settings). With `fix`, each file carries `data.mtlint` with the original and fixed text.
 */
export function lintFiles(options: EngineOptions & {fix?: boolean}): Promise<VFile[]> {
  const given: PluginOptions = {rules: options.rules ?? {}}
  if (options.fix) given.fix = true
  return runEngine('lint', options, given)
}

const nullStream = {write: () => true} as unknown as NodeJS.WritableStream
