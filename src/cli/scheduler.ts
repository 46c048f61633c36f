import {availableParallelism} from 'node:os'
import type {LintJob, LintOutcome} from '../lint-job.js'

export interface Scheduler {
  /** Lint a batch of articles; outcomes in the batch's order. */
  run(batch: readonly LintJob[]): Promise<LintOutcome[]>
  close(): Promise<void>
}

/** Heap per worker thread: an article of ten megabytes fits (its tree is some 40 times its size). */
const oldGenerationMb = 512

export const defaultJobs = (): number => Math.max(1, availableParallelism())

/**
 * Lints on `jobs` worker threads (a piscina pool), or in this thread when `jobs` is 1. Results come
 * back per batch, so callers keep their own order. The linter and the pool are loaded only here, so
 * that a run answered from the cache never loads them.
 */
export async function createScheduler(jobs: number): Promise<Scheduler> {
  if (jobs <= 1) {
    const {runLintJobs} = await import('../lint-job.js')
    return {
      run: async (batch) => runLintJobs(batch),
      close: async () => {}
    }
  }
  const {Piscina} = await import('piscina')
  const pool = new Piscina<readonly LintJob[], LintOutcome[]>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A bound on each worker's heap: an article too large to lint fails alone (an error line in
    // --jsonl) instead of taking all the process's memory.
    resourceLimits: {maxOldGenerationSizeMb: oldGenerationMb}
  })
  return {
    run: (batch) => pool.run(batch),
    close: () => pool.destroy()
  }
}

/**
 * Split jobs into batches of about `bytes` characters of text and at most `count` jobs: a worker
 * thread's task, since passing one message per article costs more than a small article takes.
 */
export function batches<T extends {text: string}>(items: readonly T[], bytes = 256 * 1024, count = 256): T[][] {
  const result: T[][] = []
  let current: T[] = []
  let size = 0
  for (const item of items) {
    if (current.length > 0 && (size + item.text.length > bytes || current.length >= count)) {
      result.push(current)
      current = []
      size = 0
    }
    current.push(item)
    size += item.text.length
  }
  if (current.length > 0) result.push(current)
  return result
}
