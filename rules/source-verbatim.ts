import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'
import {verbatimTokens} from './lib/source-tokens.js'

export default defineRule<'altered' | 'missing'>({
  id: 'source-verbatim',
  category: 'translation',
  fix: 'safe',
  description: 'A URL, e-mail address, hashtag, handle, file name, code or placeholder of the source that its translation changes or leaves out',
  messages: {
    altered: 'Unexpected {kind} `{actual}`, expected the source’s `{expected}`',
    missing: 'Unexpected translation without the source’s {kind} `{expected}`, expected it unchanged'
  },
  // The flagged text is a URL or an e-mail address: the very spans other rules leave alone.
  protectedSpans: 'report',
  create(context) {
    return {
      RootNode() {
        for (const {target, source, from, to} of alignedSegments(context)) {
          const sourceTokens = verbatimTokens(source)
          if (sourceTokens.length === 0) continue
          const targetTokens = verbatimTokens(target)
          const sourceValues = new Set(sourceTokens.map((token) => token.value))
          const targetValues = new Set(targetTokens.map((token) => token.value))
          for (const token of sourceTokens) {
            if (targetValues.has(token.value) || target.includes(token.value)) continue
            // One token of this kind missing, and one of the translation's that the source does not have: it was altered,
            // and putting the source's back is certain.
            const missingOfKind = sourceTokens.filter((other) => other.kind === token.kind && !targetValues.has(other.value) && !target.includes(other.value))
            const strays = targetTokens.filter((other) => other.kind === token.kind && !sourceValues.has(other.value))
            if (missingOfKind.length === 1 && strays.length === 1) {
              const stray = strays[0]
              context.report({
                messageId: 'altered',
                data: {kind: token.kind, actual: stray.value, expected: token.value},
                from: from + stray.from,
                to: from + stray.to,
                expected: [token.value]
              })
              continue
            }
            context.report({messageId: 'missing', data: {kind: token.kind, expected: token.value}, from, to})
          }
        }
      }
    }
  }
})
