import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {Suppressions} from './formats/control-comments.js'
import {blockKindFinder} from './formats/extracted.js'
import type {BlockKind} from './formats/extracted.js'
import {streamOf} from './bounded-parse.js'
import {crashMessage, fileErrorMessage, messageFormatter, unfilledPlaceholders, withoutStackTraces} from './message.js'
import type {Node, Parent} from './nlcst.js'
import type {CachedReport, ParagraphCache} from './paragraph-cache.js'
import type {PieceChild, RelintCache} from './relint-cache.js'
import {findProtectedSpans} from './protected.js'
import {SpanSet} from './span-set.js'
import {ruleUrl} from './rule.js'
import {buildBitext} from './source/bitext.js'
import type {Bitext} from './source/bitext.js'
import type {Report, Rule, Severity, Visitor, Visitors} from './rule.js'
import {ruleContext} from './rule-context.js'
import type {FileScope} from './rule-context.js'

/** A rule as configured. Read-only: the runner keeps what it derives from one (its frozen options). */
export interface ActiveRule {
  readonly rule: Rule
  readonly severity: Exclude<Severity, 'off'>
  readonly options?: unknown
}

interface PendingReport {
  active: ActiveRule
  report: Report
  /** The node (in walk order) and the visitor (in the node type's list) that made it: the order of a full lint. */
  node: number
  slot: number
}

interface VisitorEntry {
  active: ActiveRule
  visit: Visitor<any>
  /** A paragraph-scope rule's visitor, skipped in a paragraph whose findings come from the cache. */
  cacheable: boolean
}

type VisitorTable = Map<string, VisitorEntry[]>

export interface LintOptions {
  /** Phrases no rule may flag: a report that overlaps one of them is dropped. */
  allow?: readonly string[]
  /**
   * Findings of paragraph-scope rules by paragraph, from earlier lints of the same document: the
   * paragraphs found there are not linted again by those rules. Plain text only (Markdown and HTML
   * are linted whole). The messages are the same as without it.
   */
  cache?: ParagraphCache
  /**
   * What earlier lints of the same document (the passes of a fix) leave: the parses of the pieces
   * of a long article, rebuilt instead of parsed again, and the protected spans of lines seen
   * before. The tree and the messages are the same as without it.
   */
  relintCache?: RelintCache
}

/** A report that breaks the rule contract: the runner treats it as a crash of its rule. */
class BrokenReport extends Error {
  override name = 'BrokenReport'
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * Check a report as ESLint's report translator does: a known message id, every placeholder filled,
 * `0 <= from <= to <= text length` on whole characters, and `expected` a list of strings. A broken
 * report must never become text in an article.
 */
function checkReport(report: Report, messages: Readonly<Record<string, string>>, text: string): void {
  if (typeof report !== 'object' || report === null) throw new BrokenReport('a report must be an object')
  const {messageId, data, from, to, expected, safe} = report
  if (typeof messageId !== 'string' || !Object.hasOwn(messages, messageId)) {
    throw new BrokenReport(`unknown messageId \`${String(messageId)}\``)
  }
  const missing = unfilledPlaceholders(messages[messageId], data)
  if (missing.length > 0) throw new BrokenReport(`report \`${messageId}\` leaves \`{${missing[0]}}\` unfilled`)
  if (data === null) throw new BrokenReport(`report \`${messageId}\`: \`data\` must be an object`)
  // `for…in`, not `Object.entries`: no arrays made for each of a megabyte's reports.
  for (const key in data) {
    if (!Object.hasOwn(data, key)) continue
    const value = data[key]
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new BrokenReport(`report \`${messageId}\`: \`{${key}}\` is not a string or a number`)
    }
  }
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from > to || to > text.length) {
    throw new BrokenReport(`report \`${messageId}\`: range ${String(from)}..${String(to)} is not within the text (0..${text.length})`)
  }
  if (isLowSurrogate(text.charCodeAt(from)) || (to < text.length && isLowSurrogate(text.charCodeAt(to)))) {
    throw new BrokenReport(`report \`${messageId}\`: range ${from}..${to} splits a character`)
  }
  if (expected !== undefined && !(Array.isArray(expected) && expected.length > 0 && expected.every((item) => typeof item === 'string'))) {
    throw new BrokenReport(`report \`${messageId}\`: \`expected\` must be a non-empty list of strings`)
  }
  if (safe !== undefined && typeof safe !== 'boolean') throw new BrokenReport(`report \`${messageId}\`: \`safe\` must be a boolean`)
}

/** A rule's options with its defaults, frozen: made once for each configured rule, not for each file. */
const frozenOptions = new WeakMap<ActiveRule, {given: unknown; frozen: Readonly<Record<string, unknown>>}>()
function optionsOf(active: ActiveRule): Readonly<Record<string, unknown>> {
  let options = frozenOptions.get(active)
  // Options given anew (a caller that reuses its rule objects) are frozen anew.
  if (!options || options.given !== active.options) {
    options = {given: active.options, frozen: Object.freeze({...(active.rule.definition.defaultOptions as object), ...(active.options as object)})}
    frozenOptions.set(active, options)
  }
  return options.frozen
}

/** The node types that hold sentences or are sentences: a walk for their visitors needs go no deeper. */
const aboveWords: ReadonlySet<string> = new Set(['RootNode', 'ParagraphNode', 'SentenceNode'])

/**
 * Run rules over a tree in a single walk and turn their reports into vfile messages.
 * A rule that throws, or reports something broken, is stopped and reported as a crash (a fatal
 * message with the error as its `cause`); the other rules' messages are kept (the command line and
 * the language server then treat the file as one that could not be linted).
 */
export function lintTree(tree: Root, file: VFile, rules: readonly ActiveRule[], options: LintOptions = {}): void {
  const prose = file.data.mtlintProse
  const text = prose ? prose.view.text : String(file)
  const pending: PendingReport[] = []
  const table: VisitorTable = new Map()
  const exits: Array<{active: ActiveRule; exit: () => void}> = []
  const crashed = new Map<ActiveRule, unknown>()
  /** Paragraph-scope rules, and each rule's place in `rules`, for the paragraph cache. */
  const cacheableRules = new Set<ActiveRule>()
  let ruleIndex: Map<ActiveRule, number> | undefined
  /** Where the walk is, for the order of the reports. */
  let nodeIndex = -1
  let slotIndex = 0
  let spans: SpanSet | undefined
  // A part too long to parse is not linted: rules that read the text find things there too.
  const unparsed = new SpanSet((file.data.mtlintUnparsed ?? []).map((run) => [run.from, run.to] as const))
  const isProtected = (from: number, to?: number) =>
    unparsed.overlaps(from, to) || (spans ??= findProtectedSpans(text, options.relintCache)).overlaps(from, to)
  let blockKindOf: ((offset: number) => BlockKind) | undefined
  let place: ReturnType<typeof location> | undefined
  let bitext: Bitext | undefined
  let sourceFailed = false
  const sourceInput = file.data.mtlintSource
  const lineOf = (offset: number) => {
    place ??= location(file)
    const at = prose ? prose.view.toSource(offset) : offset
    return place.toPoint(at)?.line ?? 1
  }

  const {relintCache} = options
  // Every rule asks for the text of the node it visits, one node after the other: the last is kept.
  let sourceNode: Node | undefined
  let sourceText = ''
  const sourceOf = (node: Node) => {
    if (node !== sourceNode) {
      sourceNode = node
      sourceText = text.slice(node.position!.start.offset, node.position!.end.offset)
    }
    return sourceText
  }

  const scope: FileScope = {
    text,
    file,
    isProtected,
    lineOf,
    blockKind: (offset) => (prose ? (blockKindOf ??= blockKindFinder(prose.blocks))(offset) : 'paragraph'),
    source: sourceOf,
    bitext() {
      if (sourceInput && !bitext && !sourceFailed) {
        // A source that cannot be read as its format says (an XLIFF file that is not well-formed,
        // markup nested too deeply) is said once, as the file's error; the checks then stay silent.
        try {
          bitext = buildBitext(text, sourceInput)
        } catch (error) {
          sourceFailed = true
          fileErrorMessage(file, `source${sourceInput.path ? ` ${sourceInput.path}` : ''} cannot be read: ${error instanceof Error ? error.message : String(error)}`, error)
        }
      }
      return bitext
    },
    relintCache
  }

  for (const active of rules) {
    const {definition} = active.rule
    if (definition.trigger && !definition.trigger.test(text)) continue
    const context = ruleContext(scope, definition.id, optionsOf(active), (report) => {
      // Checked here, so that a broken rule stops at once instead of reporting in part.
      checkReport(report, definition.messages, text)
      pending.push({active, report, node: nodeIndex, slot: slotIndex})
    })

    let visitors: Visitors
    try {
      visitors = definition.create(context)
    } catch (error) {
      crashed.set(active, error)
      continue
    }

    // A rule that visits the root cannot be paragraph-scope, whatever it says.
    const cacheable = definition.scope === 'paragraph' && !('RootNode' in visitors) && !('RootNode:exit' in visitors)
    if (cacheable) cacheableRules.add(active)
    for (const key in visitors) {
      if (!Object.hasOwn(visitors, key)) continue
      const visit = visitors[key as keyof Visitors]
      if (key === 'RootNode:exit') {
        exits.push({active, exit: visit as () => void})
        continue
      }
      let list = table.get(key)
      if (!list) table.set(key, (list = []))
      list.push({active, visit: visit as Visitor<any>, cacheable})
    }
  }

  /** In a paragraph whose findings came from the cache, the paragraph-scope visitors are skipped. */
  let skipCacheable = false
  /** Whether any rule visits what lies inside a sentence (words, marks); most do not, and the walk stops at sentences. */
  const belowSentences = [...table.keys()].some((type) => !aboveWords.has(type))

  function walk(node: Node, parent: Parent | undefined, index: number): void {
    visit(node, parent, index)
    if (node.type === 'SentenceNode' && !belowSentences) return
    if ('children' in node) {
      const children = node.children as Node[]
      for (let at = 0; at < children.length; at++) walk(children[at], node as Parent, at)
    }
  }

  function visit(node: Node, parent: Parent | undefined, index: number): void {
    nodeIndex++
    const list = table.get(node.type)
    if (list) {
      for (let slot = 0; slot < list.length; slot++) {
        const entry = list[slot]
        if ((skipCacheable && entry.cacheable) || (crashed.size > 0 && crashed.has(entry.active))) continue
        slotIndex = slot
        try {
          entry.visit(node, parent, index)
        } catch (error) {
          crashed.set(entry.active, error)
        }
      }
    }
  }

  // A long article parsed lazily is walked piece by piece as it is parsed, each piece dropped once
  // walked, so that its whole tree is never held at once.
  const stream = streamOf(tree)
  const cache = options.cache && !prose && (stream || tree.children.length > 0) ? options.cache : undefined
  cache?.begin(rules)
  // Ended once the last protected span was asked for, after the reports were filtered.
  options.relintCache?.begin()
  visit(tree, undefined, -1)
  let childIndex = 0
  const walkChild = (child: Node, origin?: PieceChild) => {
    if (cache && child.type === 'ParagraphNode') walkParagraph(cache, child, tree, childIndex, origin)
    else walk(child, tree, childIndex)
    childIndex++
  }
  if (stream) {
    stream((children, origins) => {
      // A paragraph with a run too long to parse holds the run's text where its piece holds a mask: its key is made anew.
      const known = unparsed.size === 0 ? origins : undefined
      for (let at = 0; at < children.length; at++) walkChild(children[at], known?.[at])
    }, options.relintCache)
  } else {
    for (const child of tree.children) walkChild(child)
  }
  cache?.end()

  /** Walk a paragraph, with the findings of paragraph-scope rules from the cache, or into it. */
  function walkParagraph(cache: ParagraphCache, paragraph: Node, root: Parent, index: number, origin?: PieceChild): void {
    const key = cache.keyOf(paragraph, text, origin)
    const start = paragraph.position!.start.offset!
    const first = nodeIndex + 1
    const found = cache.get(key)
    if (found) {
      for (const {rule, node, slot, report} of found) {
        if (crashed.has(rules[rule])) continue
        pending.push({active: rules[rule], report: {...report, from: report.from + start, to: report.to + start}, node: first + node, slot})
      }
      skipCacheable = true
      walk(paragraph, root, index)
      skipCacheable = false
      return
    }
    const before = pending.length
    walk(paragraph, root, index)
    const end = paragraph.position!.end.offset!
    const reports: CachedReport[] = []
    for (let at = before; at < pending.length; at++) {
      const {active, report, node, slot} = pending[at]
      if (!cacheableRules.has(active)) continue
      // A report outside its paragraph breaks the rule's promise: lint this paragraph again next time.
      if (report.from < start || report.to > end) return
      ruleIndex ??= new Map(rules.map((active, at) => [active, at]))
      reports.push({rule: ruleIndex.get(active)!, node: node - first, slot, report: {...report, from: report.from - start, to: report.to - start}})
    }
    // Findings cut short by a crash are not the paragraph's findings.
    for (const active of crashed.keys()) if (cacheableRules.has(active)) return
    cache.set(key, reports)
  }

  for (const [at, {active, exit}] of exits.entries()) {
    if (crashed.has(active)) continue
    nodeIndex = Number.MAX_SAFE_INTEGER
    slotIndex = at
    try {
      exit()
    } catch (error) {
      crashed.set(active, error)
    }
  }

  const allowed = new SpanSet(options.allow?.length ? findPhrases(text, options.allow) : [])
  const kept = pending.filter(({active, report}) => {
    if (crashed.has(active)) return false
    const to = Math.max(report.to, report.from + 1)
    if (unparsed.overlaps(report.from, to)) return false
    if (allowed.overlaps(report.from, report.to)) return false
    return active.rule.definition.protectedSpans === 'report' || !isProtected(report.from, to)
  })
  options.relintCache?.end()
  withoutStackTraces(() => toMessages(file, text, kept))
  for (const [active, error] of crashed) crashMessage(file, active.rule.id, error)
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

function toMessages(file: VFile, text: string, pending: PendingReport[]): void {
  const source = String(file)
  const place = location(file)
  const prose = file.data.mtlintProse
  const suppressions = prose?.directives.length ? new Suppressions(prose.directives, source) : undefined
  // The walk's order breaks ties, so that reports from the cache fall where a full lint puts them.
  pending.sort((a, b) => a.report.from - b.report.from || a.report.to - b.report.to || a.node - b.node || a.slot - b.slot)
  const reasonOf = messageFormatter()
  // One string for each rule's messages, not one each: half a million findings made half a million.
  const urls = new Map<ActiveRule, string>()

  for (const {active, report} of pending) {
    // An insertion belongs with the text before it (as `isVerbatim` judges it), not after markup.
    const from = prose ? prose.view.toSource(report.from, report.from === report.to ? 'end' : 'start') : report.from
    const to = prose ? Math.max(from, prose.view.toSource(report.to, 'end')) : report.to
    if (suppressions?.isSuppressed(active.rule.id, from)) continue
    const verbatim = !prose || prose.view.isVerbatim(report.from, report.to)
    const {definition} = active.rule
    const template = definition.messages[report.messageId]
    const message = file.message(reasonOf(template, report.data), {
      place: {start: place.toPoint(from)!, end: place.toPoint(to)!},
      ruleId: definition.id,
      source: 'mtlint'
    })
    message.fatal = active.severity === 'error'
    message.messageId = report.messageId
    let url = urls.get(active)
    if (url === undefined) urls.set(active, (url = definition.url ?? ruleUrl(definition.id)))
    message.url = url
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
}
