/**
 * A translation with its source: what the source-* rules read through `context.bitext`. The source
 * comes in with the file (`file.data.mtlintSource`), is reduced to its prose as the translation is
 * (Markdown and HTML by its path's extension), and is aligned with the translation once per lint.
 */
import {formatOf} from '../formats/extensions.js'
import {extractProse} from '../formats/index.js'
import {align} from './align.js'
import type {Alignment} from './align.js'

/** The source text of a translation, as it comes in: its text, and its path for the format. */
export interface SourceInput {
  text: string
  path?: string
}

declare module 'vfile' {
  interface DataMap {
    /** The source the file translates: set by the caller, read by the source-* rules. */
    mtlintSource: SourceInput
  }
}

export interface Bitext extends Alignment {
  /** The source's prose: the ranges of `pairs` and `omitted` point into it. */
  source: string
}

export function buildBitext(target: string, input: SourceInput): Bitext {
  const extracted = extractProse(formatOf(input.path), input.text)
  // An XLIFF file given as the source: the text to compare with is its sources, not its targets.
  const source = extracted ? (extracted.source ?? extracted.view.text) : input.text
  return {source, ...align(target, source)}
}
