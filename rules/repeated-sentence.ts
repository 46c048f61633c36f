import type {Sentence} from 'nlcst'
import {end, start} from '../src/nlcst.js'
import type {Node, Parent} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'

export interface RepeatedSentenceOptions {
  /**
   * A repeat close to the first occurrence (within `nearby` sentences) is flagged from this many
   * words. Shorter ones (`Thank you.`, `They deserve a vote.`, `Let's be frank. Let's be frank.`)
   * are repeated on purpose. Default 7.
   */
  minWords: number
  /**
   * A repeat further away is flagged from this many words: refrains of speeches (`And I will
   * propose these measures to the 90th Congress.`) come back several paragraphs apart. Default 12.
   */
  minWordsApart: number
  /** How many sentences apart a repeat still counts as close (`1`: the very next sentence). Default 2. */
  nearby: number
}

/** A word (letters and digits) of a sentence: what the comparison looks at. */
const wordPattern = /[\p{L}\p{N}]+/gu

interface Seen {
  /** Where the last occurrence starts: its line, for the message. */
  from: number
  /** Which sentence of the article it is. */
  ordinal: number
}

/** What the comparison looks at in a sentence: its words, lowercased, and how many there are. */
interface Words {
  key: string
  count: number
}

/** What a sentence too short to compare gets (one for all, in a cache). */
const tooShort: Words = {key: '', count: 0}

function wordsOf(sentence: string, shortest: number): Words {
  const words = sentence.toLowerCase().match(wordPattern)
  return words && words.length >= shortest ? {key: words.join(' '), count: words.length} : tooShort
}

interface Pending {
  key: string
  words: number
  ordinal: number
  from: number
  to: number
  /** The range the suggestion deletes: the sentence and the white space on one side of it. */
  deleteFrom: number
  deleteTo: number
}

export default defineRule<'repeated', RepeatedSentenceOptions>({
  id: 'repeated-sentence',
  category: 'duplication',
  fix: 'suggestion',
  description: 'Flags a sentence that occurs a second time in the same article',
  messages: {
    repeated: 'Unexpected repeat of the sentence on line {line}, remove it'
  },
  defaultOptions: {minWords: 7, minWordsApart: 12, nearby: 2},
  schema: {
    minWords: {type: 'integer', min: 1, max: 1000},
    minWordsApart: {type: 'integer', min: 1, max: 1000},
    nearby: {type: 'integer', min: 1, max: 1000}
  },
  create(context) {
    const {text, options} = context
    const sentences: Pending[] = []
    const shortest = Math.min(options.minWords, options.minWordsApart)
    const wordsKind = `words ${shortest}`
    let ordinal = 0

    return {
      SentenceNode(node: Sentence, parent: Parent | undefined, index: number) {
        ordinal++
        const sentence = context.source(node)
        const words = context.memo(wordsKind, sentence, () => wordsOf(sentence, shortest))
        if (words === tooShort) return
        const from = start(node)
        const to = end(node)
        let deleteFrom = from
        let deleteTo = to
        if (parent) {
          const siblings = parent.children as Node[]
          const after = siblings[index + 1]
          const before = siblings[index - 1]
          if (after?.type === 'WhiteSpaceNode' && index + 2 < siblings.length) deleteTo = end(after)
          else if (before?.type === 'WhiteSpaceNode') deleteFrom = start(before)
        }
        sentences.push({key: words.key, words: words.count, ordinal, from, to, deleteFrom, deleteTo})
      },
      'RootNode:exit'() {
        const seen = new Map<string, Seen>()
        for (const sentence of sentences) {
          const last = seen.get(sentence.key)
          seen.set(sentence.key, {from: sentence.from, ordinal: sentence.ordinal})
          if (!last) continue
          const close = sentence.ordinal - last.ordinal <= options.nearby
          if (sentence.words < (close ? options.minWords : options.minWordsApart)) continue
          context.report({
            messageId: 'repeated',
            data: {line: context.lineOf(last.from)},
            from: sentence.deleteFrom,
            to: sentence.deleteTo,
            expected: ['']
          })
        }
      }
    }
  }
})
