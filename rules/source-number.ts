import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'
import {holdsNumber, sourceNumbers, targetDigitNumbers, targetValues, valueKey} from './lib/numbers.js'

export default defineRule<'missing' | 'different'>({
  id: 'source-number',
  category: 'translation',
  fix: 'none',
  description: 'A number of the source (in any locale’s digits, with 万 or 億, or in characters) that its translation leaves out or changes',
  messages: {
    missing: 'Unexpected translation without the source’s number `{number}`, expected it in this segment',
    different: 'Unexpected `{actual}` for the source’s number `{number}`, expected the same value'
  },
  create(context) {
    return {
      RootNode() {
        for (const {target, source, from, to} of alignedSegments(context)) {
          const numbers = sourceNumbers(source, target)
          if (!numbers.some((number) => number.checked)) continue
          const values = targetValues(target)
          const missing = numbers.filter((number) => number.checked && !holdsNumber(values, number))
          if (missing.length === 0) continue
          // One number missing and one number of the translation that no source number accounts for: the number changed.
          const known = new Set(numbers.flatMap((number) => number.readings.flat().map(valueKey)))
          const strays = targetDigitNumbers(target).filter((number) => !number.values.some((value) => known.has(valueKey(value))))
          if (missing.length === 1 && strays.length === 1) {
            const stray = strays[0]
            context.report({
              messageId: 'different',
              data: {number: missing[0].text, actual: target.slice(stray.from, stray.to)},
              from: from + stray.from,
              to: from + stray.to
            })
            continue
          }
          for (const number of missing) context.report({messageId: 'missing', data: {number: number.text}, from, to})
        }
      }
    }
  }
})
