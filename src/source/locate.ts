/**
 * The naming convention that pairs a translation with its source (`article.en.txt` translates
 * `article.zh.txt`): the configuration's `source` setting, as the command line and the language
 * server read it.
 */
import path from 'node:path'

export interface SourceSetting {
  /** The file name of a translation and of its source: `{name}`, `{lang}` and `{ext}` (default `{name}.{lang}.{ext}`). */
  pattern?: string
  /** The language code of the sources, as `{lang}` spells it (`zh`). */
  lang: string
}

export const defaultSourcePattern = '{name}.{lang}.{ext}'

const parts: Readonly<Record<string, string>> = {
  name: '(?<name>.+?)',
  lang: '(?<lang>[A-Za-z]{2,3}(?:[-_][A-Za-z\\d]{2,8})*)',
  ext: '(?<ext>[^./\\\\]+)'
}

/** Why a `source` setting cannot be used, or `undefined` when it can. */
export function checkSourceSetting(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '`source` must be an object {pattern, lang}'
  const {pattern, lang, ...rest} = value as Record<string, unknown>
  const unknown = Object.keys(rest)[0]
  if (unknown !== undefined) return `\`source\`: unknown key \`${unknown}\`, expected pattern or lang`
  if (typeof lang !== 'string' || !new RegExp(`^${parts.lang}$`).test(lang)) return '`source.lang` must be a language code such as "zh"'
  if (pattern === undefined) return undefined
  if (typeof pattern !== 'string' || !pattern.includes('{name}') || !pattern.includes('{lang}')) {
    return '`source.pattern` must be a file name holding {name} and {lang}, such as "{name}.{lang}.{ext}"'
  }
  if (/[/\\]/.test(pattern) || /\{(?!name\}|lang\}|ext\})/.test(pattern)) return '`source.pattern` may hold only a file name with {name}, {lang} and {ext}'
  return undefined
}

function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\{(name|lang|ext)\}/g, (_, part: string) => parts[part])}$`)
}

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
