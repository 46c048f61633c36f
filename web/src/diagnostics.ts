/** mtlint's messages as CodeMirror diagnostics: the underline, and the hover with reason, rule, doc and fixes. */
import type {Action, Diagnostic} from '@codemirror/lint'
import type {EditorView} from '@codemirror/view'
import type {MessageData} from '../../src/message.js'
import {replacementLabel} from './fix-label.js'
import {ruleLink} from './rule-docs.js'
import type {RuleCatalog} from './rule-docs.js'

/** Where a message lies in a text of `length` characters (a failure without a place: the start). */
export function spanOf(message: MessageData, length: number): {from: number; to: number} {
  const from = Math.min(Math.max(message.place?.start.offset ?? 0, 0), length)
  const to = Math.min(Math.max(message.place?.end.offset ?? from, from), length)
  return {from, to}
}

export function toDiagnostic(message: MessageData, length: number, catalog: RuleCatalog): Diagnostic {
  const {from, to} = spanOf(message, length)
  const actions: Action[] = (message.expected ?? []).map((text) => ({
    name: replacementLabel(text),
    apply: (view: EditorView, from: number, to: number) => view.dispatch({changes: {from, to, insert: text}, userEvent: 'input.fix'})
  }))
  return {
    from,
    to,
    severity: message.fatal ? 'error' : 'warning',
    source: message.ruleId ?? 'mtlint',
    message: message.reason,
    renderMessage: () => explanation(message, catalog),
    actions
  }
}

/** The hover: the reason, what the rule flags with a link to its page, and whether the fix is safe. */
function explanation(message: MessageData, catalog: RuleCatalog): HTMLElement {
  const box = document.createElement('div')
  box.className = 'finding-explanation'
  const reason = document.createElement('p')
  reason.className = 'finding-reason'
  reason.textContent = message.reason
  box.append(reason)
  if (message.ruleId && catalog.url(message.ruleId)) {
    const about = document.createElement('p')
    about.append(`${catalog.description(message.ruleId)} `, ruleLink(catalog, message.ruleId, `${message.ruleId}: documentation`))
    box.append(about)
  }
  if (message.expected && message.expected.length > 0) {
    const safety = document.createElement('p')
    safety.className = 'finding-safety'
    safety.textContent = message.fixable ? 'Safe fix: “Apply every safe fix” applies it.' : 'Suggestion: check it before applying.'
    box.append(safety)
  }
  return box
}
