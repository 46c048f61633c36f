import type {Sentence} from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {copulaClauseOpeners, particles, reduplicatedWords, verbsBeforeParticle} from './data/repeated-words.js'

/** The finder of `retext-repeated-words`; it keeps no state between calls. */
const findRepeats = retextRepeatedWords()

/**
 * A cheap pre-check: some run of characters followed by itself (any case). Every pair the plugin
 * can report matches, so only sentences that match are handed to it; it then decides with its own
 * rules (capitalized names, `that that`, …).
 */
const candidatePattern = /(\S+)\s+\1(?![\p{L}\p{M}\p{N}])/iu
/** The pair the plugin reports: word, the white space between, word. */
const pairPattern = /^(\S+)(\s+)(\S+)$/
/** A line break between the two copies: they belong to different lines (a list, a heading). */
const lineBreakPattern = /[\n\r]/
/** Numbers (`10 10`), initialisms and abbreviations (`U.S. U.S.`): not prose words. */
const notProsePattern = /[\d.]/
/** The last word before a point, and whether it looks like a verb form (`resorted`, `going`, `taken`). */
const wordBeforePattern = /([\p{L}’']+)\s+$/u
const verbEndingPattern = /(?:ed|en|ing)$/
/** Any word, to look for `what`, `all`, … earlier in the sentence. */
const wordPattern = /\p{L}+/gu

export default defineRule({
  id: 'repeated-word',
  category: 'duplication',
  fix: 'safe',
  description: 'Flags a word written twice in a row, as in `the the`, using `retext-repeated-words`',
  messages: {
    repeated: 'Unexpected repeated `{word}`, remove it'
  },
  create(context) {
    const {text} = context

    /** Whether a reported pair is one edited English writes on purpose. */
    function intended(word: string, sentence: Sentence, from: number): boolean {
      const lower = word.toLowerCase()
      if (notProsePattern.test(word) || reduplicatedWords.has(lower)) return true
      const before = text.slice(start(sentence), from)
      if (particles.has(lower)) {
        const previous = wordBeforePattern.exec(before)?.[1].toLowerCase()
        if (previous && (verbEndingPattern.test(previous) || verbsBeforeParticle.has(previous))) return true
      }
      if (lower === 'is' || lower === 'was') {
        for (const match of before.matchAll(wordPattern)) {
          if (copulaClauseOpeners.has(match[0].toLowerCase())) return true
        }
      }
      return false
    }

    return {
      SentenceNode(node: Sentence) {
        if (!candidatePattern.test(context.source(node))) return
        // The plugin visits the sentences of the tree it is given: here, just this one. Its messages
        // go to a scratch file, never to the user's.
        const scratch = new VFile(text)
        findRepeats(node as unknown as Parameters<typeof findRepeats>[0], scratch)
        for (const message of scratch.messages) {
          const place = message.place && 'start' in message.place ? message.place : undefined
          const from = place?.start.offset
          const to = place?.end.offset
          if (from === undefined || to === undefined) continue
          const pair = pairPattern.exec(text.slice(from, to))
          if (!pair || lineBreakPattern.test(pair[2])) continue
          if (intended(pair[3], node, from)) continue
          if (context.isProtected(from, to)) continue
          context.report({messageId: 'repeated', data: {word: pair[3]}, from: from + pair[1].length, to, expected: ['']})
        }
      }
    }
  }
})
