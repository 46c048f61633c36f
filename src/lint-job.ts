import {VFile} from 'vfile'
import type {Settings} from './config.js'
import {createProcessor} from './processor.js'
import {toJsonMessage} from './reporters/json.js'
import type {JsonMessage} from './reporters/json.js'
import {hashText, readTextFile} from './text-file.js'
import type {FileState} from './text-file.js'

/** One article to lint: plain data, so that it can cross to a worker thread and into a cache. */
export interface LintJob {
  /** Picks the format (by extension) and names the file in messages. */
  path?: string
  text: string
  settings: Settings
  fix: boolean
}

/** An article that the worker thread reads itself: files are read in parallel, and their text is not copied between threads. */
export interface FileJob extends Omit<LintJob, 'text'> {
  /** The file to read the text from. */
  file: string
  /** Also return the hash of the text, for the cache. */
  hash: boolean
}

export interface LintResult {
  messages: JsonMessage[]
  /** With `fix`: the fixed text. */
  fixed?: string
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

export function runLintJob(job: LintJob): LintResult {
  const processor = processorFor(job.settings, job.fix)
  const file = new VFile({value: job.text, path: job.path})
  processor.runSync(processor.parse(file), file)
  // A rule that crashed (see lint.ts) is mtlint's failure, not a finding: the job fails.
  const crash = file.messages.find((message) => message.cause !== undefined && message.ruleId !== undefined)
  if (crash) throw new Error(`${job.path ?? '<stdin>'}: ${crash.reason}`, {cause: crash.cause})
  const result: LintResult = {messages: file.messages.map(toJsonMessage)}
  if (job.fix) result.fixed = file.data.mtlint?.fixed ?? job.text
  return result
}

/**
 * A job's result (with the hash of its text and the state of its file, when asked), why its file
 * cannot be linted (not found, not text), or why the job failed (a rule crashed): one article
 * cannot sink a batch.
 */
export type LintOutcome = {result: LintResult; hash?: string; state?: FileState} | {unreadable: string} | {error: string}

/** Lint a batch of articles: a worker thread's task. */
export function runLintJobs(jobs: ReadonlyArray<LintJob | FileJob>): LintOutcome[] {
  return jobs.map((job): LintOutcome => {
    let lintJob: LintJob
    let state: FileState | undefined
    if ('file' in job) {
      const read = readTextFile(job.file)
      if ('error' in read) return {unreadable: read.error}
      lintJob = {path: job.path, text: read.text, settings: job.settings, fix: job.fix}
      state = read.state
    } else {
      lintJob = job
    }
    try {
      const result = runLintJob(lintJob)
      return 'file' in job && job.hash ? {result, hash: hashText(lintJob.text), state} : {result}
    } catch (error) {
      return {error: error instanceof Error ? error.message : String(error)}
    }
  })
}
