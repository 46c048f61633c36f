/** The defect classes of the benchmark, in the order the report lists them. */
import {duplicateAttribution} from './attribution.js'
import {bracketUnpaired} from './brackets.js'
import {lowercaseSentenceStart} from './capitalization.js'
import {doubledAfterVerb, repeatedPhrase, repeatedSentence, repeatedWord, selfCoordination} from './duplication.js'
import {fullwidthPunctuation, htmlEntity, invisibleCharacter, mojibake} from './encoding.js'
import {doubleSuperlative, participleAsPast} from './grammar.js'
import {dashDoubleHyphen, strayHyphenMidSentence, strayHyphenSentenceStart} from './hyphens.js'
import {digitGrouping} from './numbers.js'
import {doubledComma, doubledPeriod, ellipsis, periodComma} from './punctuation.js'
import {foreignQuotes, quoteDetachedClosing, quoteInnerSpace, quoteMissingSpace, quoteReversed, quoteStyleMixed, quoteUnpaired, singleQuotesAsPrimary} from './quotes.js'
import {missingSpaceAfterPunctuation, spaceBeforePunctuation, whitespace} from './spacing.js'
import {fusedParagraphs} from './structure.js'
import {translationAlternative, untranslatedText} from './translation.js'
import type {DefectClass} from './types.js'

export const defectClasses: readonly DefectClass[] = [
  repeatedWord,
  doubledAfterVerb,
  repeatedPhrase,
  selfCoordination,
  doubleSuperlative,
  duplicateAttribution,
  doubledPeriod,
  periodComma,
  doubledComma,
  strayHyphenSentenceStart,
  strayHyphenMidSentence,
  quoteDetachedClosing,
  quoteInnerSpace,
  quoteMissingSpace,
  quoteUnpaired,
  quoteReversed,
  quoteStyleMixed,
  singleQuotesAsPrimary,
  foreignQuotes,
  lowercaseSentenceStart,
  spaceBeforePunctuation,
  missingSpaceAfterPunctuation,
  whitespace,
  bracketUnpaired,
  dashDoubleHyphen,
  digitGrouping,
  ellipsis,
  fullwidthPunctuation,
  mojibake,
  htmlEntity,
  invisibleCharacter,
  untranslatedText,
  translationAlternative,
  repeatedSentence,
  fusedParagraphs,
  participleAsPast
]

export function findClass(name: string): DefectClass | undefined {
  return defectClasses.find((defect) => defect.name === name)
}
