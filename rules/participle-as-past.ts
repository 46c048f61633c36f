import type {Sentence} from 'nlcst'
import {end, start} from '../src/nlcst.js'
import type {Node} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {
  auxiliarySuffix,
  midAdverbs,
  otherAuxiliaries,
  participleToPast,
  passiveMarkers,
  perfectOrPassiveAuxiliaries,
  subjectDeterminers
} from './data/irregular-participles.js'
import {nominativePronouns} from './data/function-words.js'

/** A word of the sentence and whether only white space separates it from the word before. */
interface Token {
  text: string
  lower: string
  from: number
  to: number
  /** Only white space (or nothing) between this word and the previous one. */
  adjacent: boolean
}

/** The sentence ends in `.`, `!` or `?`, maybe followed by closing quotes or brackets (not a headline). */
const terminated = /[.!?]["”’')\]]*$/
/** A word starting with a capital letter (a name: `Biden also spoken`). */
const capitalized = /^\p{Lu}/u
/** The sentence holds one of the participles at all: a cheap test before tokenizing. */
const anyParticiple = new RegExp(`\\b(?:${[...participleToPast.keys()].join('|')})\\b`, 'i')
/** The article holds one of the participles anywhere: no word boundaries, so that it matches wherever a sentence's test does. */
const anyParticipleAnywhere = new RegExp(`(?:${[...participleToPast.keys()].join('|')})`, 'i')

/** Pronouns and other words that do not start or end a noun-phrase subject of their own. */
const pronounLike: ReadonlySet<string> = new Set([
  'i', 'he', 'she', 'we', 'they', 'it', 'you', 'there', 'who', 'what', 'which'
])
/** A possessive or `is`/`has` ending: `Biden's`. */
const possessive = /['’]s$/
const apostrophe = /['’]/

/** The longest noun phrase (in words) taken as a subject at the start of a sentence. */
const maxSubjectWords = 5

export default defineRule({
  id: 'participle-as-past',
  category: 'grammar',
  fix: 'suggestion',
  scope: 'paragraph',
  trigger: anyParticipleAnywhere,
  description: 'Flags an irregular past participle used as a finite verb, as in `The two leaders also spoken`',
  messages: {
    participle: 'Unexpected `{actual}` as a past tense without `has`, `have` or `had`, expected `{past}`'
  },
  create(context) {
    function tokens(node: Sentence): Token[] {
      const list: Token[] = []
      let adjacent = true
      for (const child of node.children as Node[]) {
        if (child.type === 'WordNode') {
          const text = context.source(child)
          list.push({text, lower: text.toLowerCase(), from: start(child), to: end(child), adjacent})
          adjacent = true
        } else if (child.type !== 'WhiteSpaceNode') {
          adjacent = false
        }
      }
      return list
    }

    /** Whether `words[0..last]` is a noun phrase opening the sentence (`The two leaders`, `Biden`). */
    function isSubjectPhrase(words: Token[], last: number): boolean {
      if (last + 1 > maxSubjectWords) return false
      for (let at = 0; at <= last; at++) {
        const word = words[at]
        if (at > 0 && !word.adjacent) return false
        if (perfectOrPassiveAuxiliaries.has(word.lower) || otherAuxiliaries.has(word.lower)) return false
        if (participleToPast.has(word.lower) || midAdverbs.has(word.lower)) return false
        // `We've`, `He'd`, `Biden's` (has) right before the verb: a contracted auxiliary. A
        // possessive `'s` inside the phrase is fine (`Biden's aides also spoken`).
        if (auxiliarySuffix.test(word.lower) && (at === last || !possessive.test(word.lower))) return false
        if (pronounLike.has(word.lower.split(apostrophe)[0])) return false
      }
      if (subjectDeterminers.has(words[0].lower)) return true
      // A possessive name works as a determiner: `Biden's two aides`.
      if (last > 0 && capitalized.test(words[0].text) && possessive.test(words[0].lower)) return true
      return words.slice(0, last + 1).every((word) => capitalized.test(word.text))
    }

    /**
     * Whether an auxiliary follows in the same clause (up to a punctuation mark): then the participle
     * belongs to a reduced relative (`The proof already given is the best argument`).
     */
    function hasVerbLater(words: Token[], from: number): boolean {
      for (let at = from; at < words.length; at++) {
        if (!words[at].adjacent) return false
        // Case-sensitive: `in May` is a month, not a modal.
        const text = words[at].text
        if (perfectOrPassiveAuxiliaries.has(text) || otherAuxiliaries.has(text)) return true
      }
      return false
    }

    return {
      SentenceNode(node: Sentence) {
        const value = context.source(node)
        if (!anyParticiple.test(value)) return
        const words = tokens(node)

        for (let at = 1; at < words.length; at++) {
          const participle = words[at]
          const past = participleToPast.get(participle.lower)
          if (!past || participle.text !== participle.lower) continue
          if (!participle.adjacent) continue

          // Walk back over the adverbs between subject and verb (`leaders also spoken`).
          let subject = at - 1
          while (subject >= 0 && midAdverbs.has(words[subject].lower) && words[subject + 1].adjacent) subject--
          if (subject < 0 || !words[subject + 1].adjacent) continue
          const adverbs = at - 1 - subject
          const head = words[subject]
          // Gapping (`She had eaten and he gone home`) or a passive or perfect earlier in the sentence.
          if (words.slice(0, subject).some((word) => perfectOrPassiveAuxiliaries.has(word.lower))) continue

          let isFinite = false
          if ((nominativePronouns.has(head.lower) && head.text !== 'i') || (head.lower === 'it' && subject === 0)) {
            const before = words[subject - 1]
            const inverted =
              before !== undefined &&
              (perfectOrPassiveAuxiliaries.has(before.lower) ||
                otherAuxiliaries.has(before.lower) ||
                auxiliarySuffix.test(before.lower))
            // `World War I taken`: `I` after a capitalised word is a numeral.
            const numeral = head.text === 'I' && before !== undefined && before.adjacent && capitalized.test(before.text)
            isFinite = !inverted && !numeral
          } else if (adverbs > 0 && isSubjectPhrase(words, subject)) {
            // A noun phrase needs an adverb between it and the participle (`The language spoken in`
            // is a reduced relative), a sentence that ends like one (not a headline: `Man taken to
            // hospital`), and no passive agent or `as` after the participle (`also known as`).
            const next = words[at + 1]
            isFinite =
              terminated.test(value.trimEnd()) &&
              !(next && passiveMarkers.has(next.lower)) &&
              !hasVerbLater(words, at + 1)
          }
          if (!isFinite) continue
          if (context.isProtected(participle.from, participle.to)) continue
          context.report({
            messageId: 'participle',
            data: {actual: participle.text, past},
            from: participle.from,
            to: participle.to,
            expected: [past, `had ${participle.text}`]
          })
        }
      }
    }
  }
})
