import type {Nodes, Root, RootContent} from 'mdast'
import {gfmFromMarkdown} from 'mdast-util-gfm'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Extension} from 'micromark-util-types'
import type {Point} from 'unist'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {Processor} from 'unified'
import {markdownDensityGuard} from './markdown-density.js'

/** remark with GFM and front matter: the Markdown mtlint reads (`gfm`: GFM as remark-gfm gives it, or a part of it). */
const remark = (gfm: typeof remarkGfmWithoutTables = remarkGfm) => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(gfm)

/** The Markdown mtlint reads, parsed as remark parses it (no bound on micromark's time). */
export const markdownParser = remark().freeze()

/** Give micromark one more extension, after those of the plugins before. */
function micromarkExtension(this: Processor, extension: Extension): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(extension)
}

/**
 * GFM as `remark-gfm` gives it, but for tables: its extensions in the same order, without the
 * table's. The table construct is tried at the first line of every paragraph micromark reads and
 * runs through the whole line as a head row; on a megabyte-long paragraph that was half of
 * micromark's time (0.9-1.4 s of 1.8-2.5 s). Only for text that cannot hold a table (see `mayHoldTable`).
 */
function remarkGfmWithoutTables(this: Processor): void {
  for (const extension of [gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), gfmTaskListItem()]) micromarkExtension.call(this, extension)
  const data = this.data()
  ;(data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown())
}

/**
 * Whether text may hold a GFM table: its delimiter row needs a `|`, or a `:` beside a `-` (a cell
 * `:-`, `-:` or `:-:`; with neither, micromark reads the row as a thematic break or a setext underline).
 */
const mayHoldTable = (text: string) => /\||:-|-:/.test(text)

/** A tree, and an offset inside each paragraph, heading or table cell whose markup was too dense to parse (see `markdownDensityGuard`), in order. */
export interface MarkdownParse {
  tree: Root
  dense: number[]
}

/**
 * What may carry Markdown's meaning across a blank line, or make a block's meaning depend on where
 * in the document it stands: definitions and footnote definitions (a reference anywhere resolves
 * to them), fenced code, HTML blocks that run until their end marker, front matter, a byte-order
 * mark or NUL (micromark drops or replaces them). A document with any of these is parsed whole.
 */
const crossesBlankLines = /\]:|```|~~~|<(?:script|pre|style|textarea|[!?])|[\0\uFEFF]/i
/** A front matter fence, on any line: a run given to micromark that starts with one would read it as front matter. */
const frontMatter = /^(?:---|\+\+\+)/m
/** A blank line to micromark: nothing but spaces and tabs. */
const blankLine = /^[ \t]*$/
/**
 * A line micromark reads as paragraph text and nothing else: it starts with no mark that may open a
 * block (quote, heading, list, rule, setext underline, table, code, HTML; `-` or `+` glued to a
 * word, as in `-a`, opens none) and holds no character that may start inline markup (emphasis,
 * code, links, autolinks, entities, escapes, strikethrough, tables). Trailing spaces or tabs are allowed on a block's last line only (elsewhere two make a
 * hard break).
 */
const plainLine = /^(?![0-9]{1,9}[.)]|[-+](?:[\s\-+]|$)|www\.)[^\s>#*=<`~|[\]_:\\!&@](?:(?![\\`*_~[\]<>&|@]|:\/\/|www\.)[^])*$/i
/** Three or more `*` or `_`, maybe with spaces or tabs between and after them. */
const rule = /^([*_])(?:[ \t]*\1){2,}[ \t]*$/
/** `#` to `######`, spaces, and text without `#` or tabs (the line's trailing spaces cut off first). */
const atxHeading = /^(#{1,6} +)([^#\t ][^#\t]*)$/

interface Line {
  from: number
  to: number
  /** 1-based. */
  line: number
}

/**
 * Parse Markdown as `markdownParser` does, to the same tree with the same positions, in less time:
 * micromark spends some 50–100 µs on every paragraph however short, so 100,000 paragraphs of `A.`
 * take half a minute. A block of plain lines (see `plainLine`) between blank lines is one paragraph
 * with one text node wherever it stands (ATX headings of plain text and thematic breaks among
 * them are what they are), so it is built here; the other blocks go to micromark, in runs of
 * consecutive blocks, their positions shifted to the document. A document with anything
 * that carries meaning across a blank line is parsed whole. Throws a `RangeError` for a document
 * nested too deeply (see `maxNesting`), as micromark does, later, for deeper ones. micromark's
 * inline parse is bounded: a paragraph too dense with emphasis and link marks has them as text
 * (see `parseMarkdownDensity`); no article comes near the bound.
 */
export function parseMarkdown(source: string): Root {
  return parseMarkdownDensity(source).tree
}

/**
 * `parseMarkdown`, with micromark's inline parse bounded (see `markdownDensityGuard`): a paragraph
 * too dense with emphasis and link marks has them as text, and is listed in `dense`.
 */
export function parseMarkdownDensity(source: string): MarkdownParse {
  if (nestedTooDeeply(source)) throw new RangeError('Markdown nested too deeply to lint')
  const guard = markdownDensityGuard()
  let withTables: Processor<Root> | undefined
  let withoutTables: Processor<Root> | undefined
  /** remark with the guard, and with tables when the text may hold one: the tree is the same. */
  const parse = (text: string): Root => {
    const parser = mayHoldTable(text)
      ? (withTables ??= remark().use(micromarkExtension, guard.extension).freeze())
      : (withoutTables ??= remark(remarkGfmWithoutTables).use(micromarkExtension, guard.extension).freeze())
    return parser.parse(text)
  }
  if (crossesBlankLines.test(source) || frontMatter.test(source)) return {tree: parse(source), dense: guard.dense}
  const dense: number[] = []
  const children: RootContent[] = []
  /** Consecutive blocks that are not plain, waiting for micromark: the first's first line, the last's last. */
  let pending: {first: Line; last: Line} | undefined
  let block: Line[] = []

  /** At the end of the document, the blank lines after the run go with it (indented code takes them in). */
  const flush = (end = pending?.last.to) => {
    if (!pending) return
    const tree = parse(source.slice(pending.first.from, end))
    for (const child of tree.children) children.push(shifted(child, pending.first))
    for (const offset of guard.dense.splice(0)) dense.push(offset + pending.first.from)
    pending = undefined
  }
  const endBlock = () => {
    if (block.length === 0) return
    /** Lines that are a node of their own: a heading or a rule. */
    const lineNodes = block.map((line) => heading(source, line) ?? thematicBreak(source, line))
    // A paragraph's last line is the block's, or the one before a heading or a rule.
    const plain = block.every((line, index) => lineNodes[index] || isPlain(source, line, index === block.length - 1 || lineNodes[index + 1] !== undefined))
    if (!plain && block.every((line) => isQuotedPlain(source, line))) {
      flush()
      children.push(blockQuote(source, block))
    } else if (plain) {
      flush()
      let lines: Line[] = []
      for (const [index, line] of block.entries()) {
        const node = lineNodes[index]
        if (!node) {
          lines.push(line)
          continue
        }
        if (lines.length > 0) children.push(paragraph(source, lines))
        lines = []
        children.push(node)
      }
      if (lines.length > 0) children.push(paragraph(source, lines))
    } else {
      pending = {first: pending?.first ?? block[0], last: block[block.length - 1]}
    }
    block = []
  }

  let line = 1
  let from = 0
  for (;;) {
    let to = from
    while (to < source.length && source[to] !== '\n' && source[to] !== '\r') to++
    const current = {from, to, line}
    if (blankLine.test(source.slice(from, to))) endBlock()
    else block.push(current)
    if (to === source.length) break
    from = source[to] === '\r' && source[to + 1] === '\n' ? to + 2 : to + 1
    line++
  }
  endBlock()
  flush(source.length)
  const tree: Root = {
    type: 'root',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line, column: source.length - from + 1, offset: source.length}}
  }
  return {tree, dense}
}

/**
 * An ATX heading of plain text (`# Title`), as micromark makes it: its text without the spaces
 * around it. One with a `#` or a tab in its text (a closing sequence) is left to micromark.
 */
function heading(source: string, line: Line): RootContent | undefined {
  const match = atxHeading.exec(source.slice(line.from, withoutTrailingSpace(source, line.from, line.to)))
  if (!match || !plainLine.test(match[2])) return undefined
  const textFrom = line.from + match[1].length
  const textTo = textFrom + match[2].length
  return {
    type: 'heading',
    depth: match[1].replace(/ +$/, '').length as 1 | 2 | 3 | 4 | 5 | 6,
    children: [{type: 'text', value: match[2], position: {start: pointIn(line, textFrom), end: pointIn(line, textTo)}}],
    position: {start: pointIn(line, line.from), end: pointIn(line, line.to)}
  }
}

/**
 * A thematic break of `*` or `_` (`* * *`, `___`), as micromark makes it: the whole line. One of `-`
 * is left to micromark: under a line of text, `---` underlines a heading.
 */
function thematicBreak(source: string, line: Line): RootContent | undefined {
  if (!rule.test(source.slice(line.from, line.to))) return undefined
  return {type: 'thematicBreak', position: {start: pointIn(line, line.from), end: pointIn(line, line.to)}}
}

const pointIn = (line: Line, offset: number): Point => ({line: line.line, column: offset - line.from + 1, offset})

/**
 * How deeply a line may nest block quotes and list items. micromark takes time of the square of
 * the depth on a line (`> > > …`: 3,000 levels take half a second, 50,000 twenty seconds, and more
 * run out of stack); no article nests a hundred.
 */
export const maxNesting = 100
const orderedMarker = /^[0-9]{1,9}[.)][ \t]/

/**
 * Whether a line opens more than `maxNesting` block quotes and list items at its start. List
 * markers count only before content: a line of nothing but `* * *` is a thematic break.
 */
function nestedTooDeeply(source: string): boolean {
  for (let at = 0; at < source.length; at++) {
    let quotes = 0
    let items = 0
    for (;;) {
      while (source[at] === ' ' || source[at] === '\t') at++
      const char = source[at]
      if (char === '>') {
        quotes++
        at++
      } else if ((char === '-' || char === '+' || char === '*') && (source[at + 1] === ' ' || source[at + 1] === '\t')) {
        items++
        at += 2
      } else {
        const ordered = char >= '0' && char <= '9' ? orderedMarker.exec(source.slice(at, at + 12)) : null
        if (!ordered) break
        items++
        at += ordered[0].length
      }
    }
    const content = at < source.length && source[at] !== '\n' && source[at] !== '\r'
    if (quotes + (content ? items : 0) > maxNesting) return true
    while (at < source.length && source[at] !== '\n' && source[at] !== '\r') at++
  }
  return false
}

/**
 * Where the spaces and tabs at the end of `from..to` start (`to` when there are none). A loop, not
 * `/[ \t]+$/`, which tries every start in a run of spaces: quadratic on a line of a thousand.
 */
function withoutTrailingSpace(source: string, from: number, to: number): number {
  while (to > from && (source[to - 1] === ' ' || source[to - 1] === '\t')) to--
  return to
}

function isPlain(source: string, line: Line, last: boolean): boolean {
  const end = withoutTrailingSpace(source, line.from, line.to)
  return (last || end === line.to) && plainLine.test(source.slice(line.from, end))
}

/** A paragraph of plain lines, as micromark makes it: the text without the last line's trailing white space. */
function paragraph(source: string, lines: readonly Line[]): RootContent {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const value = source.slice(first.from, withoutTrailingSpace(source, last.from, last.to))
  const start = {line: first.line, column: 1, offset: first.from}
  const textEnd = first.from + value.length
  return {
    type: 'paragraph',
    children: [{type: 'text', value, position: {start, end: {line: last.line, column: textEnd - last.from + 1, offset: textEnd}}}],
    position: {start: {...start}, end: {line: last.line, column: last.to - last.from + 1, offset: last.to}}
  }
}

/** The mark of a block quote, and one space, at a line's start. */
const quoteMark = '> '

/**
 * Whether a line is `> ` and plain text, with no white space after it: in a block of such lines,
 * one block quote of one paragraph. (A mark with no space or more, or trailing white space, is
 * left to micromark.)
 */
function isQuotedPlain(source: string, line: Line): boolean {
  return source.startsWith(quoteMark, line.from) && withoutTrailingSpace(source, line.from, line.to) === line.to && plainLine.test(source.slice(line.from + quoteMark.length, line.to))
}

/**
 * A block quote of plain lines, as micromark makes it: one paragraph whose text is the lines
 * without their marks, with the line endings between them. micromark spends some 50 µs on each
 * line of a block quote (a megabyte of `> a` lines took 13 s).
 */
function blockQuote(source: string, lines: readonly Line[]): RootContent {
  const first = lines[0]
  const last = lines[lines.length - 1]
  const parts: string[] = []
  for (const [index, line] of lines.entries()) {
    parts.push(source.slice(line.from + quoteMark.length, line.to))
    if (index < lines.length - 1) parts.push(source.slice(line.to, lines[index + 1].from))
  }
  const start = pointIn(first, first.from + quoteMark.length)
  const end = pointIn(last, last.to)
  return {
    type: 'blockquote',
    children: [{type: 'paragraph', children: [{type: 'text', value: parts.join(''), position: {start, end}}], position: {start: {...start}, end: {...end}}}],
    position: {start: pointIn(first, first.from), end: {...end}}
  }
}

/** A node of a run parsed apart, moved to where the run starts in the document (always at a line's start). */
function shifted<T extends Nodes>(node: T, at: Line): T {
  const move = (point: Point) => {
    point.line += at.line - 1
    if (point.offset !== undefined) point.offset += at.from
  }
  const visit = (current: Nodes) => {
    if (current.position) {
      move(current.position.start)
      move(current.position.end)
    }
    if ('children' in current) for (const child of current.children) visit(child)
  }
  visit(node)
  return node
}
