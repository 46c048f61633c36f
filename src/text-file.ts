import {createHash} from 'node:crypto'
import {constants} from 'node:buffer'
import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs'

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** Why bytes cannot be linted as an article, or `undefined` when they can. */
export function whyNotText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'binary file (it contains NUL bytes)'
  try {
    strictUtf8.decode(bytes)
  } catch (error) {
    if (error instanceof TypeError) return 'invalid UTF-8'
    throw error
  }
  return undefined
}

/** A file's modification time and size: what the cache recognises an unchanged file by. */
export interface FileState {
  mtimeMs: number
  size: number
}

/**
 * An article's text from its file, with the state of the file it was read from, or why it cannot
 * be linted (`Cannot read file: ENOENT`, `binary file …`, `invalid UTF-8`). Synchronous: a run
 * reads thousands of small files in a row, which is cheaper than as many promises.
 */
export function readTextFile(file: string): {text: string; state: FileState} | {error: string} {
  let bytes: Buffer
  let state: FileState
  try {
    const descriptor = openSync(file, 'r')
    try {
      // The state of what is read, not of what was there before: the cache pairs the two.
      const stat = fstatSync(descriptor)
      state = {mtimeMs: stat.mtimeMs, size: stat.size}
      bytes = readFileSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    return {error: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}
  }
  if (bytes.length > constants.MAX_STRING_LENGTH) return {error: `too large to read as one text (${bytes.length} bytes)`}
  const cause = whyNotText(bytes)
  return cause ? {error: cause} : {text: bytes.toString('utf8'), state}
}

/** What the cache recognises a text by. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}
