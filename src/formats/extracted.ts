import type {Unparsed} from '../bounded-parse.js'
import type {Directive} from './control-comments.js'
import type {ProseView} from './prose-view.js'

/**
 * What a block of prose is in its document: rules treat a list item or a table cell differently
 * from a paragraph. A `continuation` is a paragraph right after a code, math or HTML block
 * (`<pre>`, `<math>` in HTML), which may go on with the sentence before that block (`… the
 * sum\n\n    x + y\n\nwhere x is …`); a `marked-start` paragraph opens with emphasis, strong text
 * or a link, a term the author set off (`**unified** lets you …`, `<p><b>unified</b> lets`).
 */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell' | 'continuation' | 'marked-start'

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
  /** Blocks of the prose left unlinted, each with its reason (Markdown too dense to parse), in order. */
  notLinted?: Unparsed[]
  /** A bilingual document's (XLIFF's) source text, laid out as the prose is: one paragraph a segment. */
  source?: string
}

/**
 * The kind of the block of prose at any offset: the last block (in order of start) holding it.
 * Each look-up is a binary search and a short walk back, since an article may have a hundred
 * thousand headings or list items and every paragraph asks.
 */
export function blockKindFinder(blocks: readonly Block[]): (offset: number) => BlockKind {
  /** The largest end among the blocks up to each: past it, no earlier block holds an offset. */
  const maxEnds: number[] = []
  for (const block of blocks) maxEnds.push(Math.max(block.to, maxEnds[maxEnds.length - 1] ?? -Infinity))
  return (offset) => {
    let low = 0
    let high = blocks.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (blocks[middle].from <= offset) {
        last = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    for (let at = last; at >= 0 && maxEnds[at] > offset; at--) {
      if (offset < blocks[at].to) return blocks[at].kind
    }
    return 'paragraph'
  }
}

/** Between two blocks of prose: a blank line, as between paragraphs of a plain-text article. */
export const blockBreak = '\n\n'

/**
 * Stands for inline code, an image or an inline tag's content: one private-use character, which no
 * rule reads as a word, a mark or a space.
 */
export const placeholder = '\uE000'
