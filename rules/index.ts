import type {Rule} from '../src/rule.js'
import bracketBalance from './bracket-balance.js'
import doubleSuperlative from './double-superlative.js'
import doubledPunctuation from './doubled-punctuation.js'
import duplicateAttribution from './duplicate-attribution.js'
import missingSpaceAfterPunctuation from './missing-space-after-punctuation.js'
import quoteBalance from './quote-balance.js'
import quoteSpacing from './quote-spacing.js'
import quoteStyle from './quote-style.js'
import repeatedPhrase from './repeated-phrase.js'
import repeatedWord from './repeated-word.js'
import sentenceCapitalization from './sentence-capitalization.js'
import spaceBeforePunctuation from './space-before-punctuation.js'
import strayHyphen from './stray-hyphen.js'
import whitespace from './whitespace.js'

/** Every rule of mtlint, in alphabetical order of id. */
export const rules: readonly Rule[] = [bracketBalance, doubleSuperlative, doubledPunctuation, duplicateAttribution, missingSpaceAfterPunctuation, quoteBalance, quoteSpacing, quoteStyle, repeatedPhrase, repeatedWord, sentenceCapitalization, spaceBeforePunctuation, strayHyphen, whitespace]
