/** The side list: every finding grouped by rule; a click jumps to its place, a fix button applies it. */
import type {MessageData} from '../../src/message.js'
import {spanOf} from './diagnostics.js'
import {replacementLabel} from './fix-label.js'
import {ruleLink} from './rule-docs.js'
import type {RuleCatalog} from './rule-docs.js'

/** What a finding's buttons do; `index` is the finding's place in the list given to `renderFindings`. */
export interface FindingActions {
  jump(index: number): void
  apply(index: number, text: string): void
  catalog: RuleCatalog
}

export function renderFindings(container: HTMLElement, messages: readonly MessageData[], length: number, actions: FindingActions): void {
  const groups = new Map<string, Array<{message: MessageData; index: number}>>()
  messages.forEach((message, index) => {
    const key = message.ruleId ?? (message.kind === 'finding' ? 'mtlint' : message.kind)
    groups.set(key, [...(groups.get(key) ?? []), {message, index}])
  })
  const sections: HTMLElement[] = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, group]) => ruleSection(rule, group, length, actions))
  if (sections.length === 0) {
    const none = document.createElement('p')
    none.textContent = 'No findings.'
    sections.push(none)
  }
  container.replaceChildren(...sections)
}

function ruleSection(rule: string, messages: ReadonlyArray<{message: MessageData; index: number}>, length: number, actions: FindingActions): HTMLElement {
  const section = document.createElement('section')
  section.className = 'finding-group'
  const heading = document.createElement('h3')
  heading.append(ruleLink(actions.catalog, rule), ` (${messages.length})`)
  const list = document.createElement('ul')
  list.setAttribute('aria-label', `Findings of ${rule}`)
  for (const {message, index} of messages) list.append(findingItem(message, index, length, actions))
  section.append(heading, list)
  return section
}

function findingItem(message: MessageData, index: number, length: number, actions: FindingActions): HTMLElement {
  const {from, to} = spanOf(message, length)
  const item = document.createElement('li')
  const jump = document.createElement('button')
  jump.type = 'button'
  jump.className = 'finding'
  jump.dataset.from = String(from)
  jump.dataset.to = String(to)
  jump.dataset.rule = message.ruleId ?? ''
  const line = message.line ?? 1
  const column = message.column ?? 1
  jump.setAttribute('aria-label', `Line ${line}, column ${column}: ${message.reason}`)
  const where = document.createElement('span')
  where.className = 'finding-place'
  where.textContent = `${line}:${column}`
  jump.append(where, ' ', message.reason)
  jump.addEventListener('click', () => actions.jump(index))
  item.append(jump)
  for (const text of message.expected ?? []) {
    const fix = document.createElement('button')
    fix.type = 'button'
    fix.className = message.fixable ? 'fix safe' : 'fix'
    fix.textContent = replacementLabel(text)
    fix.setAttribute('aria-label', `${replacementLabel(text)} at line ${line}, column ${column}${message.fixable ? '' : ' (suggestion)'}`)
    fix.addEventListener('click', () => actions.apply(index, text))
    item.append(fix)
  }
  return item
}
