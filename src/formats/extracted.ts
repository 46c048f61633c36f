import type {Directive} from './control-comments.js'
import type {ProseView} from './prose-view.js'

/** What a markup format hands the linter: the prose with its map, and the control comments. */
export interface Extracted {
  view: ProseView
  directives: Directive[]
}

/** Between two blocks of prose: a blank line, as between paragraphs of a plain-text article. */
export const blockBreak = '\n\n'

/**
 * Stands for inline code, an image or an inline tag's content: one private-use character, which no
 * rule reads as a word, a mark or a space.
 */
export const placeholder = '\uE000'
