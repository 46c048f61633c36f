import type {Extracted} from './extracted.js'
import type {Format} from './extensions.js'
import {extractXliff} from './xliff.js'

/** The formats whose parsers load lazily (XLIFF's reader is small and loads with this module). */
export type MarkupFormat = Exclude<Format, 'text' | 'xliff'>

/** What mtlint needs of a markup format: its parser, and the prose a reader sees in a document. */
export interface MarkupSupport {
  /** The document's syntax tree (mdast or hast), as the format's parser gives it. */
  parse(source: string): unknown
  extract(source: string): Extracted
}

/**
 * The Markdown and HTML parsers are most of mtlint's start-up (some 200 ms of modules), and a run
 * over plain text needs neither: each is loaded when a document of its format comes.
 */
const loaded: Partial<Record<MarkupFormat, MarkupSupport>> = {}

async function importSupport(format: MarkupFormat): Promise<MarkupSupport> {
  if (format === 'markdown') {
    const {parseMarkdown, extractMarkdown} = await import('./markdown.js')
    return {parse: parseMarkdown, extract: extractMarkdown}
  }
  const {parseHtml, extractHtml} = await import('./html.js')
  return {parse: parseHtml, extract: extractHtml}
}

/** Load the support of these formats (plain text needs none), so that parsing them is synchronous. */
export async function loadFormats(formats: Iterable<Format>): Promise<void> {
  for (const format of new Set(formats)) {
    if (format !== 'text' && format !== 'xliff' && !loaded[format]) loaded[format] = await importSupport(format)
  }
}

/** Make a format's support available without loading it again (for callers that imported it themselves). */
export function registerFormat(format: MarkupFormat, support: MarkupSupport): void {
  loaded[format] ??= support
}

const modules: Readonly<Record<MarkupFormat, string>> = {markdown: './markdown.js', html: './html.js'}

/**
 * The support of a format, loaded now if no one loaded it before: synchronously, with `require()`
 * of an ES module (Node 20.19 and later). Where that cannot be done, the error says what to call.
 */
export function markupSupport(format: MarkupFormat): MarkupSupport {
  const known = loaded[format]
  if (known) return known
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module') as typeof import('node:module') | undefined
  try {
    if (!nodeModule) throw new Error('no synchronous module loader here')
    const required = nodeModule.createRequire(import.meta.url)(modules[format]) as Record<string, unknown>
    const support =
      format === 'markdown'
        ? {parse: required.parseMarkdown, extract: required.extractMarkdown}
        : {parse: required.parseHtml, extract: required.extractHtml}
    return (loaded[format] = support as MarkupSupport)
  } catch (error) {
    throw new Error(`${format} support is not loaded (${(error as Error).message}): call loadFormats() first`)
  }
}

/** The prose of a marked-up document; `undefined` for plain text, whose prose is the text itself. */
export function extractProse(format: Format, source: string): Extracted | undefined {
  if (format === 'text') return undefined
  return format === 'xliff' ? extractXliff(source) : markupSupport(format).extract(source)
}
