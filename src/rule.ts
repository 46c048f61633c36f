import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {NodeTypeMap, Parent} from './nlcst.js'
import type {BlockKind} from './formats/extracted.js'
import type {OptionsSchema} from './rule-options.js'
import type {Bitext} from './source/bitext.js'

/** What kind of damage a rule looks for; a closed set, used to group the rule table. */
export type Category =
  | 'duplication'
  | 'quotes'
  | 'punctuation'
  | 'whitespace'
  | 'capitalization'
  | 'grammar'
  | 'encoding'
  | 'translation'
  | 'typography'

/**
 * `safe`: `--fix` applies it unattended; `suggestion`: offered to a person, never applied by `--fix`;
 * `none`: detection only.
 */
export type FixSafety = 'safe' | 'suggestion' | 'none'

export type Severity = 'off' | 'warn' | 'error'

export interface Report<MessageId extends string = string> {
  messageId: MessageId
  /** Values for the `{placeholders}` of the message text. */
  data?: Record<string, string | number>
  /** Absolute offsets into the file's text (`to` is exclusive). */
  from: number
  to: number
  /** Replacement text(s) for `from..to`; `''` deletes. Several entries are choices for a person. */
  expected?: string[]
  /** Set to `false` to downgrade a safe rule's fix to a suggestion for this report. */
  safe?: boolean
}

export type Visitor<Node> = (node: Node, parent: Parent | undefined, index: number) => void

export type Visitors = {[Type in keyof NodeTypeMap]?: Visitor<NodeTypeMap[Type]>} & {
  /** Called once after the whole tree was walked: whole-article rules report from here. */
  'RootNode:exit'?: () => void
}

export interface RuleContext<MessageId extends string = string, Options = undefined> {
  /** The whole text of the file. */
  readonly text: string
  readonly file: VFile
  /** The rule's options, merged over its defaults and frozen. */
  readonly options: Options
  report(report: Report<MessageId>): void
  /**
   * Whether `from..to` overlaps a URL, e-mail address, domain, file name, code span, or a part too
   * long to parse (see `parse-limit`). The runner
   * drops reports there already (unless the rule sets `protectedSpans: 'report'`): rules ask only
   * to skip work or to decide something else.
   */
  isProtected(from: number, to?: number): boolean
  /** The 1-based line of an offset of `text`, in the file the user sees (through Markdown and HTML markup). */
  lineOf(offset: number): number
  /** What the block of prose at an offset is in a Markdown or HTML document (always `paragraph` in plain text). */
  blockKind(offset: number): BlockKind
  /**
   * The translation aligned with its source, when the file comes with one (`--source`, a naming
   * convention, a JSONL record's `source`): built once per lint, on first use. `undefined` without a
   * source, and the source-* rules then stay silent.
   */
  readonly bitext: Bitext | undefined
  /**
   * The result of `compute`, which must depend on `key` alone (the text of a line or a paragraph,
   * say) and on nothing else: not on the options (put what they change in `kind`), the tree, or
   * text outside `key`. When a document is linted again and again (the language server as a
   * person types, the passes of a fix), the result for a key the last lint used comes from there,
   * so that unchanged text is not worked on again. The result may be shared between lints: never
   * change it. Kinds are the rule's own. Without such a cache, it is `compute()`.
   */
  memo<T>(kind: string, key: string, compute: () => T): T
  /** The source text of a node. */
  source(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): string
}

export interface RuleDefinition<MessageId extends string, Options> {
  /** Equals the module's file name. */
  id: string
  category: Category
  fix: FixSafety
  /** One line, for the rule table, `--help` and SARIF. */
  description: string
  messages: Record<MessageId, string>
  /** The rule's documentation; mtlint's own rules leave it out and link to their page here. */
  url?: string
  defaultOptions?: Options
  /** The shape of each option, checked wherever options come in; required with `defaultOptions`. */
  schema?: OptionsSchema<Options>
  /**
   * `skip` (the default): the runner drops reports that overlap a URL, e-mail address, file name
   * or code span. `report`: keep them (mojibake or an invisible character is damage there too).
   */
  protectedSpans?: 'skip' | 'report'
  /**
   * `paragraph`: what the rule reports inside a paragraph depends on that paragraph alone (its
   * text and its tree), never on the rest of the article: it keeps no state from one paragraph to
   * the next, reads no text outside the paragraph, does not ask `lineOf`, and visits no `RootNode`.
   * A linter that has linted the same paragraph before (the language server, as a person types)
   * may then reuse its findings there instead of running it again (see `src/paragraph-cache.ts`).
   * `document` (the default): the rule runs over the whole article every time.
   */
  scope?: 'paragraph' | 'document'
  /**
   * A pattern (without the `g` flag) that the text of every file this rule can report on matches:
   * `&` for leftover entities, a degree word for `the most biggest`. A file that does not match
   * cannot get a finding from the rule, so the runner does not set the rule up for it at all.
   */
  trigger?: RegExp
  create(context: RuleContext<MessageId, Options>): Visitors
}

/**
 * A rule is a unified plugin (so it works alone in any retext pipeline) that also carries its
 * definition, so that the preset can run many rules in one walk of the tree.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds rules of every option shape
export interface Rule<MessageId extends string = string, Options = any> {
  (this: unknown, options?: Partial<Options> | Record<string, unknown>): Transformer<Root, Root>
  readonly definition: RuleDefinition<MessageId, Options>
  readonly id: string
}

export function ruleUrl(id: string): string {
  return `https://github.com/mtlint/mtlint/blob/main/rules/${id}.md`
}
