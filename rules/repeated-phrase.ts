import type {Sentence} from 'nlcst'
import {end, hasLineBreak, start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {superlatives} from './data/comparison-forms.js'
import {notAdverbsInLy, selfCoordinationAdjectives} from './data/self-coordination.js'

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

/** Function words: `to the to the` is a stutter, not a set phrase like `step by step by step`. */
const functionWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'at',
  'be',
  'by',
  'for',
  'from',
  'he',
  'her',
  'his',
  'i',
  'in',
  'is',
  'it',
  'its',
  'my',
  'not',
  'of',
  'on',
  'or',
  'our',
  'she',
  'that',
  'the',
  'their',
  'these',
  'they',
  'this',
  'those',
  'to',
  'was',
  'we',
  'were',
  'with',
  'you',
  'your'
])

/** A word that ends in a period (`added.` when the next sentence starts in lower case) ends a run. */
const endsInPeriodPattern = /\.$/
/** Numbers (`10 20 10 20`) are lists and scores, not prose. */
const digitPattern = /\d/
/** A capitalized word: a run of them is a name (`New York New York`). */
const capitalizedPattern = /^\p{Lu}/u
/** A lower-case word, so that `Kelly and Kelly` (a name) is left alone. */
const lowerCasePattern = /^\p{Ll}/u
/** An adverb in `-ly` (`slowly`, `carefully`). */
const adverbPattern = /^\p{Ll}{3,}ly$/u

/** Whether two words are the same, allowing the first to be capitalized at the start of a sentence. */
function same(first: string, second: string): boolean {
  if (first === second) return true
  return first.length === second.length && first.slice(1) === second.slice(1) && first[0].toLowerCase() === second[0]
}

/** Whether `word` coordinated with itself (`heaviest and heaviest`) cannot be meant. */
function neverSelfCoordinated(word: string): boolean {
  if (superlatives.has(word) || selfCoordinationAdjectives.has(word)) return true
  return adverbPattern.test(word) && !notAdverbsInLy.has(word)
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

export default defineRule({
  id: 'repeated-phrase',
  category: 'duplication',
  fix: 'safe',
  description: 'Flags a phrase said twice in a row (`in the world in the world`) and a word coordinated with itself (`heaviest and heaviest`)',
  messages: {
    repeated: 'Unexpected repeated `{phrase}`, remove it',
    coordinated: 'Unexpected `{actual}`, expected `{expected}`'
  },
  create(context) {
    const {text} = context
    const source = (from: number, to: number) => text.slice(from, to)

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

    /** Whether a repeated run is one edited English writes on purpose. */
    function intended(words: Token[]): boolean {
      if (words.some((word) => digitPattern.test(word.value))) return true
      if (words.every((word) => capitalizedPattern.test(word.value))) return true
      if (words.length === 2) {
        // `step by step by step`, `more and more and more`, `over and over and over`.
        const [one, two] = words.map((word) => word.value.toLowerCase())
        if (linkWords.has(one) && linkWords.has(two)) return true
        const content = linkWords.has(one) ? two : linkWords.has(two) ? one : undefined
        if (content !== undefined && !functionWords.has(content)) return true
      }
      return false
    }

    function checkRepeats(run: Token[]) {
      let at = 0
      while (at < run.length) {
        const size = repeatAt(run, at)
        if (size === 0 || intended(run.slice(at + size, at + 2 * size))) {
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
            expected: ['']
          })
        }
        at += size
      }
    }

    function checkCoordination(run: Token[]) {
      for (let at = 0; at + 2 < run.length; at++) {
        const conjunction = run[at + 1].value
        if (conjunction !== 'and' && conjunction !== 'or') continue
        const word = run[at + 2].value
        if (!lowerCasePattern.test(word) || !same(run[at].value, word) || !neverSelfCoordinated(word)) continue
        if (at > 0 && run[at - 1].value.toLowerCase() === 'between') continue
        if (context.isProtected(run[at].from, run[at + 2].to)) continue
        context.report({
          messageId: 'coordinated',
          data: {actual: source(run[at].from, run[at + 2].to), expected: run[at].value},
          from: run[at].to,
          to: run[at + 2].to,
          expected: ['']
        })
      }
    }

    return {
      SentenceNode(node: Sentence) {
        for (const run of runsOf(node, source)) {
          checkRepeats(run)
          checkCoordination(run)
        }
      }
    }
  }
})
