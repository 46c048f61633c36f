/**
 * Whether a word written twice may end a clause that is the subject of its sentence and then be the
 * sentence's main verb (`What he does does not matter`, `Those who stayed stayed`), read from the
 * words around it.
 */
import {auxiliaries, conjunctions, demonstratives, determiners, functionWords, modals, pronouns, relativeWords} from '../data/function-words.js'
import {reportingVerbs} from '../data/reporting-verbs.js'
import {headsRelativeClause, verbLike} from './stranded-preposition.js'
import type {Token, Tokens} from './tokens.js'

const capitalPattern = /^\p{Lu}/u
const lowercaseWordPattern = /^\p{Ll}+$/u
/** `something`, `anyone`, `everybody`, `nothing`: pronouns that head relative clauses. */
const indefinitePronounPattern = /^(?:some|any|every|no)(?:thing|one|body)$/
/** Free relatives: a clause that is a noun phrase itself, and may be the subject (`What he does does not matter`). */
const freeRelatives: ReadonlySet<string> = new Set(['what', 'whatever', 'whoever', 'whichever', 'how', 'why', 'where'])
/** Relative words that can be the subject of their own clause: `Whoever wins`, `those who stayed`, `What matters`. */
const subjectRelatives: ReadonlySet<string> = new Set(['what', 'whatever', 'whoever', 'whichever', 'who', 'which', 'that'])
/** Relative words of place, manner, reason and time. */
const adverbialRelatives: ReadonlySet<string> = new Set(['where', 'how', 'why', 'when'])
/** Verb forms that agree only with a plural or first- or second-person subject. */
const pluralVerbs: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do', 'am'])
/** Pronouns that head a plural relative clause: `Those who`, `they who`. */
const pluralPronouns: ReadonlySet<string> = new Set(['those', 'these', 'they', 'we', 'you', 'ones', 'many', 'all', 'both', 'few', 'several', 'some'])
/** A third-person singular verb or a plural noun: `matters`, `wins`, `teams` (not `-ss`, `-us`). */
const thirdPersonPattern = /[^su]s$/
/** Pronouns that are the subject of a clause: `what he does`, `how it looks`. */
const subjectPronouns: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they'])

/**
 * Whether the first copy may be the verb that closes a clause which is the subject of the sentence,
 * the second copy its main verb (`What he does does not matter`, `Whoever wins wins`, `Those who
 * stayed stayed`, `The fact that he came came as a surprise`). The same words are the slip of
 * `Those who stayed at home`, so this is a question a person answers, never a repeat to delete.
 * The clause is a relative word, then the first copy (`who stayed`), or a relative word, its
 * subject and the first copy (`what he does`, `What the law does`, `that Smith built`); an
 * auxiliary closes only a clause with a subject of its own (`Whatever they are are`, not `what has
 * has been`). A free relative (`what`, `whoever`, `how`) must open a part of the sentence, and a
 * relative clause must follow a head that does (`The people who`, `Doctors who`, `Anyone who`), as
 * a subject does; a clause on an object (`the car that we are are driving`) or set off by a comma
 * (`The talks, which began began`) ends before no main verb.
 */
export function closesSubjectClause(tokens: Tokens, first: Token, before: Token | undefined): boolean {
  if (!lowercaseWordPattern.test(first.core) || modals.has(first.lower)) return false
  if (functionWords.has(first.lower) && !auxiliaries.has(first.lower)) return false
  if (before?.kind !== 'word') return false
  // The relative word is the subject itself (`who stayed`, `What matters`): the first copy must read
  // as its verb, a form that agrees with it (`matters`, `stayed`, `left`) or with a plural head
  // (`Teams that win`), not a noun after a demonstrative (`Earlier that day day`, `That sort sort`).
  if (subjectRelatives.has(before.lower) && !auxiliaries.has(first.lower)) {
    if (!verbLike(first) && !thirdPersonPattern.test(first.lower) && !pluralHead(tokens, before)) return false
    return freeRelatives.has(before.lower) ? startsPart(tokens, before, false) : relativeAfterHead(tokens, before, true)
  }
  const opener = relativeBeforeSubject(tokens, before)
  if (!opener) return false
  // A clause of place, manner or reason is singular as a subject (`How it looks looks bad`): a plural
  // verb after one is the slip of `where we are are`.
  if (adverbialRelatives.has(opener.lower) && pluralVerbs.has(first.lower)) return false
  return freeRelatives.has(opener.lower) ? startsPart(tokens, opener, false) : relativeAfterHead(tokens, opener, false)
}

/** Whether the word before a relative word is a plural head: `Teams that`, `Those who`, `The ones who`. */
function pluralHead(tokens: Tokens, relative: Token): boolean {
  const head = tokens.previous(relative, {sameSentence: true})
  return head?.kind === 'word' && (pluralPronouns.has(head.lower) || (!functionWords.has(head.lower) && thirdPersonPattern.test(head.lower)))
}

/** The relative word before the subject that ends with `last` (`what he`, `what the law`, `that Smith`), if any. */
function relativeBeforeSubject(tokens: Tokens, last: Token): Token | undefined {
  const previousWord = (token: Token) => {
    const previous = tokens.previous(token, {sameSentence: true})
    return previous?.kind === 'word' ? previous : undefined
  }
  let start: Token | undefined = last
  if (!subjectPronouns.has(last.lower)) {
    // A name (`what Smith said`) or a noun after its determiner (`what the company did`).
    const isName = capitalPattern.test(last.core)
    if (functionWords.has(last.lower) && !isName) return undefined
    for (let count = 0; start && count < 2 && !determiners.has(start.lower); count++) {
      const previous = previousWord(start)
      // `whose` is the determiner of its noun and the relative word: `the man whose car burned`.
      if (previous?.lower === 'whose') return previous
      if (!previous || isRelative(previous)) break
      if (isName ? !capitalPattern.test(previous.core) : functionWords.has(previous.lower) && !determiners.has(previous.lower)) break
      start = previous
    }
    if (!isName && (!start || !determiners.has(start.lower))) return undefined
  }
  const opener = start && previousWord(start)
  return opener && isRelative(opener) ? opener : undefined
}

const isRelative = (word: Token) => relativeWords.has(word.lower) || freeRelatives.has(word.lower)

/**
 * Whether a token opens a part of its sentence: first, after a conjunction, `that`, a verb of saying
 * or a mark; after a comma only where `afterComma` (a free relative there opens a clause of its
 * own, `…, where we are`, `In comparison, what has`).
 */
function startsPart(tokens: Tokens, token: Token, afterComma = true): boolean {
  const previous = tokens.previous(token, {sameSentence: true})
  if (!previous) return true
  if (previous.kind === 'mark') return afterComma || previous.value !== ','
  return conjunctions.has(previous.lower) || previous.lower === 'that' || reportingVerbs.has(previous.lower)
}

/**
 * Whether a relative word opens a clause on a head that opens a part of the sentence: first itself
 * (`Who knew`), a pronoun (`Those who`, `Anyone who`, `Something that`) or a noun after its
 * determiner (`The old bell that`; not `Evolution works that`), or bare where the relative word is
 * the subject (`Doctors who care`; not `believe that Russia tried`, where `that` follows a verb).
 */
function relativeAfterHead(tokens: Tokens, relative: Token, bareHead: boolean): boolean {
  const head = tokens.previous(relative, {sameSentence: true})
  if (!head) return true
  if (head.kind !== 'word') return false
  if (indefinitePronounPattern.test(head.lower) || (relative.lower !== 'that' && (pronouns.has(head.lower) || demonstratives.has(head.lower)))) {
    return startsPart(tokens, head)
  }
  if (!headsRelativeClause(head, tokens.previous(head, {sameSentence: true}))) return false
  if (bareHead && startsPart(tokens, head)) return true
  // A noun after its determiner, perhaps with one word between: `The bell that`, `The old bell that`.
  let start = head
  for (let count = 0; count < 2; count++) {
    const previous = tokens.previous(start, {sameSentence: true})
    if (previous?.kind !== 'word' || (functionWords.has(previous.lower) && !determiners.has(previous.lower))) return false
    if (determiners.has(previous.lower)) return startsPart(tokens, previous)
    start = previous
  }
  return false
}
