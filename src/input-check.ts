import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'

declare module 'vfile' {
  interface DataMap {
    /** The file's text was given as a string, not read from disk. */
    mtlintGivenText: boolean
  }
}

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
 * A unified plugin for files read from disk as UTF-8 by unified-engine: fails the file, with the
 * cause, when it was binary or not valid UTF-8, instead of linting replacement characters.
 * The bytes are read again only when the decoded text shows a sign of trouble.
 */
export function inputCheck(): Transformer<Root, Root> {
  return function (_, file: VFile) {
    // Text handed over as a string (an editor's buffer) has no bytes to check.
    if (file.data.mtlintGivenText) return
    const text = String(file)
    if (!text.includes('\u0000') && !text.includes('\uFFFD')) return
    let cause = text.includes('\u0000') ? 'binary file (it contains NUL bytes)' : undefined
    if (!cause && file.path) cause = whyNotText(readFileSync(path.resolve(file.cwd, file.path)))
    if (cause) file.fail(cause, {source: 'mtlint'})
  }
}
