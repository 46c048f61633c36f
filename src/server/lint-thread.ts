import type {Piscina} from 'piscina'
import type {LintJob, LintResult} from '../lint-job.js'

/**
 * Heap of the lint thread. A tree is large (linting a 10 MB article takes some 1.6 GB), and a
 * document too large for this fails alone, as a diagnostic, instead of ending the server.
 */
const heapMb = 4096

/** A thread kept after its last lint, so that the next lint of a large document it is editing does not load mtlint again. */
const idleMs = 60_000

/**
 * Lints large documents on one worker thread, so that the server keeps answering and other
 * documents keep their diagnostics meanwhile. Jobs wait their turn (two huge trees at once would
 * double the memory); aborting a job drops it from the queue, or ends the thread that runs it.
 */
export class LintThread {
  private pool: Promise<Piscina<LintJob, LintResult>> | undefined
  private closed = false

  async run(job: LintJob, signal: AbortSignal): Promise<LintResult> {
    if (this.closed) throw new Error('the lint thread is closed')
    const pool = await (this.pool ??= this.start())
    return pool.run(job, {signal})
  }

  /**
   * Take no more lints (at shutdown; the caller aborts those under way). The thread is not
   * destroyed: on Node 20, terminating a thread still loading its ES modules can crash the
   * process (see `src/cli/scheduler.ts`), and `exit` ends it with the process anyway.
   */
  close(): void {
    this.closed = true
  }

  private async start(): Promise<Piscina<LintJob, LintResult>> {
    // Loaded only when a large document comes: most sessions never need it.
    const {Piscina} = await import('piscina')
    return new Piscina<LintJob, LintResult>({
      filename: new URL('./lint-worker.cjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: idleMs,
      resourceLimits: {maxOldGenerationSizeMb: heapMb}
    })
  }
}
