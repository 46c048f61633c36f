import type {Sentence} from 'nlcst'
import {end, hasLineBreak, start} from '../src/nlcst.js'
import type {Node} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {comparatives, superlatives} from './data/comparison-forms.js'
import {adverbParticles, copulaClauseOpeners} from './data/repeated-words.js'
import {articles, auxiliaries, conjunctions, determiners, functionWords, modals, nominativePronouns, possessives, prepositions, relativeWords} from './data/function-words.js'
import {clauseTakingVerbs, listenerClauseVerbs} from './data/reporting-verbs.js'
import {coordination, knownVerbForm, mayBeNoun, mayEndNounPhrase} from './lib/self-coordination.js'

/** The longest run of words checked for an immediate repeat. */
const maxRunLength = 6

/** A word of a run: its text and absolute offsets. */
interface Token {
  value: string
  from: number
  to: number
}

/** Words that join a word to itself in set phrases: `step by step`, `day after day`, `on and on`. */
const linkWords: ReadonlySet<string> = new Set([
  'after',
  'against',
  'and',
  'but',
  'by',
  'for',
  'in',
  'nor',
  'on',
  'or',
  'over',
  'to',
  'upon'
])

/** A word that ends in a period (`added.` when the next sentence starts in lower case) ends a run. */
const endsInPeriodPattern = /\.$/
/** Link words that English puts between a word and itself: `step by step`, `time to time`, `day after day`. */
const reduplicationLinks: ReadonlySet<string> = new Set(['and', 'by', 'after', 'to', 'for', 'upon', 'over', 'against'])
/** Words of `X in X`: `hand in hand`, `arm in arm`. */
const handInHand: ReadonlySet<string> = new Set(['hand', 'arm'])

/** A character glued after a word that makes it part of a longer token: `string[]`, `f(x)`, `a/b`. */
const gluedAfter = /^[[(<{/\\@#_=]$/
/** A possessive ending glued to a word: `parents'`, `teachers’ unions`, `union's`. */
const possessiveAfter = /^['’](?:s\b|\s|$)/u
/** Spaces or tabs alone (no line break, no mark). */
const spacesPattern = /^[ \t]+$/
/** Numbers (`10 20 10 20`) are lists and scores, not prose. */
const digitPattern = /\d/
/** A capitalized word: a run of them is a name (`New York New York`). */
const capitalizedPattern = /^\p{Lu}/u
/** A lower-case word, so that `Kelly and Kelly` (a name) is left alone. */
const lowerCasePattern = /^\p{Ll}/u
/** Endings of verb forms and adverbs (`relocated`, `applying`, `quickly`). */
const verbOrAdverbEnding = /(?:ed|ing|ly)$/u

/**
 * Whether a word can be said twice around a link word as a set phrase (`step by step`, `time to
 * time`, `day after day`): a noun, not a verb form, an adverb or a compared adjective
 * (`relocated to relocated to`, `easier to easier to` are slips).
 */
function reduplicable(word: string): boolean {
  const lower = word.toLowerCase()
  return !verbOrAdverbEnding.test(lower) && !comparatives.has(lower) && !superlatives.has(lower)
}

/** Whether two words are the same, allowing the first to be capitalized at the start of a sentence. */
function same(first: string, second: string): boolean {
  if (first === second) return true
  return first.length === second.length && first.slice(1) === second.slice(1) && first[0].toLowerCase() === second[0]
}

/** Forms of `call`, before `a spade a spade`. */
const callForms: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling'])

/** Words that open a clause, so that a verb phrase after them may end it: `what is done is done`. */
const clauseOpeners: ReadonlySet<string> = new Set([...copulaClauseOpeners, 'whose'])
/** Words that open a relative clause, which a verb phrase right after may end: `the one that got away`. */
const relativeOpeners: ReadonlySet<string> = new Set([...relativeWords, ...copulaClauseOpeners])
/** How many words a relative clause's subject may have between its opener and its verb (`what the minister meant`). */
const maxRelativeSubject = 3

/**
 * Function words that leave a phrase open: it cannot end in them (`was a hit in`, `are used can`,
 * `include a`). Forms of `be`, `have` and `do` can (`what will be`, `that is not`).
 */
const openingWords: ReadonlySet<string> = new Set([...prepositions, ...articles, ...possessives, ...modals, ...conjunctions])

/**
 * Whether a run of words may be a whole phrase that ends a clause: not one that ends in a word that
 * leaves it open (`which was a hit in`, `that are used can`), but a verb and its particle may
 * (`broke down`), and so may an object pronoun or a quantifier (`said it`, `voted no`).
 */
function endsWholePhrase(words: readonly Token[]): boolean {
  const [last, beforeLast] = words.map((word) => word.value.toLowerCase()).reverse()
  if (!openingWords.has(last)) return true
  return adverbParticles.has(last) && beforeLast !== undefined && (knownVerbForm(beforeLast) || auxiliaries.has(beforeLast))
}

/** Whether a run of words opens as a noun phrase or a place: `the committee`, `in the car`. */
function opensNounPhrase(words: readonly Token[]): boolean {
  const [first, second] = words.map((word) => word.value.toLowerCase())
  return determiners.has(first) || (prepositions.has(first) && second !== undefined && determiners.has(second))
}

/** Split a sentence into runs of words separated by plain spaces on one line. */
function runsOf(sentence: Sentence, source: (from: number, to: number) => string): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const close = () => {
    if (run.length > 1) runs.push(run)
    run = []
  }
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const from = start(child)
      const to = end(child)
      const value = source(from, to)
      if (endsInPeriodPattern.test(value)) {
        close()
        continue
      }
      run.push({value, from, to})
    } else if (child.type !== 'WhiteSpaceNode' || hasLineBreak(source(start(child), end(child)))) {
      close()
    }
  }
  close()
  return runs
}

/**
 * Whether the `X and X` (or `X or X`) whose first copy is at `first` is part of `X and X and X`:
 * a third copy after it or before it, with the same link word.
 */
function thirdCopy(run: readonly Token[], first: number): boolean {
  const word = run[first].value.toLowerCase()
  const link = run[first + 1]?.value
  const copyAt = (index: number) => run[index]?.value.toLowerCase() === word
  const linkAt = (index: number) => run[index]?.value === link
  return (linkAt(first + 3) && copyAt(first + 4)) || (linkAt(first - 1) && copyAt(first - 2))
}

export default defineRule({
  id: 'repeated-phrase',
  category: 'duplication',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags a phrase said twice in a row (`in the world in the world`) and a word coordinated with itself (`heaviest and heaviest`)',
  messages: {
    repeated: 'Unexpected repeated `{phrase}`, remove it',
    coordinated: 'Unexpected `{actual}`, expected `{expected}`'
  },
  create(context) {
    const {text} = context
    const source = (from: number, to: number) => text.slice(from, to)
    const onlySpaceBetween = (from: number, to: number) => spacesPattern.test(text.slice(from, to))

    /** The length of the shortest run of two or more words at `at` that is said again right after. */
    function repeatAt(run: Token[], at: number): number {
      // A doubled single word is the business of `repeated-word`.
      if (at + 1 < run.length && same(run[at].value, run[at + 1].value)) return 0
      for (let size = 2; size <= maxRunLength && at + 2 * size <= run.length; size++) {
        let equal = true
        for (let offset = 0; offset < size && equal; offset++) {
          const first = run[at + offset].value
          const second = run[at + size + offset].value
          equal = offset === 0 ? same(first, second) : first === second
        }
        if (equal) return size
      }
      return 0
    }

    /**
     * Whether a repeated run is one edited English writes on purpose. A two-word run of a link word
     * and a content word holds `X link X`, which is a set phrase when the link word is one English
     * repeats a word around (`step by step by step`, `from time to time to`, `more and more and
     * more`), not a stutter (`in order in order to`).
     */
    function intended(words: Token[]): boolean {
      if (words.some((word) => digitPattern.test(word.value))) return true
      if (words.every((word) => capitalizedPattern.test(word.value))) return true
      if (words.length === 2) {
        const [one, two] = words.map((word) => word.value.toLowerCase())
        if (linkWords.has(one) && linkWords.has(two)) return true
        const pair = linkWords.has(one) ? [one, two] : linkWords.has(two) ? [two, one] : undefined
        if (pair) {
          const [link, content] = pair
          // `X and X and` is the coordination check's to judge (`higher and higher and higher`).
          if (!functionWords.has(content) && reduplicationLinks.has(link) && (link === 'and' || reduplicable(content))) return true
          if (link === 'in' && handInHand.has(content)) return true
        }
      }
      return false
    }

    /**
     * `we have to have to transmit it`, `work to do to do that`: `have`, `be` or `do` and `to` said
     * twice can be two infinitives in a row (`have to have [it] to transmit it`), so a person
     * decides. With another word (`relocated to relocated to`, `to the to the`) it is a slip.
     */
    function infinitiveChain(words: Token[]): boolean {
      if (words.length !== 2) return false
      const [one, two] = words.map((word) => word.value.toLowerCase())
      const other = one === 'to' ? two : two === 'to' ? one : undefined
      return other !== undefined && auxiliaries.has(other)
    }

    /**
     * `as low as low can be`, `as bad as bad credit`, `as far as far as I know`: `as` said twice
     * with a word can be an equative comparison, so a person decides.
     */
    function equative(words: Token[]): boolean {
      return words.length === 2 && words.some((word) => word.value.toLowerCase() === 'as')
    }

    /**
     * `what is done is done`, `a path whose parent is ignored is ignored too`: after a word that
     * opens a clause, a verb phrase said twice may end that clause and then be the sentence's own.
     * `the one that got away got away because`: so may a phrase that opens with a verb form, when
     * a relative clause opens a few words before it and has no verb yet.
     */
    function clauseBoundary(run: Token[], at: number, size: number, clauseOpener: () => number | undefined): boolean {
      const first = run[at].value.toLowerCase()
      if (!endsWholePhrase(run.slice(at, at + size))) return false
      // `the bridge that was built was built to last`: right after a relative word, too.
      if (auxiliaries.has(first)) {
        const opener = clauseOpener()
        return (opener !== undefined && opener < run[at].from) || (at > 0 && relativeWords.has(run[at - 1].value.toLowerCase()))
      }
      // `an unexpected huge discovery`: after a determiner (not `that`, which may be the relative)
      // the form is an adjective of a noun phrase.
      const before = at > 0 ? run[at - 1].value.toLowerCase() : undefined
      if (!knownVerbForm(first) || (before !== undefined && determiners.has(before) && !relativeOpeners.has(before))) return false
      // `thinking about was helping`: a copy with a verb of its own inside spans the boundary itself.
      if (run.slice(at + 1, at + size).some((word) => auxiliaries.has(word.value.toLowerCase()))) return false
      for (let back = at - 1; back >= Math.max(0, at - maxRelativeSubject - 1); back--) {
        const word = run[back].value.toLowerCase()
        if (relativeOpeners.has(word)) return true
        // `those who were injured received first aid`: the relative clause has its verb already.
        if (auxiliaries.has(word) || knownVerbForm(word)) return false
      }
      return false
    }

    /**
     * `sent the committee the committee report`, `in the car in the car park`, `offered the fans
     * the fans' zone`: a noun phrase or a place said twice, where the second copy's noun may modify
     * the noun after it or own it, so the second copy opens a longer phrase and both may be meant.
     * Before a verb or a function word (`of` too: `at the time at the time of the crash`), or where
     * a mark ends the phrase, the copy is a stutter.
     */
    function compoundModifier(run: Token[], at: number, size: number): boolean {
      const copy = run.slice(at + size, at + 2 * size)
      const last = copy[size - 1]
      if (!opensNounPhrase(copy) || !mayEndNounPhrase(last.value.toLowerCase())) return false
      if (possessiveAfter.test(text.slice(last.to, last.to + 3))) return true
      // A capitalized word after the copy is a name in apposition (`the site the site YouTube`), not a noun it modifies.
      const after = run[at + 2 * size]?.value
      return after !== undefined && lowerCasePattern.test(after) && mayBeNoun(after)
    }

    /**
     * `she said she said it on purpose`, `the ministry said the ministry said nothing`: a subject
     * (a pronoun, or a noun phrase of a determiner and a noun) and its verb of saying or thinking
     * said twice can be a clause and the clause it reports, so a person decides.
     */
    function reportedClause(words: Token[]): boolean {
      const [first, ...rest] = words.map((word) => word.value.toLowerCase())
      const verb = rest.pop()
      if (verb === undefined || !clauseTakingVerbs.has(verb)) return false
      if (rest.length === 0) return nominativePronouns.has(first)
      return rest.length === 1 && determiners.has(first) && mayEndNounPhrase(rest[0])
    }

    /**
     * `told the court the court had erred`, `warned the public the public was at risk`: a noun
     * phrase said twice after a verb of telling can be the listener and then the subject of what
     * was told.
     */
    function newSubject(run: Token[], at: number): boolean {
      const before = run[at - 1]?.value.toLowerCase()
      return before !== undefined && listenerClauseVerbs.has(before) && determiners.has(run[at].value.toLowerCase())
    }

    function unsureRepeat(run: Token[], at: number, size: number, clauseOpener: () => number | undefined): boolean {
      const words = run.slice(at, at + size)
      return (
        infinitiveChain(words) ||
        equative(words) ||
        clauseBoundary(run, at, size, clauseOpener) ||
        reportedClause(words) ||
        newSubject(run, at) ||
        compoundModifier(run, at, size)
      )
    }

    /**
     * `up and up and up`: a word said three times around `and` is emphasis, which a doubling slip
     * does not make. For a repeated pair, `X and` or `and X`.
     */
    function chainOfThree(run: Token[], at: number, size: number): boolean {
      if (size !== 2) return false
      if (run[at + 1].value === 'and') return thirdCopy(run, at)
      return run[at].value === 'and' && thirdCopy(run, at + 1)
    }

    /** `call a spade a spade`: naming a thing by its own name, after a form of `call`. */
    function callsByName(run: Token[], at: number, size: number): boolean {
      return size === 2 && at > 0 && callForms.has(run[at - 1].value.toLowerCase()) && articles.has(run[at].value.toLowerCase())
    }

    /** The start of the sentence's first word that opens a clause (`what`, `whose`), if any. */
    function firstClauseOpener(sentence: Sentence): number | undefined {
      const found = sentence.children.find((child) => child.type === 'WordNode' && clauseOpeners.has(source(start(child), end(child)).toLowerCase()))
      return found && start(found)
    }

    function checkRepeats(run: Token[], clauseOpener: () => number | undefined) {
      let at = 0
      while (at < run.length) {
        const size = repeatAt(run, at)
        if (size === 0 || intended(run.slice(at + size, at + 2 * size)) || callsByName(run, at, size) || chainOfThree(run, at, size)) {
          at++
          continue
        }
        const from = run[at + size - 1].to
        const to = run[at + 2 * size - 1].to
        if (!context.isProtected(run[at].from, to)) {
          context.report({
            messageId: 'repeated',
            data: {phrase: source(run[at + size].from, to)},
            from,
            to,
            expected: [''],
            ...(unsureRepeat(run, at, size, clauseOpener) ? {safe: false} : {})
          })
        }
        at += size
      }
    }


    /**
     * `X and X` / `X or X` with one word: a slip of the engine for any word, except what English
     * coordinates on purpose. Decided by the word and by the words around the two copies.
     */
    function checkCoordination(run: Token[], next: (token: Token) => string | undefined) {
      for (let at = 0; at + 2 < run.length; at++) {
        const conjunction = run[at + 1].value
        if (conjunction !== 'and' && conjunction !== 'or') continue
        const word = run[at + 2].value
        if (!lowerCasePattern.test(word) || !same(run[at].value, word)) continue
        if (at > 0 && run[at - 1].value.toLowerCase() === 'between') continue
        // `a string or string[]`: the second copy is part of a longer token, code or notation.
        if (gluedAfter.test(text.charAt(run[at + 2].to))) continue
        // `parents and parents' groups`: the second copy is possessive, a modifier of a noun of its own.
        if (possessiveAfter.test(text.slice(run[at + 2].to, run[at + 2].to + 3))) continue
        const after = next(run[at + 2])?.toLowerCase()
        const commaAfter = text.charAt(run[at + 2].to) === ','
        const verdict = coordination({word, conjunction, before: run[at - 1]?.value, after, commaAfter})
        if (verdict === 'intended') continue
        // `up and up and up`, `markets and markets and markets`: three copies are emphasis, which a
        // doubling slip does not make.
        if (verdict === 'unsure' && thirdCopy(run, at)) continue
        context.report({
          messageId: 'coordinated',
          data: {actual: source(run[at].from, run[at + 2].to), expected: run[at].value},
          from: run[at].to,
          to: run[at + 2].to,
          expected: [''],
          ...(verdict === 'unsure' ? {safe: false} : {})
        })
      }
    }

    return {
      SentenceNode(node: Sentence) {
        // The word after a copy, when only white space on one line lies between them; the map of
        // words is built once per sentence, and only for a sentence that asks.
        let following: Map<number, Node> | undefined
        const next = (token: Token) => {
          if (!following) {
            const words = node.children.filter((child) => child.type === 'WordNode')
            following = new Map(words.map((word, index) => [start(word), words[index + 1]]))
          }
          const word = following.get(token.from)
          if (!word || !onlySpaceBetween(token.to, start(word))) return undefined
          return source(start(word), end(word))
        }
        const runs = runsOf(node, source)
        if (runs.length === 0) return
        // Where the sentence's first clause opener is: looked for once, and only for a repeat that asks.
        let opener: {at: number | undefined} | undefined
        const clauseOpener = () => {
          opener ??= {at: firstClauseOpener(node)}
          return opener.at
        }
        for (const run of runs) {
          checkRepeats(run, clauseOpener)
          checkCoordination(run, next)
        }
      }
    }
  }
})
