import type {Extracted} from './extracted.js'
import type {Format} from './extensions.js'
import {extractHtml} from './html.js'
import {extractMarkdown} from './markdown.js'
import {extractXliff} from './xliff.js'

/** The prose of a marked-up document; `undefined` for plain text, whose prose is the text itself. */
export function extractProse(format: Format, source: string): Extracted | undefined {
  if (format === 'markdown') return extractMarkdown(source)
  if (format === 'html') return extractHtml(source)
  if (format === 'xliff') return extractXliff(source)
  return undefined
}
