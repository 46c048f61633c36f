import type {Nodes as HastNodes, Root as HastRoot} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {addAligned, align} from './align.js'
import type {Alignment} from './align.js'
import {parseDirective} from './control-comments.js'
import type {Directive} from './control-comments.js'
import type {Block, Extracted} from './extracted.js'
import {blockBreak, placeholder} from './extracted.js'
import {ProseBuilder} from './prose-view.js'

export const htmlParser = unified().use(rehypeParse).freeze()

export function parseHtml(source: string): HastRoot {
  return htmlParser.parse(source) as HastRoot
}

/** Elements whose content is not article prose: code blocks, scripts, styles, forms, navigation, metadata. */
const skipped = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'pre', 'svg', 'math',
  'textarea', 'select', 'button', 'nav', 'iframe', 'object', 'canvas', 'audio', 'video'
])

/** Skipped elements shown as a block, which a sentence may run through: `<pre>`, `<math>`. */
const displayElements = new Set(['pre', 'math'])
/** Inline elements that set a term off: a paragraph opening with one starts with that term. */
const markingElements = new Set(['b', 'strong', 'em', 'i', 'a', 'cite', 'dfn'])
const visibleText = /\S/
/**
 * A language tag of a language other than English: `fr`, `de-CH`, `zh-Hans`; not `en`, `en-GB`,
 * `eng`, nor the tags of no particular language (`und`, `mul`, `zxx`, `mis`).
 */
const otherLanguage = /^(?!(?:en|eng|und|mul|zxx|mis)(?:-|$))[a-z]{2,3}(?:-|$)/i
/**
 * Containers, whose `lang` is ignored: translation pipelines often keep the source's language on
 * the page and its sections (`<html lang="zh">`, `<article lang="zh">`) while the text is English.
 */
const containerElements = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'header', 'footer', 'aside', 'address', 'details',
  'dialog', 'fieldset', 'figure', 'form', 'hgroup', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'ol', 'dl'
])

/**
 * Elements that stand as one placeholder character inside a sentence: images, and code, keys and
 * variables, which are words of the sentence (`install it with <code>npm i</code>.`), as Markdown's
 * code spans are. Left out, they left the marks around them standing alone (`with .`).
 */
const opaque = new Set(['img', 'input', 'picture', 'code', 'kbd', 'samp', 'var'])

/** Elements whose content rules treat as other than a paragraph. */
const blockKinds: Readonly<Record<string, Block['kind']>> = {
  li: 'list-item', dt: 'list-item', dd: 'list-item', td: 'table-cell', th: 'table-cell', caption: 'table-cell',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading'
}

/** Elements that start a new block of prose (a paragraph for the rules). */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'title', 'tr', 'ul'
])

const whiteSpaceRun = /[ \t\n\r\f]+/g

/**
 * The prose of an HTML page as a browser shows it: the text of its elements, white space collapsed
 * as a browser collapses it, each block element a paragraph. Scripts, styles, code, navigation,
 * text marked as another language, attributes and tags are left out.
 */
export function extractHtml(source: string): Extracted {
  const tree = parseHtml(source)
  const prose = new ProseBuilder()
  const directives: Directive[] = []
  const blocks: Block[] = []
  /** Whether the prose ends in white space (or a block start), so a new run of it collapses away. */
  let spaced = true
  /** Whether a `<pre>` or `<math>` block came after the last text, so a paragraph may go on with the sentence before it. */
  let afterDisplay = false

  /** The kind of a `<p>`: after a display block, or opening with a term set off, else a plain paragraph. */
  function paragraphKind(node: Extract<HastNodes, {type: 'element'}>): Block['kind'] | undefined {
    if (afterDisplay) return 'continuation'
    const first = node.children.find((child) => child.type !== 'text' || visibleText.test(child.value))
    return first?.type === 'element' && markingElements.has(first.tagName) ? 'marked-start' : undefined
  }

  const start = (node: HastNodes) => node.position?.start.offset
  const end = (node: HastNodes) => node.position?.end.offset

  function breakBlock(at: number) {
    if (prose.length > 0 && !prose.endsWith(blockBreak)) prose.stand(blockBreak, at, 0)
    spaced = true
  }

  function text(value: string, from: number, to: number) {
    if (visibleText.test(value)) afterDisplay = false
    const alignment = align(value, source, from, to)
    // Words keep their source; each run of white space reads as one space, or none after a break.
    let last = 0
    for (const match of value.matchAll(whiteSpaceRun)) {
      word(value, alignment, last, match.index)
      const runEnd = match.index + match[0].length
      // After a block start or another space the run collapses away; a single space is kept as it is.
      if (!spaced && match[0] === ' ') addAligned(prose, value, alignment, match.index, runEnd)
      else if (!spaced) prose.stand(' ', alignment.starts[match.index], alignment.starts[runEnd] - alignment.starts[match.index])
      spaced = true
      last = runEnd
    }
    word(value, alignment, last, value.length)
  }

  function word(value: string, alignment: Alignment, start: number, end: number) {
    if (start === end) return
    addAligned(prose, value, alignment, start, end)
    spaced = false
  }

  function visit(node: HastNodes): void {
    if (node.type === 'comment') {
      const from = start(node)
      const to = end(node)
      if (from !== undefined && to !== undefined) {
        const directive = parseDirective(source.slice(from, to), from, to)
        if (directive) directives.push(directive)
      }
      return
    }
    if (node.type === 'text') {
      const from = start(node)
      const to = end(node)
      if (from !== undefined && to !== undefined) text(node.value, from, to)
      return
    }
    if (node.type === 'element') {
      if (skipped.has(node.tagName)) {
        if (displayElements.has(node.tagName)) afterDisplay = true
        return
      }
      const from = start(node) ?? 0
      // A paragraph or a phrase marked as another language (`<p lang="fr">`, `<i lang="de">`) is
      // not English prose: a block of it is left out, a phrase stands as one placeholder in its sentence.
      const lang = node.properties?.lang
      if (typeof lang === 'string' && otherLanguage.test(lang) && !containerElements.has(node.tagName)) {
        if (blockElements.has(node.tagName)) breakBlock(from)
        else {
          prose.stand(placeholder, from, (end(node) ?? from) - from)
          spaced = false
        }
        return
      }
      if (opaque.has(node.tagName)) {
        prose.stand(placeholder, from, (end(node) ?? from) - from)
        spaced = false
        return
      }
      if (node.tagName === 'br') {
        prose.stand('\n', from, (end(node) ?? from) - from)
        spaced = true
        return
      }
      const block = blockElements.has(node.tagName)
      if (block) breakBlock(from)
      const kind = Object.hasOwn(blockKinds, node.tagName) ? blockKinds[node.tagName] : node.tagName === 'p' ? paragraphKind(node) : undefined
      const proseFrom = prose.length
      if (kind) blocks.push({from: proseFrom, to: proseFrom, kind})
      const entry = kind ? blocks[blocks.length - 1] : undefined
      for (const child of node.children) visit(child)
      if (entry) entry.to = prose.length
      if (block) breakBlock(end(node) ?? from)
      return
    }
    if (node.type === 'root') for (const child of node.children) visit(child)
  }

  visit(tree)
  return {view: prose.build(), directives, blocks: blocks.filter((block) => block.to > block.from)}
}
