/**
 * The toolkit rules read the nlcst tree through: a paragraph as a flat list of tokens (words,
 * marks, white space) with absolute offsets, and the neighbours of a token across white space,
 * within a line or a sentence. Built once per paragraph and shared by every rule of a walk.
 */
import type {Paragraph} from 'nlcst'
import type {Node} from '../../src/nlcst.js'

export type TokenKind = 'word' | 'mark' | 'space'

export interface Token {
  kind: TokenKind
  /** The token's text. */
  value: string
  /** Absolute offsets (`to` exclusive). */
  from: number
  to: number
  /** Position in the paragraph's list. */
  index: number
  /** Which sentence of the paragraph it is in, from 0 (white space between sentences: the one before). */
  sentence: number
  /**
   * For a word: its text without the marks it starts or ends with (`added.` → `added`, `'90s` →
   * `90s`, `U.S.` → `U.S`); for other tokens, the value.
   */
  core: string
  /** `core` in lower case. */
  lower: string
  /** For white space: whether it holds a line break. */
  lineBreak: boolean
}

export interface Around {
  /** Do not cross a line break (white space holding one ends the search). */
  sameLine?: boolean
  /** Do not leave the token's sentence. */
  sameSentence?: boolean
}


export class Tokens {
  constructor(readonly list: readonly Token[]) {}

  /** The token after `token`, skipping white space; `undefined` at the edge or across a boundary asked for. */
  next(token: Token, around: Around = {}): Token | undefined {
    return this.step(token, 1, around)
  }

  previous(token: Token, around: Around = {}): Token | undefined {
    return this.step(token, -1, around)
  }

  /** The token right after (or before) `token`, white space included. */
  adjacent(token: Token, step: 1 | -1): Token | undefined {
    return this.list[token.index + step]
  }

  /** The next word, skipping white space only (a mark in between stops the search). */
  nextWord(token: Token, around: Around = {}): Token | undefined {
    const next = this.next(token, around)
    return next?.kind === 'word' ? next : undefined
  }

  private step(token: Token, step: 1 | -1, around: Around): Token | undefined {
    for (let at = token.index + step; at >= 0 && at < this.list.length; at += step) {
      const candidate = this.list[at]
      if (around.sameSentence && candidate.sentence !== token.sentence && candidate.kind !== 'space') return undefined
      if (candidate.kind !== 'space') return candidate
      if (around.sameLine && candidate.lineBreak) return undefined
    }
    return undefined
  }
}

const cache = new WeakMap<Paragraph, Tokens>()

/** The tokens of a paragraph, built on first use and shared (keyed by the node, so nothing outlives its tree). */
export function tokensOf(paragraph: Paragraph, text: string): Tokens {
  let tokens = cache.get(paragraph)
  if (!tokens) cache.set(paragraph, (tokens = buildTokens(paragraph, text)))
  return tokens
}

/**
 * A token whose strings are sliced from the text on first use: most tokens of a paragraph are
 * only ever asked for their kind, offsets and neighbours.
 */
class SlicedToken implements Token {
  #value: string | undefined
  #core: string | undefined
  #lower: string | undefined

  constructor(
    private readonly text: string,
    readonly kind: TokenKind,
    readonly from: number,
    readonly to: number,
    readonly index: number,
    readonly sentence: number,
    private readonly coreFrom: number,
    private readonly coreTo: number,
    readonly lineBreak: boolean
  ) {}

  get value(): string {
    return (this.#value ??= this.text.slice(this.from, this.to))
  }

  get core(): string {
    if (this.#core === undefined) this.#core = this.coreFrom === this.from && this.coreTo === this.to ? this.value : this.text.slice(this.coreFrom, this.coreTo)
    return this.#core
  }

  get lower(): string {
    return (this.#lower ??= this.core.toLowerCase())
  }
}

function buildTokens(paragraph: Paragraph, text: string): Tokens {
  const list: Token[] = []
  let sentence = -1
  const add = (node: Node, kind: TokenKind, core?: {from: number; to: number}) => {
    const from = node.position!.start.offset!
    const to = node.position!.end.offset!
    const lineBreak = kind === 'space' && hasLineBreak(text, from, to)
    list.push(new SlicedToken(text, kind, from, to, list.length, Math.max(sentence, 0), core ? core.from : from, core ? core.to : to, lineBreak))
  }
  const visit = (node: Node) => {
    switch (node.type) {
      case 'SentenceNode':
        sentence++
        for (const child of node.children) visit(child)
        return
      case 'WordNode':
        add(node, 'word', coreOf(node))
        return
      case 'WhiteSpaceNode':
        add(node, 'space')
        return
      case 'PunctuationNode':
      case 'SymbolNode':
      case 'SourceNode':
      case 'TextNode':
        add(node, 'mark')
        return
      default:
        if ('children' in node) for (const child of node.children as Node[]) visit(child)
    }
  }
  for (const child of paragraph.children) visit(child)
  return new Tokens(list)
}

/** A word's offsets without the marks it starts or ends with (all of it when it is only marks). */
function coreOf(word: Node): {from: number; to: number} {
  const children = 'children' in word ? (word.children as Node[]) : []
  let first = 0
  let last = children.length - 1
  while (first <= last && children[first].type !== 'TextNode') first++
  while (last >= first && children[last].type !== 'TextNode') last--
  if (first > last) return {from: word.position!.start.offset!, to: word.position!.end.offset!}
  return {from: children[first].position!.start.offset!, to: children[last].position!.end.offset!}
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true
  }
  return false
}
