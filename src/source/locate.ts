/**
 * Where the source of a translation is, by the configuration's naming convention (`setting.ts`),
 * as the command line and the language server look for it.
 */
import path from 'node:path'
import {defaultSourcePattern, patternRegExp} from './setting.js'
import type {SourceSetting} from './setting.js'

export type {SourceSetting}

/**
 * Where the source of a file is by the convention: `{source}` (a path beside the file), `{isSource:
 * true}` for a file that is itself a source, or `undefined` when its name does not follow the pattern.
 */
export function locateSource(file: string, setting: SourceSetting): {source: string} | {isSource: true} | undefined {
  const pattern = setting.pattern ?? defaultSourcePattern
  const match = patternRegExp(pattern).exec(path.basename(file))
  if (!match?.groups) return undefined
  if (match.groups.lang === setting.lang) return {isSource: true}
  const name = pattern.replace(/\{(name|lang|ext)\}/g, (_, part: string) => (part === 'lang' ? setting.lang : match.groups![part]))
  return {source: path.join(path.dirname(file), name)}
}
