/**
 * The judgement of a word coordinated with itself (`X and X`, `X or X`): a slip of the engine, a
 * pair English writes on purpose, or one a person should confirm. Used by `repeated-phrase`.
 */
import {comparatives, superlatives} from '../data/comparison-forms.js'
import {articles, demonstratives, determiners, functionWords, numberWords, prepositions, pronouns, quantifiers, relativeWords} from '../data/function-words.js'
import {midAdverbs, participleToPast} from '../data/irregular-participles.js'
import {reportingVerbs} from '../data/reporting-verbs.js'
import {
  afterEmphasis,
  amountPlurals,
  arithmeticWords,
  coordinationIdioms,
  emphaticVerbs,
  irregularPasts,
  notAdverbsInLy,
  postdeterminers,
  sectorNouns,
  selfCoordinationAdjectives
} from '../data/self-coordination.js'

/** A word in lower case: a capitalized one before `X and X` is a name, no verb. */
const lowerCasePattern = /^\p{Ll}/u
/** An adverb in `-ly` (`slowly`, `carefully`). */
const adverbPattern = /^\p{Ll}{3,}ly$/u
/** Endings of adjectives that are never nouns: `famous`, `useful`, `massive`, `reliable`, `historical`. */
const adjectiveSuffixPattern = /^\p{Ll}{3,}(?:ous|ful|ive|able|ible|ical|less|ish)$/u

/** A regular past or participle (`approved`, `needed`), not a noun in `-eed` (`seed`, `speed`). */
const regularPastPattern = /^\p{Ll}{2,}[^e]ed$/u

/** Irregular past forms and participles (`spoke`, `fallen`, `made`) and verbs of saying (`told`, `says`). */
const irregularVerbForms: ReadonlySet<string> = new Set([...participleToPast.keys(), ...participleToPast.values(), ...irregularPasts, ...reportingVerbs])

/** Whether `word` is a verb form no noun shares: `approved`, `told`, `fell`, `says`. */
export function knownVerbForm(word: string): boolean {
  return regularPastPattern.test(word) || irregularVerbForms.has(word)
}

/** An adverb in `-ly` (`slowly`), not a noun or verb that ends so (`family`, `supply`). */
export function lyAdverb(word: string): boolean {
  return adverbPattern.test(word) && !notAdverbsInLy.has(word)
}

/** Whether `word` coordinated with itself (`heaviest and heaviest`) can never be meant. */
function neverSelfCoordinated(word: string): boolean {
  return superlatives.has(word) || plainAdjective(word) || lyAdverb(word)
}

/** An adjective that is no noun or verb (`deep`, `famous`), neither compared. */
function plainAdjective(word: string): boolean {
  return selfCoordinationAdjectives.has(word) || adjectiveSuffixPattern.test(word)
}

/** Endings of adjectives that no noun has: those of `plainAdjective` but `-ive` (`detective`, `executive`). */
const nounlessAdjectiveSuffixPattern = /^\p{Ll}{3,}(?:ous|ful|able|ible|ical|less|ish)$/u

/**
 * Whether a lower-case word may be a noun, or modify one: not a function word, a known verb form,
 * an `-ly` adverb or an adjective (`continuous`, `deep`, `bigger`).
 */
export function mayBeNoun(word: string): boolean {
  if (functionWords.has(word) || knownVerbForm(word) || lyAdverb(word)) return false
  if (comparatives.has(word) || superlatives.has(word)) return false
  return !selfCoordinationAdjectives.has(word) && !nounlessAdjectiveSuffixPattern.test(word)
}

/**
 * Whether a noun phrase may end in this word (`the house`, not `the other`, `his second`): a word
 * that may be a noun, and none that stands between a determiner and its noun.
 */
export function mayEndNounPhrase(word: string): boolean {
  return mayBeNoun(word) && !postdeterminers.has(word)
}

/** Forms of `be` and a few linking verbs, after which an adjective ends its clause: `was quiet`, `remained calm`. */
const linkingVerbs: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'became', 'become', 'becomes', 'seemed', 'seems', 'remained', 'remains', 'looked', 'looks', 'felt', 'feels'])

/**
 * `the market was quiet and quiet trading followed`: an adjective after a linking verb ends its
 * clause, and its copy before a noun may describe the next clause's subject. After a determiner
 * (`a cheap and cheap phone`) both copies describe the same noun: a stutter.
 */
function adjectiveOpensClause(before: string | undefined, after: string | undefined): boolean {
  return before !== undefined && after !== undefined && linkingVerbs.has(before.toLowerCase()) && mayBeNoun(after)
}

/** A word glued to a contracted auxiliary: `it's`, `that's`, `they've`. */
const contractionPattern = /['’](?:s|re|ve|d|m|ll)$/u
/** Adverbs of degree or focus that an adverb before them modifies: `actually more dramatic`, `literally just`. */
const modifiedAdverbs: ReadonlySet<string> = new Set(['more', 'less', 'most', 'least', 'rather', 'quite', 'just', 'even', 'too', 'very', 'still'])

/**
 * `fell steadily and steadily the river rose`, `played badly and badly needed a win`, `answered
 * honestly and honestly, it hurt`: with `and`, an adverb after a verb can end one clause while its
 * copy opens the next (a subject follows, or the comma of a sentence adverb) or modifies the verb
 * of the next (a verb form follows). Not where the word before is no verb (a function word, a
 * contraction, a name, another adverb: `it's actually and actually`), nor before a preposition, a
 * conjunction, an adjective or another adverb, which the copy modifies.
 */
function adverbOpensClause(pair: Pair): boolean {
  const {conjunction, before: written, after, commaAfter} = pair
  if (conjunction !== 'and' || written === undefined || !lowerCasePattern.test(written)) return false
  const before = written.toLowerCase()
  if (functionWords.has(before) || contractionPattern.test(before) || lyAdverb(before) || midAdverbs.has(before)) return false
  if (after === undefined) return commaAfter
  if (determiners.has(after) || pronouns.has(after)) return true
  if (functionWords.has(after) || modifiedAdverbs.has(after) || lyAdverb(after) || plainAdjective(after)) return false
  return !comparatives.has(after) && !superlatives.has(after)
}

/**
 * `good and good enough`, `low and low by any measure`: an adjective whose second copy has a
 * complement of its own (`enough`, a phrase after a preposition) may be an emphatic second
 * statement, which a person tells from a stutter.
 */
function adjectiveHasComplement(after: string | undefined): boolean {
  return after !== undefined && (after === 'enough' || prepositions.has(after))
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

/** A word coordinated with itself and what stands around the two copies. */
export interface Pair {
  /** The word, in lower case. */
  word: string
  /** `and` or `or`. */
  conjunction: string
  /** The word right before the first copy, as written, if any. */
  before: string | undefined
  /** The word right after the second copy, in lower case, if only white space is between. */
  after: string | undefined
  /** Whether a comma follows the second copy. */
  commaAfter: boolean
}

/** Whether `word and word` (or `or`) is meant, a slip, or likely a slip that a person should confirm. */
export function coordination(pair: Pair): 'intended' | 'unsure' | 'slip' {
  const {word, conjunction, before, after} = pair
  if (lyAdverb(word) && adverbOpensClause(pair)) return 'unsure'
  if (plainAdjective(word) && (adjectiveHasComplement(after) || adjectiveOpensClause(before, after))) return 'unsure'
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
