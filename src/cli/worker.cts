/**
 * The worker thread of `--jobs`: lints a batch of articles per task. CommonJS on purpose: piscina
 * loads a worker with require() first, and on Node 20 a require() of an ES module can abort the
 * process ("Module::IsGraphAsync") when a task arrives while that module is still loading. The
 * linter, an ES module, is imported here instead; piscina counts the thread ready once it is loaded.
 */
import type {FileJob, LintJob, LintOutcome} from '../lint-job.js'

type LintBatch = (jobs: ReadonlyArray<LintJob | FileJob>) => Promise<LintOutcome[]>

module.exports = import('../lint-job.js').then((linter): LintBatch => linter.lintBatch)
