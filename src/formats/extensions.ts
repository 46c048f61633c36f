import path from 'node:path'

export type Format = 'text' | 'markdown' | 'html'

const formatsByExtension: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html'
}

/** Extensions that directories are searched for by default (without the dot): plain text and every one with a format. */
export const defaultExtensions: readonly string[] = ['txt', ...Object.keys(formatsByExtension).map((extension) => extension.slice(1))]

/** The format of a file, by its extension: plain text unless it is Markdown or HTML. */
export function formatOf(filePath: string | undefined): Format {
  return (filePath && formatsByExtension[path.extname(filePath).toLowerCase()]) || 'text'
}
