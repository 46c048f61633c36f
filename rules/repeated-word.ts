import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextRepeatedWords from 'retext-repeated-words'
import type {VFile} from 'vfile'
import {defineRule} from '../src/define-rule.js'
import type {Parent} from '../src/nlcst.js'
import {adverbParticles, copulaClauseOpeners, interjections, mentionNouns, particles, passiveAuxiliaries, reduplicatedWords} from './data/repeated-words.js'
import {articles, functionWords, modals} from './data/function-words.js'
import {reportingVerbs} from './data/reporting-verbs.js'
import {doubledParticleVerdict} from './lib/stranded-preposition.js'
import {closesSubjectClause} from './lib/subject-clause.js'
import {tokensOf} from './lib/tokens.js'
import type {Token, Tokens} from './lib/tokens.js'

/** The finder of `retext-repeated-words`; it keeps no state between calls. */
const findRepeats = retextRepeatedWords()

interface Place {
  start: {offset?: number}
  end: {offset?: number}
}

/**
 * Run the plugin on one sentence (it visits the sentences of the tree it is given: here, just this
 * one) and keep the places of the repeats it finds. It reports through `file.message` alone, so it
 * is given a recorder of places rather than a file: a VFileMessage for each of a megabyte of
 * repeats cost seconds, in making them and in collecting them.
 */
function repeatsIn(sentence: Sentence): Place[] {
  const places: Place[] = []
  const recorder = {
    message(_reason: string, options: {place?: Place}) {
      if (options.place) places.push(options.place)
      return {}
    }
  }
  findRepeats(sentence as unknown as Parameters<typeof findRepeats>[0], recorder as unknown as VFile)
  return places
}

/**
 * Finds the last token of a list sorted by offset whose `key` (`from` or `to`) is at most an offset,
 * if its key is the offset. A look-up is a binary search, and one after it at a later offset walks
 * on from there: a sentence's repeats come in order, and maps of every token of a megabyte-long
 * paragraph cost more than the rule's other work.
 */
function tokenFinder(list: readonly Token[], key: 'from' | 'to'): (offset: number) => Token | undefined {
  /** The index of the first token past the offset asked for last (-1 before the first look-up). */
  let next = -1
  return (offset) => {
    if (next === -1 || (next > 0 && list[next - 1][key] > offset)) {
      let low = 0
      let high = list.length
      while (low < high) {
        const middle = (low + high) >>> 1
        if (list[middle][key] <= offset) low = middle + 1
        else high = middle
      }
      next = low
    } else {
      while (next < list.length && list[next][key] <= offset) next++
    }
    const found = list[next - 1]
    return found?.[key] === offset ? found : undefined
  }
}

/** Numbers (`10 10`), initialisms and abbreviations (`U.S. U.S.`): not prose words. */
const notProsePattern = /[\d.]/
const capitalPattern = /^\p{Lu}/u
const allCapitalsPattern = /^\p{Lu}{2,}$/u
/** `to` and the modals: the word after them is a verb (`to record`, `will contract`). */
const verbOpeners: ReadonlySet<string> = new Set(['to', ...modals])
/** Modals that are also given names or nouns: `Will`, `May`, `Can`. */
const modalNames: ReadonlySet<string> = new Set(['will', 'may', 'can', 'must', 'might'])
const openingQuotePattern = /^["'“‘«„‚]$/
const closingQuotePattern = /^["'”’»“‘]$/
/** Participles and `-ing` forms: `not not found`, `not not being`. */
const verbFormPattern = /(?:ed|en|ing)$/
/** A lone letter that is no word (not `a` or `I`): initials or a symbol (`e e cummings`, `x x`). */
const letterPattern = /^[b-hj-z]$/i
/**
 * Words that may end a verb phrase and open the next phrase (`went out out of`, `came around around
 * midnight`, `played against against all odds`); other prepositions rarely end one.
 */
const particleLike: ReadonlySet<string> = new Set([...particles, ...adverbParticles, 'against'])
/** How many copies of a word a quotation made only of them may hold (`"buffalo buffalo buffalo"`); a bound keeps long runs linear. */
const quotedRunBound = 10
/** How many words of a mentioned quotation may come before the copies: `the sentence "I saw saw"`. */
const mentionWindow = 4
/** How many tokens back an earlier `as` may stand: `as a nurse as well as`, `as chairman of the board as well as`. */
const asWindow = 8

/** The tokens just outside the run of copies of one word that `first second` belongs to, within a bound. */
function runEdges(tokens: Tokens, first: Token, second: Token): [Token | undefined, Token | undefined] {
  let start = first
  let end = second
  for (let count = 2; count < quotedRunBound; count++) {
    const before = tokens.previous(start, {sameSentence: true})
    const after = tokens.next(end, {sameSentence: true})
    if (before?.kind === 'word' && before.lower === first.lower) start = before
    else if (after?.kind === 'word' && after.lower === first.lower) end = after
    else break
  }
  return [tokens.previous(start, {sameSentence: true}), tokens.next(end, {sameSentence: true})]
}

/**
 * Whether an interjection said twice stands on its own: at a sentence's edge or beside a mark (`No
 * no, not that one`, `Bye bye.`), as the words said (`said night night`), or as a noun after an
 * article (`a no no`), where the determiner `no` could not follow one (but `the night night before`).
 */
function standsAlone(word: string, before: Token | undefined, after: Token | undefined): boolean {
  if (before === undefined || before.kind === 'mark' || after === undefined || after.kind === 'mark') return true
  return reportingVerbs.has(before.lower) || (articles.has(before.lower) && functionWords.has(word))
}

/**
 * Whether the first `as` closes `as well as`, `as soon as`, after an earlier `as` of a role or manner
 * that the second copy repeats (`worked as a nurse as well as as a midwife`). Without that earlier
 * `as` the pair is the slip of `as long as as people comply`, `as quickly as as possible`.
 */
function closesAsPair(tokens: Tokens, before: Token | undefined): boolean {
  const opening = before?.kind === 'word' ? tokens.previous(before, {sameSentence: true}) : undefined
  if (opening?.lower !== 'as') return false
  let word = tokens.previous(opening, {sameSentence: true})
  for (let count = 0; word && count < asWindow; count++) {
    if (word.lower === 'as') return true
    word = tokens.previous(word, {sameSentence: true})
  }
  return false
}

/**
 * Whether the first copy is in a quotation named by a mention noun (`In the sentence "I saw saw"`,
 * `the phrase "to to"`): an example, which may repeat a word on purpose. Read back a few tokens.
 */
function inMentionedQuotation(tokens: Tokens, first: Token): boolean {
  let token = tokens.previous(first, {sameSentence: true})
  for (let count = 0; token && count < mentionWindow; count++) {
    if (token.kind === 'mark') {
      const noun = tokens.previous(token, {sameSentence: true})
      return openingQuotePattern.test(token.value) && noun?.kind === 'word' && mentionNouns.has(noun.lower)
    }
    token = tokens.previous(token, {sameSentence: true})
  }
  return false
}

/**
 * Whether the copies are the whole of a quotation: a mention or a title (`"the the"`, `"buffalo
 * buffalo buffalo"`, `“Rebel rebel”`), whose words are what is being named.
 */
function quotedAlone(tokens: Tokens, first: Token, second: Token): boolean {
  const [before, after] = runEdges(tokens, first, second)
  // Each mark touches the copies: `or or "Orthodox"` is outside two quotations.
  return (
    before?.kind === 'mark' && openingQuotePattern.test(before.value) && tokens.adjacent(before, 1)?.kind === 'word' &&
    after?.kind === 'mark' && closingQuotePattern.test(after.value) && tokens.adjacent(after, -1)?.kind === 'word'
  )
}

/**
 * A cheap pre-check in one pass (a regex with a back-reference takes quadratic time on a long run
 * without spaces): two words in a row, only white space between them, the same in any case. Every
 * pair the plugin can report is one, so only sentences that have one are handed to it.
 */
function hasRepeat(sentence: Sentence): boolean {
  let previous: string | undefined
  let afterSpace = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const value = toString(child).toLowerCase()
      if (afterSpace && value === previous) return true
      previous = value
      afterSpace = false
    } else if (child.type === 'WhiteSpaceNode' && previous !== undefined && !afterSpace) {
      afterSpace = true
    } else {
      previous = undefined
      afterSpace = false
    }
  }
  return false
}

export default defineRule({
  id: 'repeated-word',
  category: 'duplication',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags a word written twice in a row, as in `the the`, using `retext-repeated-words`',
  messages: {
    repeated: 'Unexpected repeated `{word}`, remove it',
    repeatedRun: 'Unexpected `{word}` repeated {count} times, remove the repeats'
  },
  create(context) {
    const {text} = context

    /**
     * Per paragraph: where each sentence first has a copula clause opener (`what`, `all`), so that
     * asking whether one comes before a repeat is one look-up; scanning back from each repeat took
     * quadratic time in a long sentence (`is is is …`).
     */
    const firstOpeners = new WeakMap<Tokens, Map<number, number>>()
    function firstOpenerBySentence(tokens: Tokens): Map<number, number> {
      let found = firstOpeners.get(tokens)
      if (!found) {
        found = new Map()
        for (const token of tokens.list) {
          if (copulaClauseOpeners.has(token.lower) && !found.has(token.sentence)) found.set(token.sentence, token.index)
        }
        firstOpeners.set(tokens, found)
      }
      return found
    }
    const comesBefore = (first: number | undefined, token: Token) => first !== undefined && first < token.index

    /**
     * Whether `first second` (the same word) is written on purpose, a slip, or more likely a slip
     * that a person should decide (`'unsure'`).
     */
    function judge(tokens: Tokens, first: Token, second: Token): 'intended' | 'unsure' | 'slip' {
      const lower = second.lower
      // `name NAME`: the placeholder of an anonymised text, not a repeat.
      if (allCapitalsPattern.test(second.core) && !allCapitalsPattern.test(first.core)) return 'intended'
      if (notProsePattern.test(second.value) || letterPattern.test(lower) || reduplicatedWords.has(lower)) return 'intended'
      if (quotedAlone(tokens, first, second)) return 'intended'
      // `Will will notice`, `May may come`: a capitalized modal before the same word may be a name.
      if (modalNames.has(lower) && capitalPattern.test(first.core) && !capitalPattern.test(second.core)) return 'unsure'
      const before = tokens.previous(first, {sameSentence: true})
      const after = tokens.next(second, {sameSentence: true})
      if (interjections.has(lower) && standsAlone(lower, before, after)) return 'intended'
      // `Justin Rose rose`, `an A a week`, `The Who who`: a capital that no sentence or line start
      // explains makes the first copy a name, and the lowercase copy may be the common word; not
      // `the`, which names nothing by itself (`buy The the`).
      const capitalUnexplained = before?.kind === 'word' && !tokens.adjacent(first, -1)?.lineBreak
      if (capitalPattern.test(first.core) && !capitalPattern.test(second.core) && capitalUnexplained && lower !== 'the') {
        return 'unsure'
      }
      // `The word is is a verb`: the first copy may be mentioned, the second used.
      // Not `of`, which after a noun is always the preposition (`the term of of office`).
      if (before?.kind === 'word' && mentionNouns.has(before.lower) && lower !== 'of') return 'unsure'
      if (inMentionedQuotation(tokens, first)) return 'unsure'
      // `as well as as a midwife`: the first copy may close `as well as`, `as soon as`, the second open a phrase.
      if (lower === 'as' && closesAsPair(tokens, before)) return 'unsure'
      // `It is not not true`: a double negative may be meant before a predicate; not before a verb or
      // a function word (`did not not allow`, `is not not the only`).
      if (lower === 'not' && after?.kind === 'word' && before !== undefined && passiveAuxiliaries.has(before.lower) && !verbFormPattern.test(after.lower) && !functionWords.has(after.lower)) {
        return 'unsure'
      }
      if (particleLike.has(lower)) {
        return doubledParticleVerdict(tokens, before, lower, after)
      }
      if ((lower === 'is' || lower === 'was') && comesBefore(firstOpenerBySentence(tokens).get(first.sentence), first)) {
        return 'intended'
      }
      if (closesSubjectClause(tokens, first, before)) return 'unsure'
      // `to record record profits`, `will contract contract workers`: a verb, then the same word as
      // a noun or adjective before a noun of its own. Before a determiner (`to expand expand the
      // port`) it is a slip.
      if (before?.kind === 'word' && verbOpeners.has(before.lower) && after?.kind === 'word' && !functionWords.has(after.lower)) {
        return 'unsure'
      }
      return 'slip'
    }

    return {
      SentenceNode(node: Sentence, parent: Parent | undefined) {
        if (!parent || parent.type !== 'ParagraphNode' || !hasRepeat(node)) return
        const tokens = tokensOf(parent as Paragraph, text)
        // Repeats of one word in a row (`the the the`) are one finding, with one verdict.
        let run: {first: Token; last: Token; verdict: 'unsure' | 'slip'; count: number} | undefined
        const endRun = () => {
          if (!run) return
          const {first, last, verdict, count} = run
          context.report({
            messageId: count === 1 ? 'repeated' : 'repeatedRun',
            data: {word: last.value, count: String(count)},
            from: first.to,
            to: last.to,
            expected: [''],
            ...(verdict === 'unsure' ? {safe: false} : {})
          })
          run = undefined
        }
        const startingAt = tokenFinder(tokens.list, 'from')
        const endingAt = tokenFinder(tokens.list, 'to')
        for (const place of repeatsIn(node)) {
          const from = place.start.offset
          const to = place.end.offset
          if (from === undefined || to === undefined) continue
          const first = startingAt(from)
          const second = endingAt(to)
          if (!first || !second || first.kind !== 'word' || second.kind !== 'word') continue
          // Only white space on one line between the two copies (a line break: a list or a heading).
          if (tokens.adjacent(first, 1)?.lineBreak !== false) continue
          // A capitalized copy after a lowercase one starts something new (`the The Times`).
          if (capitalPattern.test(second.core) && !capitalPattern.test(first.core)) continue
          const verdict = judge(tokens, first, second)
          if (verdict === 'intended') continue
          if (run?.last === first && run.verdict === verdict) {
            run.last = second
            run.count++
          } else {
            endRun()
            run = {first, last: second, verdict, count: 1}
          }
        }
        endRun()
      }
    }
  }
})
