import type {Extracted} from './extracted.js'
import type {Format} from './extensions.js'
import {extractHtml} from './html.js'
import {extractMarkdown} from './markdown.js'

/** The prose of a marked-up document; `undefined` for plain text, whose prose is the text itself. */
export function extractProse(format: Format, source: string): Extracted | undefined {
  if (format === 'markdown') return extractMarkdown(source)
  if (format === 'html') return extractHtml(source)
  return undefined
}
