import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Node, Parent} from './nlcst.js'
import {Suppressions} from './formats/control-comments.js'
import {findProtectedSpans, overlapsSpan} from './protected.js'
import type {Span} from './protected.js'
import {formatMessage, ruleUrl} from './rule.js'
import type {Report, Rule, RuleContext, Severity, Visitor, Visitors} from './rule.js'

export interface ActiveRule {
  rule: Rule
  severity: Exclude<Severity, 'off'>
  options?: unknown
}

/** Fields mtlint adds to every vfile message it creates. */
declare module 'vfile-message' {
  interface VFileMessage {
    /** Whether `--fix` may apply `expected[0]` unattended. */
    fixable?: boolean
    /** Which of the rule's messages this is (stable, unlike the text). */
    messageId?: string
  }
}

interface PendingReport {
  active: ActiveRule
  report: Report
}

type VisitorTable = Map<string, Array<{active: ActiveRule; visit: Visitor<any>}>>

export interface LintOptions {
  /** Phrases no rule may flag: a report that overlaps one of them is dropped. */
  allow?: readonly string[]
}

/**
 * Run rules over a tree in a single walk and turn their reports into vfile messages.
 * A rule that throws is stopped and reported as a fatal message with the error as its `cause`;
 * the other rules' messages are kept (the command line and the language server then treat the
 * file as one that could not be linted).
 */
export function lintTree(tree: Root, file: VFile, rules: readonly ActiveRule[], options: LintOptions = {}): void {
  const prose = file.data.mtlintProse
  const text = prose ? prose.view.text : String(file)
  const pending: PendingReport[] = []
  const table: VisitorTable = new Map()
  const exits: Array<{active: ActiveRule; exit: () => void}> = []
  const crashed = new Map<ActiveRule, unknown>()
  let spans: Span[] | undefined
  const isProtected = (from: number, to?: number) => overlapsSpan((spans ??= findProtectedSpans(text)), from, to)

  for (const active of rules) {
    const {definition} = active.rule
    const options = Object.freeze({...(definition.defaultOptions as object), ...(active.options as object)})
    const context: RuleContext<string, unknown> = {
      text,
      file,
      options,
      isProtected,
      report(report) {
        // Checked here, so that a rule with a wrong id stops at once instead of reporting in part.
        if (!(report.messageId in definition.messages)) throw new Error(`unknown messageId \`${report.messageId}\``)
        pending.push({active, report})
      },
      source(node) {
        return text.slice(node.position!.start.offset, node.position!.end.offset)
      }
    }

    let visitors: Visitors
    try {
      visitors = definition.create(context)
    } catch (error) {
      crashed.set(active, error)
      continue
    }

    for (const [key, visit] of Object.entries(visitors)) {
      if (key === 'RootNode:exit') {
        exits.push({active, exit: visit as () => void})
        continue
      }
      let list = table.get(key)
      if (!list) table.set(key, (list = []))
      list.push({active, visit: visit as Visitor<any>})
    }
  }

  function walk(node: Node, parent: Parent | undefined, index: number): void {
    const list = table.get(node.type)
    if (list) {
      for (const entry of list) {
        if (crashed.has(entry.active)) continue
        try {
          entry.visit(node, parent, index)
        } catch (error) {
          crashed.set(entry.active, error)
        }
      }
    }
    if ('children' in node) {
      const children = node.children as Node[]
      for (let at = 0; at < children.length; at++) walk(children[at], node as Parent, at)
    }
  }

  walk(tree, undefined, -1)

  for (const {active, exit} of exits) {
    if (crashed.has(active)) continue
    try {
      exit()
    } catch (error) {
      crashed.set(active, error)
    }
  }

  const allowed = options.allow?.length ? findPhrases(text, options.allow) : []
  toMessages(file, text, pending, crashed, allowed)
}

/** Where each phrase occurs in the text, as ranges. */
function findPhrases(text: string, phrases: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const phrase of phrases) {
    if (!phrase) continue
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) ranges.push([at, at + phrase.length])
  }
  return ranges
}

function toMessages(
  file: VFile,
  text: string,
  pending: PendingReport[],
  crashed: Map<ActiveRule, unknown>,
  allowed: ReadonlyArray<[number, number]>
): void {
  const source = String(file)
  const place = location(file)
  const prose = file.data.mtlintProse
  const suppressions = prose?.directives.length ? new Suppressions(prose.directives, source) : undefined
  pending.sort((a, b) => a.report.from - b.report.from || a.report.to - b.report.to)

  for (const {active, report} of pending) {
    if (crashed.has(active)) continue
    if (allowed.some(([from, to]) => report.from < to && report.to > from)) continue
    // An insertion belongs with the text before it (as `isVerbatim` judges it), not after markup.
    const from = prose ? prose.view.toSource(report.from, report.from === report.to ? 'end' : 'start') : report.from
    const to = prose ? Math.max(from, prose.view.toSource(report.to, 'end')) : report.to
    if (suppressions?.isSuppressed(active.rule.id, from)) continue
    const verbatim = !prose || prose.view.isVerbatim(report.from, report.to)
    const {definition} = active.rule
    const template = definition.messages[report.messageId]
    const message = file.message(formatMessage(template, report.data), {
      place: {start: place.toPoint(from)!, end: place.toPoint(to)!},
      ruleId: definition.id,
      source: 'mtlint'
    })
    message.fatal = active.severity === 'error'
    message.messageId = report.messageId
    message.url = definition.url ?? ruleUrl(definition.id)
    message.actual = verbatim ? source.slice(from, to) : text.slice(report.from, report.to)
    // Across markup (`*`, tags, entities) a replacement would also replace the markup: report only.
    if (report.expected && verbatim) message.expected = [...report.expected]
    message.fixable =
      verbatim &&
      definition.fix === 'safe' &&
      report.safe !== false &&
      report.expected !== undefined &&
      report.expected.length === 1
  }

  for (const [active, error] of crashed) {
    const cause = error instanceof Error ? error : new Error(String(error))
    const message = file.message(`Rule \`${active.rule.id}\` crashed: ${cause.message}`, {
      cause,
      ruleId: active.rule.id,
      source: 'mtlint'
    })
    message.fatal = true
  }
}
