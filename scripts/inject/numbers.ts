/** A large number with its thousands separators dropped. */
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickAny} from './types.js'

/** Words after which a number names something rather than counts it. */
const identifierWords = new Set(['no', 'number', 'code', 'item', 'page', 'article', 'flight', 'phone', 'zip', 'order', 'case', 'id', 'route', 'room', 'model', 'version', 'bus'])

/** Units and currencies that make a number a quantity (the rule page's safe fix), besides plurals. */
const units = new Set(['yen', 'won', 'euros', 'euro', 'rubles', 'roubles', 'krona', 'kronur', 'isk', 'kg', 'km', 'tons', 'tonnes', 'percent', 'per'])

export const digitGrouping: DefectClass = {
  name: 'digit-grouping',
  rules: ['digit-grouping'],
  fixable: true,
  prefers: (paragraph) => /\d,\d{3}/.test(paragraph),
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const match of text.matchAll(/(?<![\p{L}\p{N}#:/.,-])\d{1,3}(?:,\d{3})+(?![\p{L}\p{N}-]|[.,]\d)/gu)) {
      const digits = match[0].replace(/,/g, '')
      if (digits.length < 5 || digits.length >= 10) continue
      const before = text.slice(0, match.index)
      const after = text.slice(match.index + match[0].length)
      const previousMatch = /([\p{L}.]+)[^\p{L}\p{N}]*$/u.exec(before)
      const previous = previousMatch?.[1] ?? ''
      const opensSentence = !previousMatch || /(?:^|[.?!])\s*$/.test(before.slice(0, previousMatch.index))
      const next = /^\s*([\p{L}%]+)/u.exec(after)?.[1] ?? ''
      // The rule page's identifiers: after an identifier word or a capitalized word mid-sentence, alone in brackets.
      if (identifierWords.has(previous.replace(/\.$/, '').toLowerCase())) continue
      if (/^\p{Lu}/u.test(previous) && !opensSentence) continue
      if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) continue
      // Before a capitalized word it may be a postcode (`10115 Berlin`), which the rule leaves alone.
      if (/^\p{Lu}/u.test(next)) continue
      const quantity =
        /[$€£¥₽]\s*$/.test(before) || next === '%' || units.has(next.toLowerCase()) || /^\p{Ll}+s$/u.test(next) && !['is', 'was', 'has', 'this', 'its'].includes(next)
      edits.push({
        from: match.index,
        to: match.index + match[0].length,
        insert: digits,
        fixable: quantity,
        variant: quantity ? 'quantity' : 'other'
      })
    }
    return pickAny(rng, edits)
  }
}
