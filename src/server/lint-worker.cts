/**
 * The worker thread that lints a large document for the language server, one document per task.
 * CommonJS for the reason `src/cli/worker.cts` gives: piscina require()s the worker, and on Node 20
 * a require() of an ES module can abort the process when a task arrives while it is still loading.
 */
import type {LintJob, LintResult} from '../lint-job.js'

module.exports = import('../lint-job.js').then((linter): ((job: LintJob) => Promise<LintResult>) => linter.lintJob)
