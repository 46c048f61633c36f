import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import type {Processor, Transformer} from 'unified'
import {VFile} from 'vfile'
import {resolveRules, settingKeys, validateSettings} from './config.js'
import type {Settings} from './config.js'
import {fixText} from './fix.js'
import {lintTree} from './lint.js'
import type {ActiveRule} from './lint.js'

export interface PluginOptions extends Settings {
  /**
   * Apply safe fixes: the file's messages then describe what remains, and the fixed text is in
   * `file.data.mtlint.fixed` (the file's value stays the original, for the caller to compare and write).
   */
  fix?: boolean
}

declare module 'vfile' {
  interface DataMap {
    mtlint: {original: string; fixed: string; passes: number}
  }
}

const pluginKeys: ReadonlySet<string> = new Set([...settingKeys, 'fix'])

/**
 * The mtlint unified plugin: runs the configured rules (the `recommended` preset by default) in
 * one walk of the tree. Use it after `retext-english`.
 */
export function mtlint(this: Processor<any, any, any, any, any>, options?: PluginOptions): Transformer<Root, Root> {
  const settings = validateSettings(options ?? {}, pluginKeys) as PluginOptions
  const active = resolveRules(settings)
  const parse = (file: VFile) => this.parse(file) as Root

  return function (tree, file) {
    if (!settings.fix) {
      lintTree(tree, file, active)
      return
    }
    const original = String(file)
    const result = fixText(original, (text) => lintText(text, parse, active, file.path))
    file.data.mtlint = {original, fixed: result.output, passes: result.passes}
    file.messages.push(...result.messages)
  }
}

/** `mtlint` with the recommended preset: `unified().use(retextEnglish).use(mtlintRecommended)`. */
export function mtlintRecommended(this: Processor<any, any, any, any, any>): Transformer<Root, Root> {
  return mtlint.call(this, {preset: 'recommended'})
}

function lintText(text: string, parse: (file: VFile) => Root, active: readonly ActiveRule[], path?: string) {
  const file = new VFile({value: text, path})
  lintTree(parse(file), file, active)
  return file.messages
}

/** A processor that parses English prose and lints it with mtlint. */
export function createProcessor(options?: PluginOptions) {
  return unified().use(retextEnglish).use(mtlint, options).freeze()
}

/** Lint a text and return its messages. */
export function lint(text: string, options?: Settings & {path?: string}): VFile {
  const {path, ...settings} = options ?? {}
  const processor = createProcessor(settings)
  const file = new VFile({value: text, path})
  processor.runSync(processor.parse(file), file)
  return file
}

/** Apply every safe fix; the returned file carries the fixed text as its value and the messages that remain. */
export function fix(text: string, options?: Settings & {path?: string}): VFile {
  const {path, ...settings} = options ?? {}
  const processor = createProcessor({...settings, fix: true})
  const file = new VFile({value: text, path})
  processor.runSync(processor.parse(file), file)
  file.value = file.data.mtlint!.fixed
  return file
}
