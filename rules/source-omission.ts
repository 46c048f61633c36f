import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'

/** How much shorter than its source (after the document's length ratio) a segment may be before it is far too short. */
const shortShare = 0.4
/** A source whose translation should have fewer letters than this is too short to judge by length (a title, a name, a terse line). */
const minExpectedLetters = 40
/** A part of the source with no counterpart is reported from this many letters (not an interjection or a dateline). */
const minSentenceLetters = 16
/** How many characters of the source the message quotes. */
const shown = 30

const lettersOf = (text: string) => text.replace(/[\s\p{P}\p{S}]+/gu, '').length
const excerpt = (text: string) => (text.length > shown ? `${text.slice(0, shown)}…` : text)

export default defineRule<'omitted' | 'short' | 'unaligned'>({
  id: 'source-omission',
  category: 'translation',
  fix: 'none',
  description: 'A paragraph or sentence of the source with no counterpart in its translation, or a segment far too short for its source',
  messages: {
    omitted: 'Unexpected omission of the source’s `{source}`, expected a translation of it here',
    short: 'Unexpected segment far too short for its source `{source}`, expected all of it translated',
    unaligned: 'Unexpected text with no counterpart in the source, the source checks skip it'
  },
  create(context) {
    return {
      RootNode() {
        const bitext = context.bitext
        if (!bitext) return
        const {source, ratio} = bitext
        for (const omission of bitext.omitted) {
          const text = source.slice(omission.source.from, omission.source.to)
          if (lettersOf(text) < minSentenceLetters) continue
          context.report({messageId: 'omitted', data: {source: excerpt(text)}, from: omission.at, to: omission.at})
        }
        for (const segment of alignedSegments(context)) {
          const sourceLetters = lettersOf(segment.source)
          if (sourceLetters * ratio < minExpectedLetters) continue
          if (lettersOf(segment.target) < sourceLetters * ratio * shortShare) {
            context.report({messageId: 'short', data: {source: excerpt(segment.source)}, from: segment.from, to: segment.to})
          }
        }
        const first = bitext.unaligned[0]
        if (first) context.report({messageId: 'unaligned', from: first.from, to: first.to})
      }
    }
  }
})
