import {formatOf as coreFormatOf} from '../../src/formats/extensions.js'
import type {Format as CoreFormat} from '../../src/formats/extensions.js'

/** The article formats the page lints: XLIFF needs a source beside each target, which the page does not take. */
export type Format = Exclude<CoreFormat, 'xliff'>

/** The page's format of a file, by its extension; an XLIFF file is shown as the plain text it is. */
export function formatOf(filePath: string | undefined): Format {
  const format = coreFormatOf(filePath)
  return format === 'xliff' ? 'text' : format
}

export const formatLabels: Readonly<Record<Format, string>> = {text: 'Plain text', markdown: 'Markdown', html: 'HTML'}

/** The file name the core is given for a format: the core tells formats apart by extension, as the CLI does. */
export function pathFor(format: Format): string {
  return {text: 'article.txt', markdown: 'article.md', html: 'article.html'}[format]
}
