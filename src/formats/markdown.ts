import type {Nodes as MdastNodes} from 'mdast'
import {addAligned, align} from './align.js'
import {parseDirective} from './control-comments.js'
import type {Directive} from './control-comments.js'
import {ProseBuilder} from './prose-view.js'
import type {Block, Extracted} from './extracted.js'
import {blockBreak, placeholder} from './extracted.js'
import type {Unparsed} from '../bounded-parse.js'
import {parseMarkdownDensity} from './markdown-parse.js'

export {markdownParser, parseMarkdown} from './markdown-parse.js'

/** Blocks whose inline content is prose. */
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])
/** Blocks that hold other blocks. */
const containers = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition'])
/** Blocks shown apart from the prose, which a sentence may run through: code and maths (and HTML blocks). */
const displayBlocks = new Set(['code', 'math'])
/** HTML comments (control comments, notes), which show nothing. */
const htmlComments = /<!--[\s\S]*?-->/g
/** Inline nodes whose children are prose. */
const inlineContainers = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])
/** Inline nodes that stand in the prose as one neutral character: code, images, maths. */
const opaqueInline = new Set(['inlineCode', 'image', 'imageReference', 'inlineMath', 'footnoteReference'])

/**
 * The prose of a Markdown document: paragraphs, headings and table cells, with emphasis and links
 * read as their text. Code, front matter, HTML, link and image targets are left out; inline code
 * and images stand as one placeholder character, so that a sentence around them still reads whole.
 */
export function extractMarkdown(source: string): Extracted {
  const {tree, dense} = parseMarkdownDensity(source)
  const prose = new ProseBuilder()
  const directives: Directive[] = []
  const blocks: Block[] = []
  const notLinted: Unparsed[] = []
  /** The next of the offsets in blocks too dense to parse, which come in the order of the blocks. */
  let nextDense = 0
  /** Whether the blocks being read are inside a list item. */
  let listDepth = 0
  /** Whether the last block read was code or maths, after which a paragraph may go on with the sentence before it. */
  let afterDisplay = false

  const start = (node: MdastNodes) => node.position?.start.offset ?? 0
  const end = (node: MdastNodes) => node.position?.end.offset ?? 0

  function collectDirective(node: MdastNodes & {value?: string}) {
    const directive = parseDirective(node.value ?? '', start(node), end(node))
    if (directive) directives.push(directive)
  }

  function inline(node: MdastNodes): void {
    if (node.type === 'text') {
      addAligned(prose, node.value, align(node.value, source, start(node), end(node)))
    } else if (node.type === 'break') {
      prose.stand('\n', start(node), end(node) - start(node))
    } else if (node.type === 'html') {
      collectDirective(node)
    } else if (opaqueInline.has(node.type)) {
      prose.stand(placeholder, start(node), end(node) - start(node))
    } else if (inlineContainers.has(node.type) && 'children' in node) {
      for (const child of node.children) inline(child)
    }
  }

  /** Whether a block holds an offset where micromark's parse was cut short as too dense. */
  function isDense(node: MdastNodes): boolean {
    while (nextDense < dense.length && dense[nextDense] < start(node)) nextDense++
    if (nextDense === dense.length || dense[nextDense] >= end(node)) return false
    while (nextDense < dense.length && dense[nextDense] < end(node)) nextDense++
    return true
  }

  function block(node: MdastNodes): void {
    if (proseBlocks.has(node.type) && 'children' in node) {
      if (prose.length > 0 && !prose.endsWith(blockBreak)) prose.stand(blockBreak, start(node), 0)
      const from = prose.length
      if (isDense(node)) {
        // What micromark read of it is not what a reader sees: one neutral character stands for it.
        prose.stand(placeholder, start(node), end(node) - start(node))
        notLinted.push({from, to: prose.length, tooDense: true})
      } else {
        for (const child of node.children) inline(child)
      }
      const kind =
        node.type === 'heading'
          ? 'heading'
          : node.type === 'tableCell'
            ? 'table-cell'
            : listDepth > 0
              ? 'list-item'
              : afterDisplay
                ? 'continuation'
                : inlineContainers.has(node.children[0]?.type ?? '')
                  ? 'marked-start'
                  : undefined
      if (kind && prose.length > from) blocks.push({from, to: prose.length, kind})
      afterDisplay = false
    } else if (displayBlocks.has(node.type)) {
      afterDisplay = true
    } else if (node.type === 'html') {
      collectDirective(node)
      if (node.value.replace(htmlComments, '').trim() !== '') afterDisplay = true
    } else if (containers.has(node.type) && 'children' in node) {
      if (node.type === 'listItem') listDepth++
      for (const child of node.children) block(child)
      if (node.type === 'listItem') listDepth--
    }
  }

  block(tree)
  return {view: prose.build(), directives, blocks, notLinted}
}
