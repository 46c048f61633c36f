import type {RuleInfo} from './protocol.js'

/** What the page says about a rule: its one-line description and its page, as the worker lists them. */
export class RuleCatalog {
  private readonly byId: ReadonlyMap<string, RuleInfo>

  constructor(readonly rules: readonly RuleInfo[]) {
    this.byId = new Map(rules.map((rule) => [rule.id, rule]))
  }

  description(id: string): string {
    return this.byId.get(id)?.description ?? ''
  }

  /** The rule's page; undefined for what no rule reported (a crash, a control comment). */
  url(id: string): string | undefined {
    return this.byId.get(id)?.url
  }
}

/** A link to a rule's page, titled with its description; plain text for what has no page. */
export function ruleLink(catalog: RuleCatalog, id: string, text = id): HTMLElement {
  const url = catalog.url(id)
  if (!url) {
    const span = document.createElement('span')
    span.textContent = text
    return span
  }
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener'
  link.textContent = text
  link.title = catalog.description(id)
  return link
}
