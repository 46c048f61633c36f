import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {bareAttributionVerbs, reportingVerbs} from './data/reporting-verbs.js'

const verbs = [...reportingVerbs].join('|')
const bareVerbs = [...bareAttributionVerbs].join('|')
/** A speaker named after the verb: `Shih`, `Victor Shih`, `Ursula von der Leyen`, `the minister`. */
const speaker = String.raw`(?:\p{Lu}[\p{L}'’.-]*|the\s+\p{Ll}+)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|von|van|der|de|del|da|la|le|bin|al))*`
/** A pronoun or a name (one to three capitalized words) before the verb: `he added`, `Shih said`. */
const subject = String.raw`(?:he|she|they|we|I|it|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})`

const patterns = {
  /**
   * An inverted attribution after a quotation or a comma whose speaker takes a second verb:
   * `,” said Shih told CNN`, `, said Smith said`. Groups: first verb, speaker, second verb.
   */
  chain: new RegExp(String.raw`(?<=[,”"’]\s+)\b(${verbs})\s+(${speaker})\s+(${verbs})\b`, 'gu'),
  /** A second attribution tacked on with a comma: `Shih said, he added.`. Groups: the second one. */
  comma: new RegExp(String.raw`\b(?:${verbs}),\s+(${subject}\s+(?:${bareVerbs}))(?=\.)`, 'gu'),
  /**
   * A quotation's attribution followed by a one- or two-word sentence that attributes it again:
   * `”he added. statement added.`. Group: the second sentence (without its period).
   */
  again: new RegExp(
    String.raw`[”"’]\s*${subject}\s+(?:${bareVerbs})\.\s+((?:(?:the|a|an|The|A|An)\s+)?[\p{L}-]+\s+(?:${bareVerbs}))(?=\.(?:\s|$))`,
    'gu'
  )
} as const

/** After `told`/`asked`, a preposition means a passive participle: `a person told of the plans`. */
const participleFollower = /^\s+(?:of|about|by|on|in|to|that)\b/
/** A pronoun or a name as the second sentence's subject is a new speaker: `Smith added.`. */
const newSpeaker = /^(?:he|she|they|we|I|it|\p{Lu}\p{Ll}+)\s/u
/** Nouns that stand for a document rather than a person, so they can start the second attribution. */
const documentNoun = /^(?:(?:the|a|an)\s+)?(?:statement|report|readout|reading|communique|communiqué|document|letter|message|release|note)\s/i

export default defineRule({
  id: 'duplicate-attribution',
  category: 'duplication',
  fix: 'suggestion',
  description: 'Flags a quotation attributed twice, as in `said Shih told CNN` or `he added. Statement added.`',
  messages: {
    chain: 'Unexpected `{actual}` with two reporting verbs, expected `{expected}`',
    again: 'Unexpected second attribution `{actual}`, remove one of them'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const offset = start(node)
        const value = context.source(node)

        for (const match of value.matchAll(patterns.chain)) {
          const [whole, , name, second] = match
          const to = match.index + whole.length
          if ((second === 'told' || second === 'asked') && participleFollower.test(value.slice(to, to + 6))) continue
          if (context.isProtected(offset + match.index, offset + to)) continue
          context.report({
            messageId: 'chain',
            data: {actual: whole, expected: `${name} ${second}`},
            from: offset + match.index,
            to: offset + to,
            expected: [`${name} ${second}`]
          })
        }

        for (const match of value.matchAll(patterns.comma)) {
          const from = match.index + match[0].length - match[1].length
          context.report({
            messageId: 'again',
            data: {actual: match[1]},
            from: offset + from,
            to: offset + from + match[1].length
          })
        }

        for (const match of value.matchAll(patterns.again)) {
          const fragment = match[1]
          if (newSpeaker.test(fragment) && !documentNoun.test(fragment)) continue
          const from = match.index + match[0].length - fragment.length
          context.report({
            messageId: 'again',
            data: {actual: fragment},
            from: offset + from,
            to: offset + from + fragment.length
          })
        }
      }
    }
  }
})
