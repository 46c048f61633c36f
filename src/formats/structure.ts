import type {Format} from './extensions.js'
import {markupSupport} from './index.js'
import {xliffSignature} from './xliff.js'

interface TreeNode {
  type: string
  value?: unknown
  children?: TreeNode[]
  [key: string]: unknown
}

/** Fields of a node that are neither its position nor its children: its kind, tag, attributes, URL, code. */
function describe(node: TreeNode): string {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' || key === 'children' || key === 'data') continue
    // The text a reader sees may change under a fix; code, HTML and every other value may not.
    if (key === 'value' && node.type === 'text') continue
    fields[key] = value
  }
  return JSON.stringify(fields)
}

/** Text of white space alone: where it sits is no markup, and a parser may drop it (a page whose only text a fix blanks). */
const blank = /^\s*$/

function signature(node: TreeNode, out: string[]): void {
  if (node.type === 'text' && typeof node.value === 'string' && blank.test(node.value)) return
  out.push(describe(node))
  if (node.children) {
    out.push('(')
    for (const child of node.children) signature(child, out)
    out.push(')')
  }
}

/**
 * The markup of a Markdown or HTML document without its prose: every element, attribute, link,
 * code span and list item, and where text sits among them. A fix must leave it as it was: a
 * full-width `＜` made `<` may open a tag, `［here］（url）` made ASCII a link.
 */
export function markupSignature(format: Exclude<Format, 'text'>, source: string): string {
  if (format === 'xliff') return xliffSignature(source)
  const tree = markupSupport(format).parse(source) as TreeNode
  const out: string[] = []
  signature(tree, out)
  return out.join('')
}
