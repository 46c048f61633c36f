import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {whyNotText} from './input-check.js'

/**
 * An article's text from its file, or why it cannot be linted (`Cannot read file: ENOENT`, `binary
 * file …`, `invalid UTF-8`). Synchronous: a run reads thousands of small files in a row, which is
 * cheaper than as many promises.
 */
export function readTextFile(file: string): {text: string} | {error: string} {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    return {error: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}
  }
  const cause = whyNotText(bytes)
  return cause ? {error: cause} : {text: bytes.toString('utf8')}
}

/** What the cache recognises a text by. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}
