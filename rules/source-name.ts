import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'
import {latinCommonWords} from './data/source-names.js'
import {isNonLatin, latinNames} from './lib/source-tokens.js'

const words = (text: string) => text.toLowerCase().match(/[a-z]+|\d+/g) ?? []
/** A Roman numeral (`XVI`, `II`): a number, which the translation may write its own way. */
const romanNumeral = /^[IVXLC]+$/
const acronym = /^[A-Z]{2,5}$/
/** Two or three capitals: an abbreviation a translation spells out or renders (`SNS` social media, `MF` midfielder, `CEO`). */
const shortAcronym = /^[A-Z]{2,3}$/

/** Whether the translation spells an acronym out: words whose initials make it (`MLB` → `Major League Baseball`). */
function spelledOut(acronym: string, target: string): boolean {
  const initials = (target.match(/[A-Za-z]+/g) ?? []).filter((word) => /^[A-Z]/.test(word) || word.length > 3).map((word) => word[0].toUpperCase()).join('')
  const lowerInitials = (target.match(/[A-Za-z]+/g) ?? []).map((word) => word[0].toUpperCase()).join('')
  return initials.includes(acronym) || lowerInitials.includes(acronym)
}

export default defineRule<'missing'>({
  id: 'source-name',
  category: 'translation',
  fix: 'none',
  description: 'A name or brand in Latin script in a source of another script (`CanCam.jp`, `SUN VALLEY`) that its translation leaves out',
  messages: {
    missing: 'Unexpected translation without the source’s name `{name}`, expected it in this segment'
  },
  create(context) {
    return {
      RootNode() {
        if (!context.bitext || !isNonLatin(context.bitext.source)) return
        for (const {target, source, from, to} of alignedSegments(context)) {
          const names = latinNames(source)
          if (names.length === 0) continue
          const targetWords = new Set(words(target))
          const flat = target.toLowerCase()
          for (const name of names) {
            // Case and spacing may change (`SUN VALLEY` → `Sun Valley`); every word of the name must be there.
            if (romanNumeral.test(name) || shortAcronym.test(name) || latinCommonWords.has(name.toLowerCase())) continue
            if (flat.includes(name.toLowerCase()) || words(name).every((word) => /^\d+$/.test(word) || targetWords.has(word))) continue
            if (acronym.test(name) && spelledOut(name, target)) continue
            context.report({messageId: 'missing', data: {name}, from, to})
          }
        }
      }
    }
  }
})
