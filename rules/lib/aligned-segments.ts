/** The segments of a translation with their source, as the source-* rules read them. */
import type {RuleContext} from '../../src/rule.js'

export interface AlignedSegment {
  /** The translation's segment, and its offsets in the file's text. */
  target: string
  from: number
  to: number
  /** The part of the source it translates. */
  source: string
}

/** Every aligned segment of the file; none when the file comes without a source. */
export function alignedSegments(context: RuleContext<string, unknown>): AlignedSegment[] {
  const bitext = context.bitext
  if (!bitext) return []
  return bitext.pairs.map((pair) => ({
    target: context.text.slice(pair.target.from, pair.target.to),
    from: pair.target.from,
    to: pair.target.to,
    source: bitext.source.slice(pair.source.from, pair.source.to)
  }))
}
