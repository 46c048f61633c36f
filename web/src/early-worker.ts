/**
 * The lint worker, started before anything else of the page is evaluated (main.ts imports this
 * module first): loading and compiling the linter is most of the time to the first findings, and
 * runs meanwhile. Its rules are asked for at once, in the same queue as the first lint; their
 * answer marks `mtlint:worker-ready` in the page's performance timeline.
 */
import {LintClient} from './lint-client.js'

export const client = new LintClient()
export const ruleList = client.rules().finally(() => performance.mark('mtlint:worker-ready'))
