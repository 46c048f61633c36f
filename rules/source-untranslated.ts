import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'
import {isNonLatin} from './lib/source-tokens.js'

const letters = /\p{L}/gu
const nonLatin = /(?!\p{Script=Latin})\p{L}/gu
/** Words of a segment: one that equals its source with fewer is a name or a title (`Yahoo! News`), not an untranslated sentence. */
const minWords = 4
/**
 * A copy counts only with a letter outside ASCII (`þ`, `é`, `д`): a source may hold a sentence already in English
 * (`So here it is.`), which stays as it is.
 */
const nonAsciiLetter = /(?![a-zA-Z])\p{L}/u
const normalize = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim()

export default defineRule<'copied' | 'sourceScript'>({
  id: 'source-untranslated',
  category: 'translation',
  fix: 'none',
  description: 'A segment of the translation that equals its source, or is written mostly in the source’s script',
  messages: {
    copied: 'Unexpected segment identical to its source, expected a translation',
    sourceScript: 'Unexpected segment written mostly in the source’s script, expected a translation'
  },
  create(context) {
    return {
      RootNode() {
        if (!context.bitext) return
        const foreignSource = isNonLatin(context.bitext.source)
        for (const {target, source, from, to} of alignedSegments(context)) {
          const letterCount = target.match(letters)?.length ?? 0
          if (letterCount === 0) continue
          if (foreignSource && (target.match(nonLatin)?.length ?? 0) * 2 > letterCount) {
            context.report({messageId: 'sourceScript', from, to})
          } else if (normalize(target) === normalize(source) && (target.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= minWords && nonAsciiLetter.test(target)) {
            context.report({messageId: 'copied', from, to})
          }
        }
      }
    }
  }
})
