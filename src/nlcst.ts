import type {
  Paragraph,
  Punctuation,
  Root,
  Sentence,
  Source,
  Symbol as SymbolNode,
  Text,
  WhiteSpace,
  Word,
  Nodes,
  Parents
} from 'nlcst'

export type Parent = Parents
export type Node = Nodes

export interface NodeTypeMap {
  RootNode: Root
  ParagraphNode: Paragraph
  SentenceNode: Sentence
  WordNode: Word
  PunctuationNode: Punctuation
  SymbolNode: SymbolNode
  WhiteSpaceNode: WhiteSpace
  SourceNode: Source
  TextNode: Text
}

export function start(node: Node): number {
  return node.position!.start.offset!
}

export function end(node: Node): number {
  return node.position!.end.offset!
}

/** The sibling after `index`, skipping white space when `skipWhiteSpace` is set. */
export function next(parent: Parent, index: number, skipWhiteSpace = false): Node | undefined {
  const children = parent.children as Node[]
  let at = index + 1
  if (skipWhiteSpace) while (at < children.length && children[at].type === 'WhiteSpaceNode') at++
  return children[at]
}

/** The sibling before `index`, skipping white space when `skipWhiteSpace` is set. */
export function previous(parent: Parent, index: number, skipWhiteSpace = false): Node | undefined {
  const children = parent.children as Node[]
  let at = index - 1
  if (skipWhiteSpace) while (at >= 0 && children[at].type === 'WhiteSpaceNode') at--
  return children[at]
}

/** Whether a white-space node holds a line break (so it separates lines, not words). */
export function hasLineBreak(value: string): boolean {
  return value.includes('\n') || value.includes('\r')
}
