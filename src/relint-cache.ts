import type {RootContent, SentenceContent} from 'nlcst'
import type {Point, Position} from 'unist'

/**
 * What one lint of a document keeps for the next lint of the same document (the passes of a fix,
 * which change a few places): the parses of the pieces of a long text (see `parseInPieces` in
 * `src/bounded-parse.ts`) by the piece's text, rebuilt instead of parsed again, and results that
 * depend on a stretch of text alone (the checks of the cuts between pieces, the protected spans of
 * a line). A piece's parse depends on its text alone; its positions are stored as if it started
 * the text, and moved to where it starts now. Trees are stored packed (five numbers a node), not as
 * nodes: a 5 MB article's trees take some 60 MB so, against ten times that as objects. Entries a
 * lint did not use are dropped after it. One document at a time.
 */
export class RelintCache {
  private readonly pieces = new Kept<Packed>()
  private last: {children: readonly RootContent[]; kept: Packed | undefined} | undefined
  private readonly scratch: Scratch = {numbers: new Int32Array(0)}
  /** Results by kind: `cut`, `line`, and the kinds of rules (see `RuleContext.memo`). */
  private readonly results = new Map<string, Kept<unknown>>()

  /** Start a lint of the document. */
  begin(): void {
    this.pieces.begin()
    for (const kept of this.results.values()) kept.begin()
  }

  /** End it: keep what it used. */
  end(): void {
    this.last = undefined
    this.pieces.end()
    for (const [kind, kept] of this.results) {
      kept.end()
      // A kind this lint did not ask for (a rule turned off) is dropped with its results.
      if (kept.isEmpty()) this.results.delete(kind)
    }
  }

  /** The root children of a piece starting at `base`: from the cache, or from `parse` (which positions them at `base`). */
  children(value: string, base: Point, parse: () => RootContent[]): RootContent[] {
    const found = this.pieces.find(value)
    const children = found ? unpack(found, value, base) : parse()
    const kept = found ?? pack(children, value, base, this.scratch)
    if (kept && !found) this.pieces.keep(value, kept)
    this.last = {children, kept}
    return children
  }

  /** The parse kept for the children `children` last returned, if that was these (see `PieceChild`). */
  keptParseOf(children: readonly RootContent[]): object | undefined {
    return this.last?.children === children ? this.last.kept : undefined
  }

  /**
   * The result of `run`, which depends on `key` alone: the check of a cut, by the text around it,
   * what is found in a line, or what a rule finds in a stretch of text (kinds of its own).
   */
  memo<T>(kind: string, key: string, run: () => T): T {
    let kept = this.results.get(kind)
    if (!kept) this.results.set(kind, (kept = new Kept<unknown>()))
    const found = kept.find(key)
    if (found !== undefined) return (found === nothing ? undefined : found) as T
    const result = run()
    kept.keep(key, result === undefined ? nothing : result)
    return result
  }
}

/**
 * Where a root child comes from, when it is neither the first nor the last child of a piece whose
 * parse is kept (those two may be joined with the pieces beside them): the parse, kept from one
 * lint to the next while the piece's text comes again, and the child's index in it. The same parse
 * and index are the same subtree, with the same text, wherever the piece now starts.
 */
export interface PieceChild {
  /** The piece's parse, as kept: compared by identity. */
  readonly piece: object
  readonly index: number
}

/** What a result of `undefined` is kept as (a failed check of a cut), so that it is found again. */
const nothing = Symbol('nothing')

/**
 * Values by key kept from one lint to the next: those the last lint used. One table, each entry
 * stamped with the last lint that used it: a value found again costs one look-up, not a copy into
 * a table of the current lint.
 */
class Kept<V> {
  private readonly entries = new Map<string, {value: V; lint: number}>()
  private lint = 0

  begin(): void {
    this.lint++
  }

  end(): void {
    for (const [key, entry] of this.entries) if (entry.lint !== this.lint) this.entries.delete(key)
  }

  /** The value kept for `key`, or `undefined`. */
  find(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (entry === undefined) return undefined
    entry.lint = this.lint
    return entry.value
  }

  keep(key: string, value: V): void {
    this.entries.set(key, {value, lint: this.lint})
  }

  isEmpty(): boolean {
    return this.entries.size === 0
  }
}

/**
 * Where the nodes of a piece are packed before they are copied out at their size: one buffer for
 * every piece of a document, not one the size of each piece made and dropped for each (some 70 MB
 * of memory outside the heap for a 5 MB article, which makes V8 collect garbage more often).
 */
interface Scratch {
  numbers: Int32Array
}

/** Per node, in document order: its type and child count, its start and end offsets, and its start's and end's line and column (16 bits each). */
type Packed = Int32Array

const fields = 5
const types = ['ParagraphNode', 'SentenceNode', 'WordNode', 'TextNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode', 'SourceNode'] as const
const typeCodes = new Map<string, number>(types.map((type, code) => [type, code]))
const parentTypes = 3
const sentenceCode = typeCodes.get('SentenceNode')!
const limit = 0xffff

type AnyNode = RootContent | SentenceContent

/**
 * The nodes as numbers, positions as if the piece started the text; `undefined` when a node does
 * not fit (a value that is not the piece's text there, a line or column past 16 bits, an unknown
 * type): that piece is parsed every time.
 */
function pack(children: readonly AnyNode[], value: string, base: Point, scratch: Scratch): Packed | undefined {
  // About half a node per character of prose: grown when a piece has more.
  if (scratch.numbers.length < value.length * 3) scratch.numbers = new Int32Array(Math.max(64, value.length * 3))
  let numbers = scratch.numbers
  let length = 0
  const lines = base.line - 1
  const columns = base.column - 1
  const offset = base.offset ?? 0
  const point = (at: Point): number => {
    const line = at.line - lines
    const column = line === 1 ? at.column - columns : at.column
    return line < 1 || line > limit || column < 1 || column > limit ? -1 : (line << 16) | column
  }
  const add = (node: AnyNode): boolean => {
    const code = typeCodes.get(node.type)
    const position = node.position
    if (code === undefined || !position) return false
    const start = position.start.offset! - offset
    const end = position.end.offset! - offset
    const from = point(position.start)
    const to = point(position.end)
    if (from === -1 || to === -1) return false
    const isParent = code < parentTypes
    if (isParent ? !('children' in node) : !isTextAt((node as {value?: unknown}).value, value, start, end)) return false
    const nodes = isParent ? ((node as {children: AnyNode[]}).children) : undefined
    const count = nodes ? nodes.length : 0
    if (count > 0xffffff) return false
    if (length + fields > numbers.length) {
      const grown = new Int32Array(numbers.length * 2)
      grown.set(numbers)
      numbers = scratch.numbers = grown
    }
    numbers[length++] = (code << 24) | count
    numbers[length++] = start
    numbers[length++] = end
    numbers[length++] = from
    numbers[length++] = to
    if (nodes) for (const child of nodes) if (!add(child)) return false
    return true
  }
  for (const child of children) if (!add(child)) return undefined
  const packed = new Int32Array(length + 1)
  packed.set(numbers.subarray(0, length))
  packed[length] = children.length
  return packed
}

/** Whether `found` is the text from `start` to `end` of `value` (without copying that text out). */
function isTextAt(found: unknown, value: string, start: number, end: number): boolean {
  return typeof found === 'string' && found.length === end - start && value.startsWith(found, start)
}

/**
 * The nodes again, positioned at `base`. A sentence's children are built when first read: the
 * walk stops at sentences, and where the findings of a paragraph come from the paragraph cache no
 * rule reads its words, so most of a rebuilt piece's nodes are never made.
 */
function unpack(packed: Packed, value: string, base: Point): RootContent[] {
  const lines = base.line - 1
  const columns = base.column - 1
  const offset = base.offset ?? 0
  const point = (lineColumn: number, relative: number): Point => {
    const line = lineColumn >>> 16
    return {line: line + lines, column: line === 1 ? (lineColumn & limit) + columns : lineColumn & limit, offset: relative + offset}
  }
  /** The `count` nodes from `from` on, each with its subtree but a sentence's children. */
  const build = (from: number, count: number): AnyNode[] => {
    let at = from
    const next = (): AnyNode => {
      const head = packed[at]
      const code = head >>> 24
      const start = packed[at + 1]
      const end = packed[at + 2]
      const position: Position = {start: point(packed[at + 3], start), end: point(packed[at + 4], end)}
      const type = types[code]
      if (code >= parentTypes) {
        at += fields
        return {type, value: value.slice(start, end), position} as AnyNode
      }
      const count = head & 0xffffff
      if (code === sentenceCode) {
        const first = at + fields
        at = skip(at)
        let children: AnyNode[] | undefined
        return {
          type,
          get children(): AnyNode[] {
            return (children ??= build(first, count))
          },
          set children(replaced: AnyNode[]) {
            children = replaced
          },
          position
        } as AnyNode
      }
      at += fields
      const children: AnyNode[] = []
      for (let index = 0; index < count; index++) children.push(next())
      return {type, children, position} as AnyNode
    }
    const nodes: AnyNode[] = []
    for (let index = 0; index < count; index++) nodes.push(next())
    return nodes
  }
  return build(0, packed[packed.length - 1]) as RootContent[]

  /** Where the node after the subtree at `at` starts. */
  function skip(at: number): number {
    let pending = 1
    while (pending > 0) {
      const head = packed[at]
      pending += (head >>> 24 < parentTypes ? head & 0xffffff : 0) - 1
      at += fields
    }
    return at
  }
}
