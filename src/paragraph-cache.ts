import type {Node} from './nlcst.js'
import {RelintCache} from './relint-cache.js'
import type {PieceChild} from './relint-cache.js'
import type {Report} from './rule.js'

/** A report of a paragraph-scope rule, with its offsets from the start of its paragraph. */
export interface CachedReport {
  /** The rule's index in the list of rules linted. */
  rule: number
  /** Where in the walk it was made, counted from the paragraph: its node and the visitor's slot, which keep the messages in the order a full lint gives them. */
  node: number
  slot: number
  report: Report
}

/**
 * The findings of paragraph-scope rules (`scope: 'paragraph'`), by paragraph, for linting one
 * document again and again as it changes: a paragraph that comes again with the same text and the
 * same tree gets its findings from here, and only the paragraphs that changed are linted. The key
 * holds the tree's shape because the parser may split the same text into sentences differently
 * depending on its neighbours. Findings are for one list of rules: linting with another empties
 * the cache. Entries a lint did not use are dropped after it, so the cache stays the size of the
 * document. It carries the document's `RelintCache` too (the parses of the pieces of a long text),
 * so that a lint after an edit parses only the pieces that changed. Not shared between documents
 * or threads; no Node.js API, so a browser can use it.
 */
export class ParagraphCache {
  readonly relint = new RelintCache()
  private entries = new Map<string, CachedReport[]>()
  private used = new Map<string, CachedReport[]>()
  private rules: readonly unknown[] | undefined
  /**
   * The keys of the interior paragraphs of the pieces the relint cache keeps, by the piece's parse
   * and the paragraph's index in it: a paragraph that comes again in a piece rebuilt from there is
   * found by the key it had, without hashing its tree and text again (or building its words).
   */
  private readonly pieceKeys = new WeakMap<object, string[]>()

  /** Start a lint with these rules (compared by identity). */
  begin(rules: readonly unknown[]): void {
    if (rules !== this.rules) this.entries.clear()
    this.rules = rules
    this.used = new Map()
  }

  /** The key of a paragraph (see `paragraphKey`); from where it was made, for an interior child of a kept piece. */
  keyOf(paragraph: Node, text: string, origin?: PieceChild): string {
    if (!origin) return paragraphKey(paragraph, text)
    let keys = this.pieceKeys.get(origin.piece)
    if (!keys) this.pieceKeys.set(origin.piece, (keys = []))
    return (keys[origin.index] ??= paragraphKey(paragraph, text))
  }

  get(key: string): CachedReport[] | undefined {
    const found = this.entries.get(key)
    if (found) this.used.set(key, found)
    return found
  }

  set(key: string, reports: CachedReport[]): void {
    this.used.set(key, reports)
  }

  /** End a lint: keep what it used. */
  end(): void {
    this.entries = this.used
    this.used = new Map()
  }

  get size(): number {
    return this.entries.size
  }
}

const typeCodes = new Map<string, number>()

/**
 * The key of a paragraph: its text and a hash of its tree (each node's type and extent), two
 * 32-bit FNV-style hashes with different primes, so that two trees of one text practically never
 * share a key.
 */
export function paragraphKey(paragraph: Node, text: string): string {
  const start = paragraph.position!.start.offset!
  let first = 0x811c9dc5
  let second = 0x01000193
  const stack: Node[] = [paragraph]
  while (stack.length > 0) {
    const node = stack.pop()!
    let code = typeCodes.get(node.type)
    if (code === undefined) typeCodes.set(node.type, (code = typeCodes.size + 1))
    const from = node.position!.start.offset! - start
    const to = node.position!.end.offset! - start
    first = Math.imul(first ^ code, 0x01000193) ^ Math.imul(from, 0x5bd1e995) ^ to
    second = Math.imul(second ^ (to * 31 + code), 0x1b873593) ^ from
    if ('children' in node) {
      const children = node.children as Node[]
      for (let at = children.length - 1; at >= 0; at--) stack.push(children[at])
    }
  }
  return `${(first >>> 0).toString(36)}.${(second >>> 0).toString(36)}.${text.slice(start, paragraph.position!.end.offset!)}`
}
