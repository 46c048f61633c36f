import path from 'node:path'

export type Format = 'text' | 'markdown' | 'html' | 'xliff'

const formatsByExtension: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xlf': 'xliff',
  '.xliff': 'xliff'
}

/** Extensions that directories are searched for by default (without the dot). */
export const defaultExtensions: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm']

/** The format of a file, by its extension: plain text unless it is Markdown or HTML. */
export function formatOf(filePath: string | undefined): Format {
  return (filePath && formatsByExtension[path.extname(filePath).toLowerCase()]) || 'text'
}
