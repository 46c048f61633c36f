import {constants as bufferConstants} from 'node:buffer'
import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs'
import {lazyCrypto} from './lazy-crypto.js'

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** How an article's file is encoded: UTF-8, or UTF-16 with a byte-order mark (kept when fixing). */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be'

/**
 * Bytes that look like UTF-16 without a byte-order mark: NUL bytes at one parity of most pairs (the
 * high byte of Latin text), hardly ever at the other.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length, 4096) >> 1
  if (pairs < 8) return false
  let even = 0
  let odd = 0
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) even++
    if (bytes[index + 1] === 0) odd++
  }
  return Math.max(even, odd) >= pairs * 0.3 && Math.min(even, odd) <= pairs * 0.05
}

/** UTF-16 big-endian bytes as a string: swapped to little-endian, which Node decodes. */
function decodeUtf16be(bytes: Uint8Array): string {
  return Buffer.from(bytes).swap16().toString('utf16le')
}

/**
 * An article's text from its bytes, or why they cannot be linted: UTF-8, or UTF-16 with a
 * byte-order mark (the mark stays in the text, as `\uFEFF`). Nothing else is guessed.
 */
export function decodeText(bytes: Uint8Array): {text: string; encoding: TextEncoding} | {error: string} {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe
  const be = bytes[0] === 0xfe && bytes[1] === 0xff
  if (le || be) {
    if (bytes.length % 2 !== 0) return {error: 'invalid UTF-16 (an odd number of bytes)'}
    const text = le ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le') : decodeUtf16be(bytes)
    return {text, encoding: le ? 'utf16le' : 'utf16be'}
  }
  const cause = whyNotText(bytes)
  return cause ? {error: cause} : {text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), encoding: 'utf8'}
}

/** A text as the bytes of its encoding (with its byte-order mark, which the text carries). */
export function encodeText(text: string, encoding: TextEncoding = 'utf8'): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  return encoding === 'utf16be' ? bytes.swap16() : bytes
}

/** Why UTF-8 bytes cannot be linted as an article, or `undefined` when they can. */
export function whyNotText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return looksLikeUtf16(bytes) ? 'invalid UTF-8: looks like UTF-16 without a byte-order mark; convert to UTF-8' : 'binary file (it contains NUL bytes)'
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

/** The default of `--max-file-size`: larger files are not read. */
export const defaultMaxFileSize = 32 * 1024 * 1024

/** What a file that is not a regular file is, for messages. */
export function kindOfEntry(stat: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean}): string {
  if (stat.isDirectory()) return 'a folder'
  if (stat.isFIFO()) return 'a FIFO'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'not a regular file'
}

export interface ReadText {
  text: string
  state: FileState
  encoding: TextEncoding
}

/**
 * An article's text from its file, with the state of the file it was read from, or why it cannot
 * be linted (`Cannot read file: ENOENT`, `binary file …`, `invalid UTF-8`, not a regular file, larger
 * than `maxSize`). The file is opened without blocking (a FIFO cannot hang the run) and checked with
 * `fstat` before a byte is read. Synchronous: a run reads thousands of small files in a row, which
 * is cheaper than as many promises.
 */
export function readTextFile(file: string, maxSize = defaultMaxFileSize): ReadText | {error: string} {
  let bytes: Buffer
  let state: FileState
  try {
    const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    try {
      // The state of what is read, not of what was there before: the cache pairs the two.
      const stat = fstatSync(descriptor)
      if (!stat.isFile()) return {error: `not a regular file (${kindOfEntry(stat)})`}
      if (stat.size > maxSize) return {error: `too large (${stat.size} bytes, more than --max-file-size ${maxSize})`}
      if (stat.size > bufferConstants.MAX_STRING_LENGTH) return {error: `too large to read as one text (${stat.size} bytes)`}
      state = {mtimeMs: stat.mtimeMs, size: stat.size}
      bytes = readUpTo(descriptor, stat.size, maxSize)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    return {error: `Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}
  }
  if (bytes.length > maxSize) return {error: `too large (more than --max-file-size ${maxSize} bytes)`}
  const decoded = decodeText(bytes)
  return 'error' in decoded ? decoded : {text: decoded.text, encoding: decoded.encoding, state}
}

/** A file's bytes, reading no more than one byte past `limit` (it may grow while it is read). */
function readUpTo(descriptor: number, size: number, limit: number): Buffer {
  const chunks: Buffer[] = []
  let total = 0
  let chunk = Buffer.allocUnsafe(Math.max(Math.min(size, limit) + 1, 1))
  for (;;) {
    const count = readSync(descriptor, chunk, 0, chunk.length, null)
    if (count === 0) break
    chunks.push(chunk.subarray(0, count))
    total += count
    // Read short once all its size is in: it has ended, no second read (a system call for every
    // file of a batch). A file that reads short before then, or whose size says nothing (procfs
    // gives 0, and reads a page at a time), is read on to its end.
    if (total > limit || (count < chunk.length && size > 0 && total >= size)) break
    chunk = Buffer.allocUnsafe(64 * 1024)
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total)
}

/** What the cache recognises a text by. */
export function hashText(text: string): string {
  return lazyCrypto().createHash('sha256').update(text).digest('base64url')
}
