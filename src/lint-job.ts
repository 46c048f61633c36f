import {VFile} from 'vfile'
import type {Settings} from './config.js'
import {createProcessor} from './processor.js'
import {toJsonMessage} from './reporters/json.js'
import type {JsonMessage} from './reporters/json.js'

/** One article to lint: plain data, so that it can cross to a worker thread and into a cache. */
export interface LintJob {
  /** Picks the format (by extension) and names the file in messages. */
  path?: string
  text: string
  settings: Settings
  fix: boolean
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

/** A job's result, or why it failed (a rule crashed): so that one article cannot sink a batch. */
export type LintOutcome = {result: LintResult} | {error: string}

/** Lint a batch of articles: a worker thread's task. */
export function runLintJobs(jobs: readonly LintJob[]): LintOutcome[] {
  return jobs.map((job) => {
    try {
      return {result: runLintJob(job)}
    } catch (error) {
      return {error: error instanceof Error ? error.message : String(error)}
    }
  })
}
