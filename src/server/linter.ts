import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigFileError, Discovery} from '../discover.js'
import {lintJob} from '../lint-job.js'
import type {LintJob, LintResult} from '../lint-job.js'
import {fileErrorMessage, fromData} from '../message.js'
import type {ParagraphCache} from '../paragraph-cache.js'
import type {SourceInput} from '../source/bitext.js'
import {locateSource} from '../source/locate.js'
import {readTextFile} from '../text-file.js'

export interface LintOutcome {
  messages: VFileMessage[]
  /** The document matches an ignore pattern: nothing to report. */
  ignored: boolean
  /** With `fix`: the text after every safe fix (what `mtlint --fix` would write). */
  fixed?: string
}

/** Runs the lint job itself: in this thread by default, or on a worker thread for a large document. */
export type RunJob = (job: LintJob) => LintResult | Promise<LintResult>

/** The extension that makes mtlint parse an unsaved document in its language's format. */
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
 * Lint one document's text exactly as the CLI lints a file at its path (with a `cache` of the
 * document's earlier lints, only its changed paragraphs are linted again): the configuration
 * (`.mtlintrc*`, `package.json#mtlint`) is found upward from the path and `.mtlintignore` is
 * honoured, both read afresh on every call, so edits to them count at once. A configuration that
 * cannot be used comes back as one file error; a rule that crashed, as a crash message with the
 * rule's error as its cause (see `src/message.ts`).
 */
export async function lintText(
  filePath: string,
  text: string,
  options: {fix?: boolean; run?: RunJob; cache?: ParagraphCache} = {}
): Promise<LintOutcome> {
  const file = new VFile({path: filePath, value: text})
  const failed = (reason: string): LintOutcome => ({messages: [fileErrorMessage(file, reason)], ignored: false})
  const discovery = new Discovery()
  let settings
  try {
    if (await discovery.isIgnored(filePath)) return {messages: [], ignored: true}
    settings = (await discovery.configFor(filePath)).settings
  } catch (error) {
    if (error instanceof ConfigFileError) return failed(error.message)
    throw error
  }
  // The configuration's `source` convention pairs the document with its source file, read afresh on every call; a
  // source file itself is left alone, as on the command line.
  let source: SourceInput | undefined
  const located = settings.source ? locateSource(filePath, settings.source) : undefined
  if (located && 'isSource' in located) return {messages: [], ignored: true}
  if (located) {
    const read = readTextFile(located.source)
    if ('error' in read) return failed(`source ${path.basename(located.source)}: ${read.error}`)
    source = {text: read.text, path: located.source}
  }
  // A rule that crashes comes back as a crash message, with the rule's stack for the log.
  const run = options.run ?? ((job: LintJob) => lintJob(job, options.cache))
  const result = await run({path: filePath, text, settings, fix: Boolean(options.fix), source})
  return {
    messages: fromData(result.messages, file),
    fixed: result.fixed,
    ignored: false
  }
}
