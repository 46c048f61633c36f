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

/**
 * Extensions that directories are searched for by default (without the dot): plain text and every
 * article format. XLIFF files are exchange files of a localization workflow, linted when named or
 * asked for (`--ext xlf,xliff`).
 */
export const defaultExtensions: readonly string[] = [
  'txt',
  ...Object.entries(formatsByExtension)
    .filter(([, format]) => format !== 'xliff')
    .map(([extension]) => extension.slice(1))
]

/** The format of a file, by its extension: plain text unless it is Markdown or HTML. */
export function formatOf(filePath: string | undefined): Format {
  return (filePath && formatsByExtension[extensionOf(filePath).toLowerCase()]) || 'text'
}

/**
 * The extension of a path's last segment, as `path.extname` gives it (a leading dot starts a
 * name, not an extension). Written out rather than imported from `node:path`: the linting core
 * also runs in the browser playground.
 */
function extensionOf(filePath: string): string {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot) : ''
}
