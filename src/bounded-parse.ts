import type {Paragraph, Root, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import {LinearParseEnglish} from './linear-parse-english.js'
import type {PieceChild, RelintCache} from './relint-cache.js'

/**
 * How much `parse-english` is given at once. It parses a whole text as one token list (so work done
 * per merge grows with the text), merges a word's parts with a spread that overflows the stack past
 * about 100,000 parts (`a.a.a.…`), and merges sentences without words one into the next, which is
 * quadratic (`. . . …`). These bounds keep every call small.
 */
export interface ParseLimits {
  /**
   * A text up to this long is parsed in one call, exactly as `parse-english` parses it; a longer one
   * in calls up to this long, ended at blank lines, and a stretch without a blank line longer than
   * this in parts cut at white space.
   */
  chunk: number
  /** A run without white space longer than this is not parsed: see `parseBounded`. */
  run: number
}

// No word or URL of an article is 2,000 characters long; parsing a run that long already costs
// time of its length squared (`a/a/a/…`, and the cuts' checks parse the runs beside them again).
export const defaultLimits: Readonly<ParseLimits> = Object.freeze({chunk: 10_000, run: 2000})

/** A stretch of the parsed text (offsets into it) that is not linted: by default, a run the tree holds as one source node. */
export interface Unparsed {
  from: number
  to: number
  /** A block of Markdown too dense with markup to parse (see `src/formats/markdown-density.ts`), not a run too long. */
  tooDense?: true
}

export interface BoundedParse {
  tree: Root
  /** Runs without white space too long to parse as words, in order. */
  unparsed: Unparsed[]
  /**
   * How many cuts were made without checking that the parts join into what one parse gives (in a
   * paragraph longer than `limits.chunk` where no nearby white space checked out). Without them,
   * the tree is the one `parse-english` gives.
   */
  unchecked: number
}

// parse-latin's white space, line breaks and paragraph separator (`expressions.js`).
const whiteSpace = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/
const newLine = /^[ \t]*((\r?\n|\r)[\t ]*)+$/
const terminalEnd = /[!.?\u2026\u203D]+["'”’»)\]]*$/
const lowerOrDigitStart = /^[\p{Ll}\p{Nd}]/u
const wordCharacter = /[\p{L}\p{N}]/u
/** Stands for a run too long to parse: a private-use character, one symbol token however many. */
const mask = '\uE001'

function isWhiteSpace(character: string): boolean {
  const code = character.charCodeAt(0)
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return whiteSpace.test(character)
}

/**
 * Parse English prose as `parse-english` does, in bounded calls; every position in the tree is an
 * offset (and line and column) of `text` itself. A text up to `limits.chunk` long is parsed in one
 * call. A longer one is parsed in calls of up to that length, cut at white space where a parse of
 * the text around it shows that parsing the two sides apart and joining them (as paragraphs, as
 * sentences of one paragraph, or within one sentence) gives what parsing them together gives:
 * blank lines and line ends after a sentence first, then spaces between words. So the tree is the
 * one `parse-english` gives, unless no white space near the end of a chunk checks out: that cut is
 * made unchecked, and counted (none on the WMT22 and State of the Union corpora, even with chunks of
 * 50 characters). A run without white space longer than `limits.run` (`a.a.a.…`,
 * `&amp;&amp;…`, a megabyte of one letter) is no prose, and rules that
 * read a word or a sentence as a string cannot afford it: the tree holds it as one source node
 * (nlcst's node for a value that is not prose), and it is listed in `unparsed`.
 */
export function parseBounded(text: string, limits: ParseLimits = defaultLimits): BoundedParse {
  const {input, unparsed} = maskLongRuns(text, limits)
  const counter = {unchecked: 0}
  const parser = new PositionedParser()
  let tree: Root
  if (text.length <= limits.chunk) {
    tree = parser.parse(input)
    if (unparsed.length > 0) restoreMasked(tree.children, text, unparsed)
  } else {
    const children: RootContent[] = []
    parseInPieces(parser, input, limits, counter, (batch) => {
      if (unparsed.length > 0) restoreMasked(batch, text, unparsed)
      for (const child of batch) children.push(child)
    })
    tree = rootOf(children)
  }
  return {tree, unparsed, unchecked: counter.unchecked}
}

/**
 * Root children as a parse gives them, a few at a time: see `parseLazily`. With a cache, each comes
 * with where it comes from, when it is an interior child of a piece whose parse the cache keeps.
 */
export type RootStream = (
  take: (children: readonly RootContent[], origins?: ReadonlyArray<PieceChild | undefined>) => void,
  cache?: RelintCache
) => void

/** The streams of lazily parsed roots whose children nobody has asked for yet. */
const streams = new WeakMap<Root, RootStream>()

/**
 * `parseBounded`, except that a text longer than `limits.chunk` is not parsed yet: its root parses
 * the whole tree the first time anything reads its `children` or `position`, and until then the
 * runner can take the children from `streamOf(root)` instead, piece by piece as they are parsed,
 * each piece dropped once walked. A 5 MB article then never holds its whole tree. The pieces and
 * their nodes are those of `parseBounded` (the same cuts, in the same order).
 */
export function parseLazily(text: string, limits: ParseLimits = defaultLimits): Omit<BoundedParse, 'unchecked'> {
  if (text.length <= limits.chunk) return parseBounded(text, limits)
  const {input, unparsed} = maskLongRuns(text, limits)
  let whole: Root | undefined
  const materialize = () => {
    streams.delete(root)
    return (whole ??= parseBounded(text, limits).tree)
  }
  const root = {
    type: 'RootNode',
    get children() {
      return materialize().children
    },
    get position() {
      return materialize().position
    }
  } as Root
  streams.set(root, (take, cache) => {
    parseInPieces(
      new PositionedParser(),
      input,
      limits,
      {unchecked: 0},
      (batch, origins) => {
        if (unparsed.length > 0) restoreMasked(batch, text, unparsed)
        take(batch, origins)
      },
      cache
    )
  })
  return {tree: root, unparsed}
}

/** How to walk a root's children piece by piece without its whole tree, when it was parsed lazily and not read since. */
export function streamOf(root: Root): RootStream | undefined {
  return streams.get(root)
}

/**
 * The runs without white space longer than `limits.run`, and the text with each of them masked as
 * one symbol run (a copy of the text only when there is such a run).
 */
function maskLongRuns(text: string, limits: ParseLimits): {input: string; unparsed: Unparsed[]} {
  const unparsed: Unparsed[] = []
  if (text.length <= limits.run) return {input: text, unparsed}
  const pieces: string[] = []
  let copied = 0
  // A run longer than `limits.run` covers a multiple of it: look only there, and around.
  for (let probe = limits.run; probe < text.length; probe += limits.run) {
    if (probe < copied || isWhiteSpace(text[probe])) continue
    let from = probe
    while (from > 0 && !isWhiteSpace(text[from - 1])) from--
    let to = probe + 1
    while (to < text.length && !isWhiteSpace(text[to])) to++
    if (to - from <= limits.run) continue
    unparsed.push({from, to})
    pieces.push(text.slice(copied, from), mask.repeat(to - from))
    copied = to
  }
  return {input: unparsed.length > 0 ? pieces.join('') + text.slice(copied) : text, unparsed}
}

/**
 * Turn the symbols that stand for unparsed runs into source nodes holding the run's text: nlcst's
 * node for a value embedded in prose that is not prose, which no rule reads as a word or a mark.
 */
function restoreMasked(nodes: RootContent[] | readonly RootContent[], text: string, unparsed: readonly Unparsed[]): void {
  const starts = new Set(unparsed.map((run) => run.from))
  const visit = (children: Array<RootContent | SentenceContent>): void => {
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (child.type === 'SymbolNode' && child.position && starts.has(child.position.start.offset!)) {
        children[index] = {type: 'SourceNode', value: text.slice(child.position.start.offset, child.position.end.offset), position: child.position}
      } else if (child.type === 'ParagraphNode' || child.type === 'SentenceNode') {
        visit(child.children)
      }
    }
  }
  visit(nodes as Array<RootContent | SentenceContent>)
}

/** Line and column at each offset, counted as parse-latin counts them (`\r\n` is one line break). */
class Cursor {
  offset = 0
  line = 1
  column = 1
  constructor(private readonly text: string) {}

  advance(to: number): Point {
    const {text} = this
    for (; this.offset < to; this.offset++) {
      const character = text[this.offset]
      if (character === '\r' || (character === '\n' && text[this.offset - 1] !== '\r')) {
        this.line++
        this.column = 1
      } else if (character !== '\n') {
        this.column++
      }
    }
    return {line: this.line, column: this.column, offset: this.offset}
  }
}

/**
 * `parse-english` that positions its tree as if the text it is given started at `base`: each token's
 * points move as the tokenizer makes them, before any merge, and every later node's points are
 * those of its tokens (parse-latin builds parents' positions from their children's point objects).
 */
class PositionedParser extends LinearParseEnglish {
  private base: Point | undefined

  parseAt(value: string, base: Point): Root {
    this.base = base.offset === 0 ? undefined : base
    try {
      return this.parse(value)
    } finally {
      this.base = undefined
    }
  }

  override tokenize(value: string | null | undefined): SentenceContent[] {
    const tokens = super.tokenize(value)
    const {base} = this
    if (!base) return tokens
    const lines = base.line - 1
    const columns = base.column - 1
    const offset = base.offset!
    const move = (point: Point) => {
      if (point.line === 1) point.column += columns
      point.line += lines
      point.offset! += offset
    }
    // A token's start is one object (shared with its text node, in a word); its ends are two.
    for (const token of tokens) {
      move(token.position!.start)
      move(token.position!.end)
      if (token.type === 'WordNode') move(token.children[0].position!.end)
    }
    return tokens
  }
}

function whiteSpaceNode(text: string, from: number, to: number, start: Point, end: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value: text.slice(from, to), position: {start, end}}
}

/** How a part parsed alone attaches to the one before, across the white space between them. */
type Joint = 'root' | 'paragraph' | 'sentence'

interface Cut {
  from: number
  to: number
  joint: Joint
  checked: boolean
}

/** How many cut points are checked, per cut, before cutting unchecked. */
const maxTries = 12
/** How much text on each side of a cut point is parsed to check it. */
const context = 250

/**
 * Parse `text` in calls of up to `limits.chunk` characters, handing the root children to `take` as
 * soon as no later part can join them: all but the last, which the next part may continue.
 */
function parseInPieces(
  parser: PositionedParser,
  text: string,
  limits: ParseLimits,
  counter: {unchecked: number},
  take: (children: RootContent[], origins?: Array<PieceChild | undefined>) => void,
  cache?: RelintCache
): void {
  const children: RootContent[] = []
  /** With a cache: where each of `children` comes from (see `PieceChild`). */
  const origins: Array<PieceChild | undefined> | undefined = cache ? [] : undefined
  const cursor = new Cursor(text)
  let space: WhiteSpace | undefined
  let joint: Joint = 'root'
  const add = (from: number, to: number) => {
    const base = cursor.advance(from)
    const value = text.slice(from, to)
    const parse = () => parser.parseAt(value, base).children
    if (cache) {
      const before = children.length
      const part = cache.children(value, base, parse)
      const kept = cache.keptParseOf(part)
      attach(children, space, part, joint)
      // `attach` appends the part's nodes in order (its first may go into the node before).
      let next = 1
      for (let at = before; at < children.length; at++) {
        const interior = kept !== undefined && next < part.length - 1 && children[at] === part[next]
        origins!.push(interior ? {piece: kept, index: next++} : undefined)
      }
    } else {
      attach(children, space, parse(), joint)
    }
    if (children.length > 1) take(children.splice(0, children.length - 1), origins?.splice(0, origins.length - 1))
  }
  let start = 0
  while (text.length - start > limits.chunk) {
    const cut = chooseCut(parser, text, start, limits.chunk, cache)
    if (!cut) break
    if (!cut.checked) counter.unchecked++
    add(start, cut.from)
    const spaceStart = cursor.advance(cut.from)
    space = whiteSpaceNode(text, cut.from, cut.to, spaceStart, cursor.advance(cut.to))
    joint = cut.joint
    start = cut.to
  }
  add(start, text.length)
  take(children, origins)
}

/** A root over its children: as parse-latin's `patchPosition`, from the start of the first child to the end of the last. */
function rootOf(children: RootContent[]): Root {
  const root: Root = {type: 'RootNode', children}
  const first = children[0]?.position
  const last = children[children.length - 1]?.position
  if (first && last) root.position = {start: first.start, end: last.end}
  return root
}

/**
 * Where to cut the text after `from`, within `size` characters: white space where parsing the two
 * sides alone and joining them gives what parsing them together gives, checked on the text around
 * it. Tried in order: blank lines, line ends after a sentence, spaces between words, any white
 * space, the last first. When none checks out (a megabyte of `. . .`), the best is cut unchecked;
 * when the window has no white space, the first white space after it.
 */
function chooseCut(parser: PositionedParser, text: string, from: number, size: number, cache?: RelintCache): Cut | undefined {
  const windowEnd = Math.min(text.length, from + size)
  const windowStart = from + (size >> 1)
  const rank = ([start, end]: [number, number]) => {
    const value = text.slice(start, end)
    if (isBlankLine(value)) return 3
    if (newLine.test(value) && terminalEnd.test(text.slice(Math.max(0, start - 4), start))) return 2
    return wordCharacter.test(text[start - 1]) && wordCharacter.test(text[end]) ? 1 : 0
  }
  // In the second half of the window: every line end, and the last few other runs of white space.
  const runs = new Map<number, [number, number]>()
  const keep = (at: number) => {
    const run = maximalRun(text, [at, at + 1])
    if (run[0] > from && run[1] < text.length) runs.set(run[0], run)
    return run[0]
  }
  for (let at = windowEnd - 1; at >= windowStart; at--) {
    const character = text[at]
    if (character === '\n' || character === '\r') at = keep(at)
  }
  for (let at = windowEnd - 1, found = 0; at >= windowStart && found < 4 * maxTries; at--) {
    if (!isWhiteSpace(text[at])) continue
    at = keep(at)
    found++
  }
  const candidates = [...runs.values()]
    .map((run) => ({run, rank: rank(run)}))
    .sort((a, b) => b.rank - a.rank || b.run[0] - a.run[0])
  for (const {run} of candidates.slice(0, maxTries)) {
    const joint = checkedJoint(parser, text, run, cache)
    if (joint) return {from: run[0], to: run[1], joint, checked: true}
  }
  const run = candidates[0]?.run ?? firstRunAfter(text, windowEnd)
  return run && {from: run[0], to: run[1], joint: guessJoint(text, run), checked: false}
}

function maximalRun(text: string, run: [number, number]): [number, number] {
  let [start, end] = run
  while (start > 0 && isWhiteSpace(text[start - 1])) start--
  while (end < text.length && isWhiteSpace(text[end])) end++
  return [start, end]
}

function firstRunAfter(text: string, from: number): [number, number] | undefined {
  for (let index = from; index < text.length; index++) {
    if (!isWhiteSpace(text[index])) continue
    const run = maximalRun(text, [index, index + 1])
    if (run[1] < text.length) return run
    return undefined
  }
  return undefined
}

/** Where parse-latin puts white space when the text around it is not checked: the likely place. */
function guessJoint(text: string, [start, end]: [number, number]): Joint {
  const value = text.slice(start, end)
  if (isBlankLine(value)) return 'root'
  if (!terminalEnd.test(text.slice(Math.max(0, start - 4), start)) || lowerOrDigitStart.test(text[end])) return 'sentence'
  return newLine.test(value) ? 'root' : 'paragraph'
}

/**
 * Parse the text around `run` whole and in two parts cut at it: the joint where the whole parse has
 * the white space, when attaching the parts there gives the same tree; else `undefined`.
 */
function checkedJoint(parser: PositionedParser, text: string, run: [number, number], cache?: RelintCache): Joint | undefined {
  const [from, to] = run
  let start = Math.max(0, from - context)
  // From the start of a line, or at least after white space: never inside a token.
  // Searched back a bounded way only: `lastIndexOf` would scan to the start of a text without `\r`.
  const floor = Math.max(0, from - 4 * context)
  const before = text.slice(floor, start + 1)
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
  if (lineStart !== -1) start = floor + lineStart + 1
  else while (start > 0 && !isWhiteSpace(text[start - 1])) start--
  let end = Math.min(text.length, to + context)
  const lineEnd = text.slice(end, to + 4 * context).search(/[\n\r]/)
  if (lineEnd !== -1) end += lineEnd
  else while (end < text.length && !isWhiteSpace(text[end])) end++

  const region = text.slice(start, end)
  const check = () => checkJoint(parser, region, from - start, to - start)
  // The check reads the region alone, with the run's place in it.
  return cache ? cache.memo('cut', `${from - start} ${to - start} ${region}`, check) : check()
}

/** Whether parsing `region` in two parts cut at the run `from..to` and joining them gives the whole parse; the joint if so. */
function checkJoint(parser: PositionedParser, region: string, from: number, to: number): Joint | undefined {
  const whole = parser.parse(region)
  const joint = jointOf(whole, from)
  if (!joint) return undefined
  const cursor = new Cursor(region)
  const left = parser.parse(region.slice(0, from)).children
  const spaceStart = cursor.advance(from)
  const space = whiteSpaceNode(region, from, to, spaceStart, cursor.advance(to))
  const right = parser.parseAt(region.slice(to), cursor.advance(to)).children
  attach(left, space, right, joint)
  return sameNodes(whole.children, left) ? joint : undefined
}

/** Where the white space starting at `offset` is in a tree: a child of the root, a paragraph or a sentence. */
function jointOf(tree: Root, offset: number): Joint | undefined {
  const find = (nodes: readonly RootContent[] | readonly SentenceContent[], joint: Joint): Joint | undefined => {
    for (const node of nodes) {
      const position = node.position
      if (!position || position.end.offset! <= offset) continue
      if (position.start.offset! > offset) return undefined
      if (node.type === 'WhiteSpaceNode') return position.start.offset === offset ? joint : undefined
      if (node.type === 'ParagraphNode') return find(node.children, 'paragraph')
      if (node.type === 'SentenceNode') return find(node.children, 'sentence')
      return undefined
    }
    return undefined
  }
  return find(tree.children, 'root')
}

/**
 * Whether two parses are the same, node for node: types, offsets, values and children. Compared
 * in place, not as strings of the two trees (some 0.1 s of a fix of a 5 MB article, and its garbage).
 */
function sameNodes(first: readonly (RootContent | SentenceContent)[], second: readonly (RootContent | SentenceContent)[]): boolean {
  if (first.length !== second.length) return false
  for (let index = 0; index < first.length; index++) {
    const a = first[index]
    const b = second[index]
    if (a.type !== b.type || a.position?.start.offset !== b.position?.start.offset || a.position?.end.offset !== b.position?.end.offset) return false
    const hasValue = 'value' in a
    if (hasValue !== 'value' in b || (hasValue && a.value !== (b as {value?: unknown}).value)) return false
    const hasChildren = 'children' in a
    if (hasChildren !== 'children' in b || (hasChildren && !sameNodes(a.children, (b as {children: SentenceContent[]}).children))) return false
  }
  return true
}

/** Whether white space with at least two line breaks (a blank line) is here. */
function isBlankLine(value: string): boolean {
  return newLine.test(value) && value.split(/\r\n|\r|\n/).length > 2
}

/**
 * Append the root children of a part parsed alone to those before it, across the white space
 * between them: as root children (`root`), into the last paragraph (`paragraph`), or into the
 * last sentence (`sentence`); a part that does not start with the node the joint needs is
 * attached one level up.
 */
function attach(previous: RootContent[], space: WhiteSpace | undefined, next: RootContent[], joint: Joint): void {
  const lastParagraph = previous[previous.length - 1]
  const firstParagraph = next[0]
  if (!space || joint === 'root' || lastParagraph?.type !== 'ParagraphNode' || firstParagraph?.type !== 'ParagraphNode') {
    if (space) previous.push(space)
    for (const node of next) previous.push(node)
    return
  }
  const lastSentence = lastParagraph.children[lastParagraph.children.length - 1]
  const firstSentence = firstParagraph.children[0]
  if (joint === 'sentence' && lastSentence?.type === 'SentenceNode' && firstSentence?.type === 'SentenceNode') {
    lastSentence.children.push(space)
    for (const node of firstSentence.children) lastSentence.children.push(node)
    lastSentence.position = span(lastSentence, firstSentence)
    for (let index = 1; index < firstParagraph.children.length; index++) lastParagraph.children.push(firstParagraph.children[index])
  } else {
    lastParagraph.children.push(space)
    for (const node of firstParagraph.children) lastParagraph.children.push(node)
  }
  lastParagraph.position = span(lastParagraph, firstParagraph)
  for (let index = 1; index < next.length; index++) previous.push(next[index])
}

function span(first: Paragraph | Sentence, last: Paragraph | Sentence): Paragraph['position'] {
  if (!first.position || !last.position) return first.position ?? last.position
  return {start: first.position.start, end: last.position.end}
}
