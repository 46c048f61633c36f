import {auxiliaries, demonstratives, determiners, functionWords, nominativePronouns, possessives, prepositions, pronouns} from '../data/function-words.js'
import {
  adverbParticles,
  extractingWords,
  passiveAuxiliaries,
  phrasalVerbs,
  prepositionalVerbs,
  verbsBeforeParticle,
  phrasalVerbsWithTo,
  verbsTakingTo,
  verbsInAl
} from '../data/repeated-words.js'
import {reportingVerbs} from '../data/reporting-verbs.js'
import {participleToPast, sameFormParticiples} from '../data/irregular-participles.js'
import type {Token, Tokens} from './tokens.js'

/**
 * Whether a preposition written twice after a verb (`invested in in`) is two words doing two jobs
 * or a slip. English doubles one only where the first ends the verb phrase: an intransitive phrasal
 * verb (`came in in second place`), a stranded preposition whose object moved away (`the fund they
 * invested in in 2019`, `was looked at at the station`), or `to` then an infinitive (`resorted to to
 * stop it`). In each the second copy opens a new phrase.
 *
 * - `intended`: one of those shapes, with the evidence in the sentence;
 * - `unsure`: a verb form that might end such a phrase, but nothing shows that it does, or a
 *   prepositional verb whose object may have moved where the sentence is not clear;
 * - `slip`: nothing could end there (`thanks to to the`), the verb's object cannot have moved
 *   (`He went to to the store`), or the second copy opens nothing (`in in at`, `on on.`).
 */
export type DoubledParticleVerdict = 'intended' | 'unsure' | 'slip'


const lowercasePattern = /^\p{Ll}+$/u
/** Heads of a relative clause that are no nouns: `everything he worked for`, `someone you rely on`. */
const indefiniteHeads: ReadonlySet<string> = new Set([
  'all', 'everything', 'nothing', 'something', 'anything', 'everyone', 'someone', 'anyone', 'no-one', 'everybody',
  'somebody', 'anybody', 'nobody', 'one', 'ones', 'much', 'little', 'what'
])
const capitalPattern = /^\p{Lu}/u
/** A verb form that may end a phrasal or prepositional verb: `resorted`, `going`, `taken`. */
const verbEndingPattern = /(?:ed|en|ing)$/
const participlePattern = /(?:ed|en|[lnp]t)$/
/** A participle or gerund by its ending, without the `-en` that nouns share (`children`, `women`). */
const participleOrGerund = /(?:ed|ing)$/
const adverbPattern = /ly$/
/**
 * Endings no bare infinitive has: nouns and adjectives (`inequality`, `fairness`, `famous`,
 * `natural`, but not `reveal`), and
 * an `-s` that is no `-ss`/`-us`/`-is` (`prices`): `related to to inequality` is a slip.
 */
const notInfinitivePattern = /(?:.{3}ity|ness|ism|ous|ful|[^e]al|[^suia]s)$/

/** The simple past of the irregular verbs (`flew`, `wrote`, `took`): verb forms without a verb's ending. */
const irregularPasts: ReadonlySet<string> = new Set(participleToPast.values())

/** Whether a word is a known verb form: `-ed`, `-en`, `-ing`, an irregular past or a verb the lists name. */
export function verbLike(word: Token): boolean {
  return verbEndingPattern.test(word.lower) || verbsBeforeParticle.has(word.lower) || irregularPasts.has(word.lower) || participleToPast.has(word.lower)
}

/** Whether a word can start an infinitive after `to`: a lowercase word that is no function word, `-ing` form, noun or adjective. */
function infinitive(word: Token): boolean {
  return lowercasePattern.test(word.core) && !functionWords.has(word.lower) && !word.lower.endsWith('ing') &&
    (!notInfinitivePattern.test(word.lower) || verbsInAl.has(word.lower))
}

/**
 * How far back the sentence is read for a moved object: a relative word and its verb stand close
 * together, and a bound keeps a long run of repeats (`to to to …`) in linear time.
 */
const window = 12

/** The words of the verb's sentence before it, nearest first, at most `window` of them. */
function wordsBefore(tokens: Tokens, verb: Token): Token[] {
  const words: Token[] = []
  for (let at = verb.index - 1; at >= 0 && words.length < window && tokens.list[at].sentence === verb.sentence; at--) {
    if (tokens.list[at].kind === 'word') words.push(tokens.list[at])
  }
  return words
}

/** Adverbs that stand inside a verb group: `had never`, `have ever`, `has already`. */
const verbGroupAdverbs: ReadonlySet<string> = new Set(['never', 'ever', 'also', 'just', 'still', 'already', 'only', 'even', 'always', 'often'])

/** Auxiliaries, `not` and adverbs: the words of a verb group before its verb. */
const inVerbGroup = (word: Token) => auxiliaries.has(word.lower) || adverbPattern.test(word.lower) || verbGroupAdverbs.has(word.lower)

/**
 * Whether `that` after this word (and the one before it) opens a relative clause (`the fund that`)
 * rather than a reported statement (`says that`, `noted that`, `like to note that`, `and that`).
 */
export function headsRelativeClause(word: Token | undefined, previous: Token | undefined): boolean {
  if (!word || functionWords.has(word.lower) || reportingVerbs.has(word.lower)) return false
  return !word.lower.endsWith('ed') && previous?.lower !== 'to'
}

/** Whether a past participle: `looked`, `taken`, `dealt`, `made`. */
const participle = (word: Token) => participlePattern.test(word.lower) || participleToPast.has(word.lower) || sameFormParticiples.has(word.lower)

/** Whether `verb` is a passive participle with a form of `be` in the words before it (`is hosted`, not `was travelling`). */
const passive = (verb: Token, before: readonly Token[]) => participle(verb) && before.some((word) => passiveAuxiliaries.has(word.lower))

/**
 * How sure the sentence is that the verb's prepositional object moved away (see above). A passive
 * strands the preposition only of a verb that takes its object through it (`was looked at`), not of
 * one that has an object of its own (`is related to`).
 */
function movedObject(tokens: Tokens, verb: Token, prepositionalPassive: boolean): 'strong' | 'weak' | 'none' {
  const before = wordsBefore(tokens, verb)
  // A passive: `was looked at`, `was at first resorted to`, within three words.
  if (prepositionalPassive && passive(verb, before.slice(0, 3))) {
    return 'strong'
  }
  // A relative, interrogative or comparing word with a subject of its own before the verb:
  // `that they invested in`, `what is she looking at`, `than it took in`; not `that worked on`.
  // After `be`, the word before the preposition may be that subject (`who is this for`).
  const subjectBeforePreposition = pronouns.has(verb.lower) || demonstratives.has(verb.lower)
  for (let at = 0; at < before.length; at++) {
    if (!extractingWords.has(before[at].lower)) continue
    if (before[at].lower === 'that' && !headsRelativeClause(before[at + 1], before[at + 2])) continue
    if (relativeIsSubject(before, at, verb)) continue
    if (subjectBeforePreposition || before.slice(0, at).some((word) => !inVerbGroup(word))) return 'strong'
  }
  // An infinitive may have lost its object to the subject of the clause (`hard to deal with`) or
  // to a noun (`nothing to worry about`).
  if (before[0]?.lower === 'to') return 'strong'
  // No relative word: a head, then the subject (`the fund they invested in`, `everything he worked
  // for`, `All I asked for`, `the striker Milan relied on`).
  let subject = 0
  while (subject < before.length && inVerbGroup(before[subject])) subject++
  // The subject's own determiner stands between it and the head: `the charity our members collect for`.
  let headAt = subject + 1
  if (before[headAt] && possessives.has(before[headAt].lower)) headAt++
  // A name of several words is one subject: `the book Alice Walker wrote about`; with nothing
  // before it, it heads nothing (`Governor Yoshimura will partner with`). Not past a head that is
  // no name (`All Maria asked for`, `Everything Alice wrote about`); a name after a determiner is
  // the head itself (`the Times Smith wrote for`).
  if (before[subject] && capitalPattern.test(before[subject].core) && !nominativePronouns.has(before[subject].lower)) {
    const nameWord = (word: Token | undefined) =>
      word !== undefined && capitalPattern.test(word.core) && !indefiniteHeads.has(word.lower) && !functionWords.has(word.lower)
    while (nameWord(before[headAt])) headAt++
    if (headAt > subject + 1 && before[headAt] && determiners.has(before[headAt].lower)) headAt--
  }
  const [who, head] = [before[subject], before[headAt]]
  if (!who || !head) return 'none'
  const headIsNoun =
    indefiniteHeads.has(head.lower) ||
    ((lowercasePattern.test(head.core) || capitalPattern.test(head.core)) && !functionWords.has(head.lower))
  if (!headIsNoun) return 'none'
  if (nominativePronouns.has(who.lower) || capitalPattern.test(who.core)) return 'strong'
  // `someone you rely on`, `the firms investors put money in`: a likely subject, a person decides;
  // not before a passive (`the yearly event is hosted by`), whose subject is the object itself.
  if (passive(verb, before.slice(0, subject))) return 'none'
  return pronouns.has(who.lower) || (lowercasePattern.test(who.core) && !functionWords.has(who.lower)) ? 'weak' : 'none'
}

/**
 * Whether the relative word at `at` of `before` (the words before the verb, nearest first) is the
 * subject of its clause: its verb group leads to a verb, not to a subject of its own (`measures
 * that are taking`, `the side which won`), so no object moved before it.
 */
function relativeIsSubject(before: readonly Token[], at: number, verb: Token): boolean {
  let next = at - 1
  let auxiliary = false
  for (; next >= 0 && inVerbGroup(before[next]); next--) {
    if (auxiliaries.has(before[next].lower)) auxiliary = true
  }
  // Right before the verb: `the side which won in`, `that had won in`.
  if (next < 0) return verbLike(verb)
  // A participle after an auxiliary: `that are taking measures to`. Not a word that only ends as
  // one, the subject of the clause (`that women fought for`, `what are children looking at`), nor
  // a word right after the relative word (`which building did they`, `which leading investors`).
  return auxiliary && participleOrGerund.test(before[next].lower)
}

/** Object pronouns that stand between a separable phrasal verb and its particle: `talked it over`. */
const objectPronouns: ReadonlySet<string> = new Set(['me', 'him', 'her', 'it', 'us', 'them', 'this'])

/** A form of `be` in the two words before the verb: `is set to`, `was likely to`. */
const afterBe = (tokens: Tokens, verb: Token) => wordsBefore(tokens, verb).slice(0, 2).some((word) => passiveAuxiliaries.has(word.lower))

/**
 * The verb a doubled particle follows, and what stands between them: nothing (`went out out`), an
 * object pronoun (`talked it over over`) or an adverb particle (`grew up in in`, `come back to to`).
 */
function verbOf(tokens: Tokens, before: Token): {verb: Token; between?: 'object' | 'particle'} {
  const earlier = tokens.previous(before, {sameSentence: true})
  if (earlier?.kind !== 'word') return {verb: before}
  // Before an object pronoun, a word that is no function word is a verb (`think it over`).
  if (objectPronouns.has(before.lower) && (verbLike(earlier) || !functionWords.has(earlier.lower))) return {verb: earlier, between: 'object'}
  if ((adverbParticles.has(before.lower) || before.lower === 'back') && verbLike(earlier)) return {verb: earlier, between: 'particle'}
  return {verb: before}
}

export function doubledParticleVerdict(
  tokens: Tokens,
  before: Token | undefined,
  particle: string,
  after: Token | undefined
): DoubledParticleVerdict {
  // The second copy must open a phrase: not the end or a mark (`relied on on.`).
  if (!after || after.kind !== 'word') return 'slip'
  if (!before || before.kind !== 'word') return 'slip'
  const {verb, between} = verbOf(tokens, before)
  if (prepositions.has(after.lower)) return adverbBeforePhrase(verb, particle, between)
  // `talked it over over dinner`: a separable phrasal verb whose object stands before its particle;
  // the particle ends the verb phrase, but nothing shows that it is not the slip of `put it in in the box`.
  if (between === 'object') return adverbParticles.has(particle) && !prepositionalParticles.has(particle) ? 'unsure' : 'slip'
  // `The village she grew up in in Kent`, `the town that my mother grew up in in 1950`, a passive
  // (`The noise was put up with with no complaint`): a phrasal verb whose preposition's object moved away.
  if (between === 'particle') {
    const moved = strandedByRelative(tokens, verb) || afterBe(tokens, verb) || movedObject(tokens, verb, true) === 'strong'
    return moved ? 'unsure' : 'slip'
  }
  return afterVerb(tokens, verb, particle, after)
}

/**
 * Whether the verb heads a relative clause right after its head, which leaves the preposition of a
 * phrasal verb stranded: a subject pronoun after a noun or relative word (`the village she grew up
 * in`, `a topic I will come back to`, `the firm that they bought out of`) or an infinitive (`things
 * to sign up for`). Not a subject of another kind (`this information turned out to`).
 */
function strandedByRelative(tokens: Tokens, verb: Token): boolean {
  const before = wordsBefore(tokens, verb)
  let subject = 0
  while (subject < before.length && inVerbGroup(before[subject])) subject++
  const [who, head] = [before[subject], before[subject + 1]]
  if (who?.lower === 'to') return true
  if (!who || !head || !nominativePronouns.has(who.lower)) return false
  return extractingWords.has(head.lower) || indefiniteHeads.has(head.lower) || !functionWords.has(head.lower)
}

/**
 * The second copy before another preposition: an adverb particle ending a phrasal verb may meet
 * itself opening an adverb before a prepositional phrase (`went out out of nowhere`, `calmed down
 * down by the river`, `turns up up to an hour late`), which is also the shape of the slip
 * (`pulled out out of the deal`): a person decides. Anything else opens nothing (`at at the`, `for
 * for in`), nor does a copy after no verb (`a rise in in at`).
 */
function adverbBeforePhrase(verb: Token, particle: string, between: 'object' | 'particle' | undefined): DoubledParticleVerdict {
  return adverbParticles.has(particle) && !prepositionalParticles.has(particle) && between !== 'particle' && verbLike(verb) ? 'unsure' : 'slip'
}

/**
 * Particles far more often prepositions than adverbs of place, which make one phrase with a
 * preposition after them (`closing in on`, `moved on to`, `coming in at 21.57 seconds`) and take
 * the object after them (`reported this on Sunday`, `use it in my town`): a second copy repeats
 * the first.
 */
const prepositionalParticles: ReadonlySet<string> = new Set(['in', 'on', 'about'])

function afterVerb(tokens: Tokens, verb: Token, particle: string, after: Token): DoubledParticleVerdict {
  if (particle === 'to' && verbsTakingTo.has(verb.lower) && infinitive(after)) return 'intended'
  if (phrasalVerbs.get(verb.lower)?.has(particle)) return 'intended'
  const throughPreposition = prepositionalVerbs.get(verb.lower)?.has(particle) ?? false
  const prepositional = throughPreposition || (particle === 'to' && verbsTakingTo.has(verb.lower))
  // A passive strands the preposition of a verb the lists lack too (`was arrived at at noon`), but
  // not `to` or the agent's `by`, which have objects of their own there (`was sent to`, `hosted by`).
  const unlistedPassive = !prepositional && particle !== 'to' && particle !== 'by'
  const moved = movedObject(tokens, verb, throughPreposition || unlistedPassive)
  let verdict: DoubledParticleVerdict
  if (prepositional) verdict = moved === 'strong' ? 'intended' : moved === 'weak' ? 'unsure' : 'slip'
  // A word that is no known verb form: a slip, unless the sentence shows a moved object (`which
  // hotel did they stay at at the summit`, `what did she write with with such care`).
  else if (!verbLike(verb)) verdict = moved === 'strong' ? 'unsure' : 'slip'
  // A verb not known to take the preposition, and nothing moved: an adverb particle (`in`, `up`,
  // `by` in `streamed by by the thousands`) may end a phrasal verb the lists lack, so a person
  // decides; a preposition that ends none (`for`, `with`, the agent's `by` after a passive) is
  // written twice (`hosted by by the`).
  else if (moved !== 'none') verdict = 'unsure'
  else if (particle === 'by') verdict = passive(verb, wordsBefore(tokens, verb).slice(0, 3)) ? 'slip' : 'unsure'
  // `to to` before a verb: the first `to` may end a phrasal verb (`The crew set to to repair the
  // hull`), but not after `be` (`is set to to rise`).
  else if (particle === 'to' && infinitive(after) && phrasalVerbsWithTo.has(verb.lower)) verdict = afterBe(tokens, verb) ? 'slip' : 'unsure'
  else verdict = adverbParticles.has(particle) ? 'unsure' : 'slip'
  // `working on on and off`, `moving in in and out`: the second copy may open a pair of its own.
  return verdict === 'slip' && (after.lower === 'and' || after.lower === 'or') ? 'unsure' : verdict
}
