/**
 * The judgement of a word coordinated with itself (`X and X`, `X or X`): a slip of the engine, a
 * pair English writes on purpose, or one a person should confirm. Used by `repeated-phrase`.
 */
import {comparatives, superlatives} from '../data/comparison-forms.js'
import {articles, demonstratives, functionWords, numberWords, prepositions, quantifiers, relativeWords} from '../data/function-words.js'
import {
  afterEmphasis,
  amountPlurals,
  arithmeticWords,
  coordinationIdioms,
  emphaticVerbs,
  notAdverbsInLy,
  sectorNouns,
  selfCoordinationAdjectives
} from '../data/self-coordination.js'

/** An adverb in `-ly` (`slowly`, `carefully`). */
const adverbPattern = /^\p{Ll}{3,}ly$/u
/** Endings of adjectives that are never nouns: `famous`, `useful`, `massive`, `reliable`, `historical`. */
const adjectiveSuffixPattern = /^\p{Ll}{3,}(?:ous|ful|ive|able|ible|ical|less|ish)$/u

/** Whether `word` coordinated with itself (`heaviest and heaviest`) can never be meant. */
function neverSelfCoordinated(word: string): boolean {
  if (superlatives.has(word) || selfCoordinationAdjectives.has(word) || adjectiveSuffixPattern.test(word)) return true
  return adverbPattern.test(word) && !notAdverbsInLy.has(word)
}

/** Personal pronouns, demonstratives and `his`/`her`, which end one phrase and start the next: `her and her son`, `he and he alone`. */
const phraseEdgeWords: ReadonlySet<string> = new Set([
  ...['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'his', 'mine', 'yours', 'hers', 'ours', 'theirs'],
  ...demonstratives
])
/** Words after `X and X` that narrow the second copy: `is and is not`, `you and you alone`. */
const restrictingWords: ReadonlySet<string> = new Set(['not', 'alone', 'only'])
/** Words after a question word said twice that ask a second question: `how and how far`, `when and when not`. */
const degreeWords: ReadonlySet<string> = new Set(['far', 'much', 'many', 'long', 'often', 'soon', 'well', 'else'])

/**
 * Whether `word and word` (or `or`) is meant, a slip, or likely a slip that a person should
 * confirm. `after`: the word right after the second copy, if any, in lower case.
 */
export function coordination(word: string, conjunction: string, after: string | undefined): 'intended' | 'unsure' | 'slip' {
  if (neverSelfCoordinated(word) || articles.has(word)) return 'slip'
  if (coordinationIdioms.has(word) || comparatives.has(word) || amountPlurals.has(word)) return 'intended'
  // `what is and is not allowed`, `may or may not`, `yours and yours alone`, `how and how far`.
  if (after !== undefined && restrictingWords.has(after)) return 'intended'
  if (relativeWords.has(word) && after !== undefined && degreeWords.has(after)) return 'intended'
  // `her and her son`, `contribute to and to influence`: the first copy ends a phrase, the second starts one.
  if (phraseEdgeWords.has(word) || prepositions.has(word)) return 'intended'
  // `one for all and all for one`, `some of them and some of us`: a quantifier before a
  // preposition stands for a noun phrase of its own.
  if (quantifiers.has(word) && after !== undefined && prepositions.has(after)) return 'intended'
  if (numberWords.has(word)) return after !== undefined && arithmeticWords.has(after) ? 'intended' : 'unsure'
  // `waited and waited`, `walked and walked for hours`, `tried and tried to open it`: an activity
  // that went on, where the pair ends its clause or a word of duration or purpose follows.
  if (emphaticVerbs.has(word) && (after === undefined || afterEmphasis.has(after))) return 'intended'
  // `oil and oil products`, `health and health care`: a sector or material, then the same word
  // modifying a noun of its own.
  if (sectorNouns.has(word) && after !== undefined && !functionWords.has(after)) return 'intended'
  // Any other word (`approved and approved`, `markets and markets`, `both and both`) is more likely
  // a slip, but a shared modifier (`linen and linen goods`) or a copy with a complement of its own
  // (`partners and partners in diplomacy`) can be meant: a person decides.
  return 'unsure'
}
