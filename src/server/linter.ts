import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintFiles} from '../engine.js'

export interface LintOutcome {
  messages: VFileMessage[]
  /** The document matches an ignore pattern: nothing to report. */
  ignored: boolean
  /** With `fix`: the text after every safe fix (what `mtlint --fix` would write). */
  fixed?: string
}

/** The extension that makes the engine parse an unsaved document in its language's format. */
const extensionsByLanguage: Readonly<Record<string, string>> = {markdown: '.md', html: '.html'}

/**
 * Where a document lives on disk, for finding its configuration (and, by its extension, its
 * format): the path of a `file:` URI; for an unsaved document (`untitled:`), a made-up file of
 * that name in `fallbackFolder`, with the extension of its language (`.md` for Markdown).
 */
export function documentPath(uri: string, fallbackFolder: string, languageId = 'plaintext'): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri)
    } catch {
      // A `file:` URI with a host or a bad escape: treat it like an unsaved document.
    }
  }
  let name = uri.replace(/^[a-z][a-z0-9+.-]*:/i, '').replace(/[?#].*$/, '')
  try {
    name = decodeURIComponent(name)
  } catch {
    // A bad escape: keep the name as it is.
  }
  const base = path.basename(name).replace(/[^\w.-]+/g, '-').replace(/^\.+/, '') || 'untitled'
  const extension = extensionsByLanguage[languageId] ?? '.txt'
  return path.join(fallbackFolder, path.extname(base) === extension ? base : base + extension)
}

/**
 * Lint one document's text exactly as the CLI lints a file at its path: unified-engine finds the
 * configuration (`.mtlintrc*`, `package.json#mtlint`) upward from the path and honours
 * `.mtlintignore`; the configuration is read again on every call, so edits to it count at once.
 * A given file is linted whatever its extension, so `.md` and extensionless documents are too.
 */
export async function lintText(filePath: string, text: string, options: {fix?: boolean} = {}): Promise<LintOutcome> {
  const file = new VFile({path: filePath, value: text})
  const [linted] = await lintFiles({cwd: path.dirname(filePath), files: [file], fix: options.fix})
  // Not returned: ignored (`.mtlintignore` or the configuration's `ignore`).
  if (!linted) return {messages: [], ignored: true}
  return {messages: [...linted.messages], fixed: options.fix ? linted.data.mtlint?.fixed : undefined, ignored: false}
}
