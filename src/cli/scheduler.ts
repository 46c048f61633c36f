import {availableParallelism} from 'node:os'
import {Piscina} from 'piscina'
import {runLintJob} from '../lint-job.js'
import type {LintJob, LintResult} from '../lint-job.js'

export interface Scheduler {
  run(job: LintJob): Promise<LintResult>
  close(): Promise<void>
}

export const defaultJobs = (): number => Math.max(1, availableParallelism())

/**
 * Lints on `jobs` worker threads (a piscina pool), or in this thread when `jobs` is 1. Results come
 * back per job, so callers keep their own order.
 */
export function createScheduler(jobs: number): Scheduler {
  if (jobs <= 1) {
    return {
      run: async (job) => runLintJob(job),
      close: async () => {}
    }
  }
  const pool = new Piscina<LintJob, LintResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000
  })
  return {
    run: (job) => pool.run(job),
    close: () => pool.destroy()
  }
}
