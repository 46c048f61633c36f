/**
 * The page's lint worker: the same processor and rules as the CLI, fed a text and settings from
 * the page, away from the thread that draws the editor. It imports only the processor, the
 * message's plain-data form and the rules: nothing that needs Node.
 */
import '../../src/formats/register-all.js'
import {rules} from '../../rules/index.js'
import {fix, lint} from '../../src/processor.js'
import {toReportData} from '../../src/message.js'
import {ruleUrl} from '../../src/rule.js'
import type {LintRequest, LintResponse} from './protocol.js'

addEventListener('message', (event: MessageEvent<LintRequest>) => {
  postMessage(answer(event.data))
})

function answer(request: LintRequest): LintResponse {
  const {id} = request
  const start = performance.now()
  try {
    if (request.kind === 'rules') {
      const list = rules.map(({id, definition}) => ({id, fix: definition.fix, description: definition.description, url: definition.url ?? ruleUrl(id)}))
      return {id, ok: true, messages: [], rules: list, lintMs: 0}
    }
    const {kind, text, path, settings} = request
    if (kind === 'lint') {
      const file = lint(text, {...settings, path})
      return {id, ok: true, messages: file.messages.map(toReportData), lintMs: performance.now() - start}
    }
    const file = fix(text, {...settings, path})
    const fixes = file.data.mtlint?.applied.length ?? 0
    return {id, ok: true, messages: file.messages.map(toReportData), fixed: String(file.value), fixes, lintMs: performance.now() - start}
  } catch (error) {
    // A setting the core refuses (ConfigError), or a bug: one line for the page to show.
    return {id, ok: false, error: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}
  }
}
