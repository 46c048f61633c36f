import {VFile} from 'vfile'
import {splitByteOrderMark} from './byte-order-mark.js'
import type {Settings} from './config.js'
import {formatOf} from './formats/extensions.js'
import type {ParagraphCache} from './paragraph-cache.js'
import {loadFormats} from './formats/index.js'
import type {SourceInput} from './source/bitext.js'
import {failureData, toData} from './message.js'
import type {MessageData} from './message.js'
import {createProcessor} from './processor.js'
import {XliffError} from './formats/xliff.js'
import {hashText, readTextFile} from './text-file.js'
import type {FileState} from './text-file.js'

/** One article to lint: plain data, so that it can cross to a worker thread and into a cache. */
export interface LintJob {
  /** Picks the format (by extension) and names the file in messages. */
  path?: string
  text: string
  settings: Settings
  fix: boolean
  /** The source the article translates, for the source-* rules. */
  source?: SourceInput
}

/** An article that the worker thread reads itself: files are read in parallel, and their text is not copied between threads. */
export interface FileJob extends Omit<LintJob, 'text'> {
  /** The file to read the text from. */
  file: string
  /** Also return the hash of the text, for the cache. */
  hash: boolean
  /** `--max-file-size`: a larger file is not read. */
  maxSize?: number
}

export interface LintResult {
  /** Positions are in the text after a byte-order mark, if the text has one. */
  messages: MessageData[]
  /** With `fix`: the fixed text. */
  fixed?: string
  /** With `fix`: every fix applied, placed in the original text (after a byte-order mark). */
  applied?: MessageData[]
}

/** Processors by settings: building one resolves the rule set, which every file of a run shares. */
const processors = new Map<string, ReturnType<typeof createProcessor>>()

function processorFor(settings: Settings, fix: boolean) {
  const key = JSON.stringify([settings, fix])
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor({...settings, fix})
    if (processors.size > 64) processors.clear()
    processors.set(key, processor)
  }
  return processor
}

/**
 * Lint (and with `fix`, fix) one article; with a `cache` of its earlier lints, only its changed
 * paragraphs are linted again by paragraph-scope rules. A rule that crashes does not fail the job: its crash is
 * one of the messages (see `isCrash`), for the caller to report on this article alone.
 */
export function runLintJob(job: LintJob, cache?: ParagraphCache): LintResult {
  const processor = processorFor(job.settings, job.fix)
  const {mark, body} = splitByteOrderMark(job.text)
  const file = new VFile({value: body, path: job.path})
  if (job.source) file.data.mtlintSource = job.source
  if (cache) file.data.mtlintParagraphCache = cache
  let tree
  try {
    tree = processor.parse(file)
  } catch (error) {
    // A document that is not what its extension says (an XLIFF file that is not well-formed) is the file's error, not a crash.
    if (error instanceof XliffError) return {messages: [failureData('file-error', error.message)]}
    throw error
  }
  processor.runSync(tree, file)
  const result: LintResult = {messages: file.messages.map(toData)}
  if (job.fix) {
    result.fixed = mark + (file.data.mtlint?.fixed ?? body)
    result.applied = (file.data.mtlint?.applied ?? []).map(toData)
  }
  return result
}

/**
 * A job's result (with the hash of its text and the state of its file, when asked), or why its
 * file cannot be linted (not found, not text): one article cannot sink a batch.
 */
export type LintOutcome = {result: LintResult; hash?: string; state?: FileState} | {unreadable: string}

/** Load the markup parsers a batch needs, and only those: a run over plain text never loads them. */
export function loadFormatsOf(jobs: ReadonlyArray<{path?: string; source?: {path?: string}}>): Promise<void> {
  // A source is read in its own format (a Markdown source beside a plain-text translation).
  return loadFormats(jobs.flatMap((job) => [formatOf(job.path), ...(job.source ? [formatOf(job.source.path)] : [])]))
}

/** `runLintJob`, loading the parser of the article's format first. */
export async function lintJob(job: LintJob, cache?: ParagraphCache): Promise<LintResult> {
  await loadFormatsOf([job])
  return runLintJob(job, cache)
}

/** Lint a batch of articles, loading the parsers of their formats first: a worker thread's task. */
export async function lintBatch(jobs: ReadonlyArray<LintJob | FileJob>): Promise<LintOutcome[]> {
  await loadFormatsOf(jobs)
  return runLintJobs(jobs)
}

/** Lint a batch of articles whose formats are loaded. */
export function runLintJobs(jobs: ReadonlyArray<LintJob | FileJob>): LintOutcome[] {
  return jobs.map((job): LintOutcome => {
    let lintJob: LintJob
    let state: FileState | undefined
    if ('file' in job) {
      const read = readTextFile(job.file, job.maxSize)
      if ('error' in read) return {unreadable: read.error}
      lintJob = {path: job.path, text: read.text, settings: job.settings, fix: job.fix, source: job.source}
      state = read.state
    } else {
      lintJob = job
    }
    let result: LintResult
    try {
      result = runLintJob(lintJob)
    } catch (error) {
      // The linter itself failed (not a rule: those are caught in the walk): this article alone says so.
      result = {messages: [failureData('crash', `Linting failed: ${error instanceof Error ? error.message : String(error)}`, error)]}
    }
    return 'file' in job && job.hash ? {result, hash: hashText(lintJob.text), state} : {result}
  })
}
