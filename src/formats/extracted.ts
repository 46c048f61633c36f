import type {Directive} from './control-comments.js'
import type {ProseView} from './prose-view.js'

/** What a block of prose is in its document: rules treat a list item or a table cell differently from a paragraph. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell'

/** A block of the prose that is not a plain paragraph: offsets in the prose text. */
export interface Block {
  from: number
  to: number
  kind: Exclude<BlockKind, 'paragraph'>
}

/** What a markup format hands the linter: the prose with its map, the control comments and the blocks that are no paragraphs. */
export interface Extracted {
  view: ProseView
  directives: Directive[]
  /** Sorted by start; in HTML one may hold another (a table in a list item): the innermost wins. */
  blocks: Block[]
  /** A bilingual document's (XLIFF's) source text, laid out as the prose is: one paragraph a segment. */
  source?: string
}

/** The kind of the block of prose at `offset`. */
export function blockKindAt(blocks: readonly Block[], offset: number): BlockKind {
  let kind: BlockKind = 'paragraph'
  for (const block of blocks) {
    if (block.from > offset) break
    if (offset < block.to) kind = block.kind
  }
  return kind
}

/** Between two blocks of prose: a blank line, as between paragraphs of a plain-text article. */
export const blockBreak = '\n\n'

/**
 * Stands for inline code, an image or an inline tag's content: one private-use character, which no
 * rule reads as a word, a mark or a space.
 */
export const placeholder = '\uE000'
