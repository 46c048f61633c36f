import {formatOf} from '../../src/formats/extensions.js'
import type {Format} from '../../src/formats/extensions.js'

export type {Format}
export {formatOf}

export const formatLabels: Readonly<Record<Format, string>> = {text: 'Plain text', markdown: 'Markdown', html: 'HTML'}

/** The file name the core is given for a format: the core tells formats apart by extension, as the CLI does. */
export function pathFor(format: Format): string {
  return {text: 'article.txt', markdown: 'article.md', html: 'article.html'}[format]
}
