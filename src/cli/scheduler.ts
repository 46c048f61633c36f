import {createRequire} from 'node:module'
import {availableParallelism, loadavg} from 'node:os'
import type {FileJob, LintJob, LintOutcome} from '../lint-job.js'

export interface Scheduler {
  /** Lint a batch of articles; outcomes in the batch's order. */
  run(batch: ReadonlyArray<LintJob | FileJob>): Promise<LintOutcome[]>
  close(): Promise<void>
}

/** Heap per worker thread: an article of ten megabytes fits (its tree is some 40 times its size). */
const oldGenerationMb = 512

/**
 * The cores that other processes do not keep busy: `cores` less the whole part of the load average
 * (processes running or waiting to run), at least one. A second thread pays off only on an idle
 * core: on a machine already busy, two threads took 1.6 times as long as one (docs/performance.md).
 */
export function idleCores(cores: number, load: number): number {
  return Math.max(1, Math.min(cores, cores - Math.floor(Number.isFinite(load) && load > 0 ? load : 0)))
}

/** `--jobs` when not given: the idle cores, by the last minute's load (0 where the system reports none, as on Windows). */
export const defaultJobs = (): number => idleCores(availableParallelism(), loadavg()[0])

/**
 * Lints on `jobs` worker threads (a piscina pool), or in this thread when `jobs` is 1. Results come
 * back per batch, so callers keep their own order. The linter and the pool are loaded only here, so
 * that a run answered from the cache never loads them.
 */
export async function createScheduler(jobs: number): Promise<Scheduler> {
  if (jobs <= 1) {
    const {lintBatch} = await import('../lint-job.js')
    return {
      run: lintBatch,
      close: async () => {}
    }
  }
  // Required, not imported: the bundle's chunks are CommonJS compiled through V8's code cache
  // (`src/cli/code-cache.ts`), where `import()` is not available. piscina ships CommonJS.
  const {Piscina} = createRequire(import.meta.url)('piscina') as typeof import('piscina')
  const pool = new Piscina<ReadonlyArray<LintJob | FileJob>, LintOutcome[]>({
    filename: new URL('./worker.cjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A bound on each worker's heap: an article too large to lint fails alone (an error line in
    // --jsonl) instead of taking all the process's memory.
    resourceLimits: {maxOldGenerationSizeMb: oldGenerationMb}
  })
  return {
    run: (batch) => pool.run(batch),
    async close() {
      // Node warns that terminating a thread inside its own modules (still loading mtlint, say) may
      // crash the process: wait, briefly, until every thread is ready and idle.
      const deadline = Date.now() + 5000
      while (pool.idleThreads < pool.threads.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
      await pool.destroy()
    }
  }
}

/** A worker thread takes a fraction of a second to load mtlint: it pays for itself only with this many files. */
export const filesPerWorker = 16

/** The worker threads of a run: started early, while files are still being looked up, and closed once. */
export interface Workers {
  /** Start loading threads for `count` files, when that many are worth them. */
  warm(count: number): void
  /** A scheduler for `count` files: the threads already warm, else new ones, else this thread. */
  scheduler(count: number): Promise<Scheduler>
  close(): Promise<void>
}

export function createWorkers(jobs: number): Workers {
  let started: Promise<Scheduler> | undefined
  const threadsFor = (count: number) => Math.min(jobs, Math.floor(count / filesPerWorker))
  return {
    warm(count) {
      if (started || threadsFor(count) <= 1) return
      started = createScheduler(threadsFor(count))
      // Should the pool fail to start, `scheduler()` reports it; until then it is no unhandled rejection.
      started.catch(() => {})
    },
    scheduler(count) {
      return (started ??= createScheduler(threadsFor(count)))
    },
    async close() {
      // A pool that failed to start has nothing to close; the failure was reported, or was never needed.
      const scheduler = await started?.catch(() => undefined)
      await scheduler?.close()
    }
  }
}
