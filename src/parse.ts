import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Extracted} from './formats/extracted.js'
import {formatOf} from './formats/extensions.js'
import {extractProse} from './formats/index.js'

declare module 'vfile' {
  interface DataMap {
    /** The prose of a Markdown or HTML file, which its nlcst tree was parsed from. */
    mtlintProse: Extracted
  }
}

/**
 * A unified parser for articles: plain text is parsed as English prose (as `retext-english` does);
 * Markdown and HTML, chosen by the file's extension, are parsed as markup first, and their prose,
 * as a reader sees it, is parsed as English. Positions in the tree are then offsets into that prose
 * (`file.data.mtlintProse.view` maps them back to the file).
 */
export const mtlintParse: Plugin<[], string, Root> = function () {
  // As in retext-english: a parser plugin's `this` is the processor it sets the parser of.
  const self = this as unknown as Processor<Root>
  self.parser = function (document: string, file: VFile): Root {
    const extracted = extractProse(formatOf(file.path), document)
    if (!extracted) return new ParseEnglish().parse(document)
    file.data.mtlintProse = extracted
    // A bilingual document carries its own source; one given from outside (`--source`) wins.
    if (extracted.source !== undefined) file.data.mtlintSource ??= {text: extracted.source}
    return new ParseEnglish().parse(extracted.view.text)
  }
}
