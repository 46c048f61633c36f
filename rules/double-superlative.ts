import type {Paragraph} from 'nlcst'
import {defineRule} from '../src/define-rule.js'
import {adverbsAfterAdjective, comparatives, degreeAdverbs, superlatives} from './data/comparison-forms.js'
import {articles, demonstratives, functionWords, possessives, quantifiers} from './data/function-words.js'
import {lyAdverb} from './lib/self-coordination.js'
import {tokensOf} from './lib/tokens.js'
import type {Token, Tokens} from './lib/tokens.js'

/** A possessive (`the world's`, `China’s`) works like a determiner. */
const possessivePattern = /['’]s$/

/**
 * Contractions with `is` or `has` that look like possessives: `it's more older people`, `there's
 * more younger talent` (a verb before a quantifier, not a determiner).
 */
const contractions: ReadonlySet<string> = new Set([
  "it's", "that's", "there's", "here's", "what's", "who's", "where's", "he's", "she's", "let's", "how's", "when's", "why's"
].flatMap((word) => [word, word.replace("'", '’')]))

/**
 * Words that open a noun phrase without counting (`the`, `his`, `these`, `China's`): before `most`
 * they make it an adverb. `that` is left out: before `more` or `most` it is mostly the conjunction
 * (`polls show that more older voters`).
 */
const isDeterminer = (word: string) =>
  articles.has(word) ||
  possessives.has(word) ||
  (demonstratives.has(word) && word !== 'that') ||
  (possessivePattern.test(word) && !contractions.has(word))

/** Whether no noun can start with this word, so a compared adjective before it heads no noun phrase. */
const opensNoNoun = (word: Token) =>
  (functionWords.has(word.lower) && !quantifiers.has(word.lower)) || adverbsAfterAdjective.has(word.lower) || lyAdverb(word.lower)

/** Intensifiers that are nouns with their own article: `a lot more`, `a bit more`, `a little more`. */
const intensifierNouns: ReadonlySet<string> = new Set(['bit', 'little', 'lot'])

/** Whether the word before `word` (in its sentence and line) is a determiner: `a much`, `the far`. */
function determinerBefore(tokens: Tokens, word: Token): boolean {
  const before = tokens.previous(word, {sameSentence: true, sameLine: true})
  return before?.kind === 'word' && isDeterminer(before.lower)
}

/** `most`, `least`, `more` or `less` anywhere in a paragraph: a cheap test before the real work. */
const degreeWord = /\b(?:most|least|more|less)\b/i

/** Words after `the` that start a half of `the more …, the fewer …`, beside the comparatives. */
const countingDegrees: ReadonlySet<string> = new Set(['more', 'less', 'fewer'])
/**
 * The sentences of a paragraph with two `the` + comparative (`the more …, the fewer …`), where `the
 * more` may count a noun; found in one pass per paragraph.
 */
const correlatives = new WeakMap<Tokens, Set<number>>()
function correlative(tokens: Tokens, degree: Token): boolean {
  let found = correlatives.get(tokens)
  if (!found) {
    const pairs = new Map<number, number>()
    for (const token of tokens.list) {
      if (token.lower !== 'the') continue
      const next = tokens.nextWord(token, {sameSentence: true})
      if (next && (comparatives.has(next.lower) || countingDegrees.has(next.lower))) {
        pairs.set(token.sentence, (pairs.get(token.sentence) ?? 0) + 1)
      }
    }
    found = new Set([...pairs].filter(([, count]) => count >= 2).map(([sentence]) => sentence))
    correlatives.set(tokens, found)
  }
  return found.has(degree.sentence)
}

/** Forms of `be` that a question puts before its subject. */
const copulas: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])
/** Question words that put the verb before the subject: `When is more better?`. */
const questionWords: ReadonlySet<string> = new Set(['when', 'why', 'where', 'how', 'what', 'whether'])

/** Whether the verb at `verb` opens its sentence or follows a question word: an inverted question. */
function invertedAt(tokens: Tokens, verb: Token): boolean {
  const before = tokens.previous(verb, {sameSentence: true, sameLine: true})
  return before === undefined || (before.kind === 'word' && questionWords.has(before.lower))
}

export default defineRule({
  id: 'double-superlative',
  category: 'grammar',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags `more`/`most` before an adjective that is already compared, as in `the most heaviest` or `more bigger`',
  trigger: degreeWord,
  messages: {
    double: 'Unexpected `{actual}`, expected `{expected}`'
  },
  create(context) {
    const {text} = context

    /**
     * Whether `more`/`most` is an adverb of degree here (`adverb`), a quantifier of the noun phrase
     * after it (`quantifier`), or either (`unsure`).
     */
    function degreeReading(tokens: Tokens, degree: Token, adjective: Token, superlative: boolean): 'adverb' | 'quantifier' | 'unsure' {
      const previous = tokens.previous(degree, {sameSentence: true, sameLine: true})
      const before = previous?.kind === 'word' ? previous.lower : undefined
      // `at most larger by 5 percent`: the idiom `at most`, `at least`.
      if (before === 'at') return 'quantifier'
      // `When is more better?`, `Is less worse?`: after an inverted `is`, `more` is the subject.
      if (before !== undefined && copulas.has(before) && previous && invertedAt(tokens, previous)) return 'quantifier'
      const nounFollows = !noNounAfter(tokens, adjective, superlative)
      if (before !== undefined) {
        // `the most heaviest`, `a more better deal`; `the more bigger guy`, but not in `the more
        // older people vote, the …`, where `more` counts the people.
        if (superlative ? isDeterminer(before) : before === 'a' || before === 'an') return 'adverb'
        if (!superlative && isDeterminer(before) && !correlative(tokens, degree)) return 'adverb'
        // `much more smaller`, but `far more smaller companies went bust`: an intensifier
        // strengthens the adverb and the quantifier alike (`far more companies`, `a lot more
        // companies`), so before a noun a person decides. After a determiner of its own (`a much
        // more bigger piece`) it is inside a noun phrase, which `more` then cannot open.
        if (!superlative && degreeAdverbs.has(before)) {
          const insideNounPhrase = !intensifierNouns.has(before) && previous !== undefined && determinerBefore(tokens, previous)
          return nounFollows && !insideNounPhrase ? 'unsure' : 'adverb'
        }
      }
      // `more bigger than`, `more better.`, `the more easier they are`: no noun follows, so no
      // quantifier either.
      return nounFollows ? 'quantifier' : 'adverb'
    }

    /**
     * Whether no noun follows the compared adjective, so nothing is there for `more` to count. A
     * comma may list compared adjectives (`more bigger, faster ships`); before anything else it
     * ends the phrase (`a week more earlier, Spain`).
     */
    function noNounAfter(tokens: Tokens, adjective: Token, superlative: boolean): boolean {
      const next = tokens.next(adjective, {sameSentence: true, sameLine: true})
      if (next === undefined) return true
      if (next.kind === 'word') return opensNoNoun(next)
      if (next.value !== ',') return true
      const listed = tokens.nextWord(next, {sameSentence: true})
      return listed === undefined || !(superlative ? superlatives : comparatives).has(listed.lower)
    }

    return {
      ParagraphNode(node: Paragraph) {
        // Most paragraphs compare nothing: no token list for them.
        if (!degreeWord.test(context.source(node))) return
        const tokens = tokensOf(node, text)
        for (const degree of tokens.list) {
          if (degree.kind !== 'word') continue
          const superlative = degree.lower === 'most' || degree.lower === 'least'
          if (!superlative && degree.lower !== 'more' && degree.lower !== 'less') continue
          // The adjective right after, one line, only white space between.
          if (tokens.adjacent(degree, 1)?.lineBreak !== false) continue
          const adjective = tokens.list[degree.index + 2]
          if (adjective?.kind !== 'word' || adjective.value !== adjective.core) continue
          if (!(superlative ? superlatives : comparatives).has(adjective.value)) continue
          const reading = degreeReading(tokens, degree, adjective, superlative)
          if (reading === 'quantifier') continue
          if (context.isProtected(degree.from, adjective.to)) continue

          const form = adjective.value
          const capitalized = degree.value[0] !== degree.lower[0]
          context.report({
            messageId: 'double',
            data: {actual: `${degree.value} ${form}`, expected: capitalized ? form[0].toUpperCase() + form.slice(1) : form},
            from: degree.from,
            to: capitalized ? adjective.from + 1 : adjective.from,
            expected: [capitalized ? form[0].toUpperCase() : ''],
            // `less worse`, `least biggest`: dropping `less` may turn the meaning round (`less
            // worse` meant `not as bad`), so a person decides.
            ...(reading === 'unsure' || degree.lower === 'less' || degree.lower === 'least' ? {safe: false} : {})
          })
        }
      }
    }
  }
})
