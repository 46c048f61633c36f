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
  /** `disable` and `enable` directives, in source order. */
  private readonly blocks: Directive[]
  /** Lines that a `disable-next-line` names: rule ids (empty for all) and source range. */
  private readonly lines: Array<{ids: string[]; from: number; to: number}> = []

  constructor(directives: readonly Directive[], source: string) {
    const sorted = [...directives].sort((a, b) => a.from - b.from)
    this.blocks = sorted.filter((directive) => directive.kind !== 'disable-next-line')
    for (const directive of sorted) {
      if (directive.kind !== 'disable-next-line') continue
      const lineStart = source.indexOf('\n', directive.to) + 1
      if (lineStart === 0) continue
      const lineEnd = source.indexOf('\n', lineStart)
      this.lines.push({ids: directive.ids, from: lineStart, to: lineEnd === -1 ? source.length : lineEnd})
    }
  }

  /**
   * Replays the directives before `offset`, as ESLint does: a `disable` or `enable` without ids
   * concerns every rule, so `enable some-rule` inside a `disable` of all rules turns that one back on.
   */
  isSuppressed(ruleId: string, offset: number): boolean {
    const names = (directive: {ids: string[]}) => directive.ids.length === 0 || directive.ids.includes(ruleId)
    if (this.lines.some((line) => offset >= line.from && offset <= line.to && names(line))) return true
    let off = false
    for (const directive of this.blocks) {
      // A `disable` holds from the end of its comment; an `enable` ends it just after the comment's start.
      if (directive.kind === 'disable' ? directive.to > offset : directive.from >= offset) break
      if (names(directive)) off = directive.kind === 'disable'
    }
    return off
  }
}
