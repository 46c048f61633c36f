import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseLazily} from './bounded-parse.js'
import type {Unparsed} from './bounded-parse.js'
import type {Extracted} from './formats/extracted.js'
import {formatOf} from './formats/extensions.js'
import {extractProse} from './formats/index.js'
import {fileErrorMessage} from './message.js'

declare module 'vfile' {
  interface DataMap {
    /** The prose of a Markdown or HTML file, which its nlcst tree was parsed from. */
    mtlintProse: Extracted
    /** Stretches of the parsed text (offsets into the prose) not linted: too long to lint, held as source nodes, or too dense to parse. */
    mtlintUnparsed: Unparsed[]
  }
}

/**
 * A unified parser for articles: plain text is parsed as English prose (as `retext-english` does,
 * in bounded pieces: see `parseBounded`; a long text lazily, so that the linter can walk it piece by
 * piece: see `parseLazily`); Markdown and HTML, chosen by the file's extension, are
 * parsed as markup first, and their prose, as a reader sees it, is parsed as English. Positions in
 * the tree are then offsets into that prose (`file.data.mtlintProse.view` maps them back to the
 * file). Markup nested too deeply for the markup parser is a file error, with an empty tree.
 */
export const mtlintParse: Plugin<[], string, Root> = function () {
  // As in retext-english: a parser plugin's `this` is the processor it sets the parser of.
  const self = this as unknown as Processor<Root>
  self.parser = function (document: string, file: VFile): Root {
    const format = formatOf(file.path)
    let extracted: Extracted | undefined
    try {
      extracted = extractProse(format, document)
    } catch (error) {
      // The markup parsers recurse once per level of nesting: thousands of `<b>` or `>` run out of
      // stack (the Markdown parser stops sooner: `maxNesting`).
      if (!(error instanceof RangeError && /call stack|nested too deeply/.test(error.message))) throw error
      fileErrorMessage(file, `${format === 'html' ? 'HTML' : format === 'xliff' ? 'XLIFF' : 'Markdown'} nested too deeply to lint`)
      return {type: 'RootNode', children: []}
    }
    if (extracted) {
      file.data.mtlintProse = extracted
      // A bilingual document carries its own source; one given from outside (`--source`) wins.
      if (extracted.source !== undefined) file.data.mtlintSource ??= {text: extracted.source}
    }
    const {tree, unparsed} = parseLazily(extracted ? extracted.view.text : document)
    const notLinted = extracted?.notLinted?.length ? [...unparsed, ...extracted.notLinted].sort((a, b) => a.from - b.from) : unparsed
    if (notLinted.length > 0) file.data.mtlintUnparsed = notLinted
    return tree
  }
}
