import path from 'node:path'
import type {Readable} from 'node:stream'
import {unified} from 'unified'
import type {PluggableList} from 'unified'
import {engine} from 'unified-engine'
import type {Context} from 'unified-engine'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {settingKeys, validateSettings} from './config.js'
import type {Settings} from './config.js'
import {ignoreFiles} from './ignore-files.js'
import {inputCheck} from './input-check.js'
import {defaultExtensions} from './formats/index.js'
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
  /** Apply safe fixes; each file then carries `data.mtlint` with the original and fixed text. */
  fix?: boolean
}

/** A file mtlint could not lint (missing, unreadable, binary, bad configuration): exit code 2. */
export function isFileError(message: VFileMessage): boolean {
  return message.fatal === true && (message.ruleId === undefined || message.cause !== undefined)
}

/** unified's plugin-list types do not fit a transformer typed for nlcst, hence the cast. */
function enginePlugins(settings: PluginOptions, withInputCheck = true): PluggableList {
  const list: unknown[] = withInputCheck ? [[inputCheck], [mtlint, settings]] : [[mtlint, settings]]
  return list as PluggableList
}

/** Turn a found configuration file (or `package.json` key) into unified-engine plugins. */
function configTransform(raw: unknown, filePath: string) {
  const settings = validateSettings(raw, settingKeys)
  const plugins = enginePlugins(settings)
  if (settings.ignore?.length) {
    plugins.unshift([ignoreFiles, {base: path.dirname(filePath), patterns: settings.ignore}] as unknown as PluggableList[number])
  }
  return {plugins}
}

/**
 * Lint files through unified-engine, which finds them, finds and loads the configuration of each
 * (`.mtlintrc.json`, `.mtlintrc`, or the `mtlint` key of `package.json`, upward from the file),
 * honours `.mtlintignore`, and runs the processor. Returns the given files, sorted by path.
 */
export async function lintFiles(options: EngineOptions): Promise<VFile[]> {
  const given: PluginOptions = {rules: options.rules ?? {}}
  if (options.fix) given.fix = true

  const context = await new Promise<Context>((resolve, reject) => {
    engine(
      {
        processor: unified().use(mtlintParse),
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
        configTransform,
        defaultConfig: {plugins: enginePlugins({})},
        plugins: enginePlugins(given, false),
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
      (error, _, context) => (error ? reject(error) : resolve(context!))
    )
  })
  return (context.files ?? []).filter((file) => file.data.unifiedEngineGiven && !file.data.mtlintIgnored)
}

const nullStream = {write: () => true} as unknown as NodeJS.WritableStream
