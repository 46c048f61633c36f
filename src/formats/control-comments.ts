/**
 * Control comments in Markdown and HTML: `<!-- mtlint-disable rule-id -->` … `<!-- mtlint-enable
 * rule-id -->`, `<!-- mtlint-disable-next-line rule-id -->`, each without an id for all rules.
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line'

export interface Directive {
  kind: DirectiveKind
  /** Rule ids; empty for all rules. */
  ids: string[]
  /** Source offsets of the comment. */
  from: number
  to: number
}

const directivePattern = /^<!--\s*mtlint-(disable-next-line|disable|enable)(?=[\s-])([^]*?)-->$/

/** The directive a comment holds (`<!-- … -->` with its delimiters), if any. */
export function parseDirective(comment: string, from: number, to: number): Directive | undefined {
  const match = directivePattern.exec(comment.trim())
  if (!match) return undefined
  const ids = match[2].split(/[\s,]+/).filter(Boolean)
  return {kind: match[1] as DirectiveKind, ids, from, to}
}

/** Answers, for a message, whether a directive turned its rule off where it starts. */
export class Suppressions {
  /** Per rule id (`*` for all): source ranges where it is off. */
  private readonly ranges = new Map<string, Array<[number, number]>>()

  constructor(directives: readonly Directive[], source: string) {
    const open = new Map<string, number>()
    const add = (id: string, from: number, to: number) => {
      let list = this.ranges.get(id)
      if (!list) this.ranges.set(id, (list = []))
      list.push([from, to])
    }
    for (const directive of [...directives].sort((a, b) => a.from - b.from)) {
      const ids = directive.ids.length > 0 ? directive.ids : ['*']
      if (directive.kind === 'disable-next-line') {
        const lineStart = source.indexOf('\n', directive.to) + 1
        if (lineStart === 0) continue
        const lineEnd = source.indexOf('\n', lineStart)
        for (const id of ids) add(id, lineStart, lineEnd === -1 ? source.length : lineEnd)
      } else if (directive.kind === 'disable') {
        for (const id of ids) if (!open.has(id)) open.set(id, directive.to)
      } else {
        // `enable` without ids ends every open `disable`.
        for (const id of directive.ids.length > 0 ? ids : [...open.keys()]) {
          const from = open.get(id)
          if (from === undefined) continue
          add(id, from, directive.from)
          open.delete(id)
        }
      }
    }
    for (const [id, from] of open) add(id, from, source.length)
  }

  isSuppressed(ruleId: string, offset: number): boolean {
    for (const id of [ruleId, '*']) {
      for (const [from, to] of this.ranges.get(id) ?? []) if (offset >= from && offset <= to) return true
    }
    return false
  }
}
