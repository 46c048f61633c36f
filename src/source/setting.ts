/**
 * The configuration's `source` setting: the naming convention that pairs a translation with its
 * source (`article.en.txt` translates `article.zh.txt`), and its check. No file system here: the
 * settings are checked in the browser too; `locate.ts` finds the files.
 */

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
  for (const part of ['{name}', '{lang}', '{ext}']) {
    if (pattern.split(part).length > 2) return `\`source.pattern\` may hold ${part} once`
  }
  return undefined
}

export function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped.replace(/\{(name|lang|ext)\}/g, (_, part: string) => parts[part])}$`)
}
