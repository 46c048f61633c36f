import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** Why bytes cannot be linted as an article, or `undefined` when they can. */
export function whyNotText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'binary file (it contains NUL bytes)'
  try {
    strictUtf8.decode(bytes)
  } catch {
    return 'invalid UTF-8'
  }
  return undefined
}

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
