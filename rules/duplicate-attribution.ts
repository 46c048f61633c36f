import type {Paragraph} from 'nlcst'
import {defineRule} from '../src/define-rule.js'
import {articles, pronouns} from './data/function-words.js'
import {bareAttributionVerbs, documentNouns, nameParticles, reportingVerbs} from './data/reporting-verbs.js'
import {tokensOf} from './lib/tokens.js'
import type {Token, Tokens} from './lib/tokens.js'

/** A reporting verb or `according`, anywhere in a paragraph: a cheap test before the real work. */
const anyAttribution = new RegExp(String.raw`\b(?:according|${[...reportingVerbs].join('|')})\b`, 'i')
/** Closing quotes and a comma: what an inverted attribution (`,” said Shih`) follows. */
const beforeInverted = /^[,”"’]$/
const closingQuote = /^[”"’]$/
const sentenceEnd = /^[.?!]/
const capitalized = /^\p{Lu}/u
const lowercase = /^\p{Ll}+$/u
/** After `told`/`asked`, a preposition means a passive participle: `the people told about the talks`. */
const participleFollowers: ReadonlySet<string> = new Set(['of', 'about', 'by', 'on', 'in', 'to', 'that'])
/** The longest speaker read: `Ursula von der Leyen`, `the foreign minister`. */
const maxSpeakerWords = 5
/** The longest source read after `according to`: `the Korean Central News Agency`. */
const maxSourceWords = 8

type MessageId = 'chain' | 'again'

export default defineRule<MessageId>({
  id: 'duplicate-attribution',
  category: 'duplication',
  fix: 'suggestion',
  scope: 'paragraph',
  description: 'Flags a quotation attributed twice, as in `said Shih told CNN`, `Li said, the minister said` or `he added. Statement added.`',
  trigger: anyAttribution,
  messages: {
    chain: 'Unexpected `{actual}` with two verbs of saying, expected `{expected}`',
    again: 'Unexpected second attribution `{actual}`, remove one of them'
  },
  create(context) {
    const {text} = context

    /**
     * The words of a speaker starting at `first`: a name (`Shih`, `Victor Shih`, `Ursula von der
     * Leyen`, `U.S. Secretary Blinken`) or a common noun phrase (`the minister`, `the foreign
     * minister`); the last word of it, or `undefined`.
     */
    function speakerFrom(tokens: Tokens, first: Token | undefined): Token | undefined {
      if (first?.kind !== 'word') return undefined
      if (articles.has(first.lower) && lowercase.test(first.core)) {
        let last = tokens.nextWord(first, {sameSentence: true})
        if (!last || !lowercase.test(last.core) || reportingVerbs.has(last.lower)) return undefined
        for (let count = 1; count < 2; count++) {
          const more = tokens.nextWord(last, {sameSentence: true})
          if (!more || !lowercase.test(more.core) || reportingVerbs.has(more.lower)) break
          last = more
        }
        return last
      }
      if (!capitalized.test(first.core)) return undefined
      let last = first
      for (let count = 1; count < maxSpeakerWords; count++) {
        const more = tokens.nextWord(last, {sameSentence: true})
        if (!more || !(capitalized.test(more.core) || nameParticles.has(more.lower))) break
        last = more
      }
      return nameParticles.has(last.lower) ? undefined : last
    }

    /** A subject before a bare verb: a pronoun, or a speaker. */
    function subjectFrom(tokens: Tokens, first: Token | undefined): Token | undefined {
      if (first?.kind === 'word' && pronouns.has(first.lower) && first.lower !== 'there') return first
      return speakerFrom(tokens, first)
    }

    const span = (from: Token, to: Token) => text.slice(from.from, to.to)

    /** `said Shih told CNN`, `, said Smith said`, `said he added.`, `the minister said Li said.`: two verbs around one speaker. */
    function chains(tokens: Tokens, verb: Token) {
      const speakerLast = subjectFrom(tokens, tokens.nextWord(verb, {sameSentence: true}))
      if (!speakerLast) return
      const second = tokens.nextWord(speakerLast, {sameSentence: true})
      if (!second || !reportingVerbs.has(second.lower)) return
      const after = tokens.next(second, {sameSentence: true})
      if ((second.lower === 'told' || second.lower === 'asked') && after?.kind === 'word' && participleFollowers.has(after.lower)) return
      const before = tokens.previous(verb)
      // Inverted after a quotation or a comma; or a whole attribution doubled, closing the sentence
      // (`the minister said Li said.`), where `said Li said he would` is reported speech.
      const inverted = before !== undefined && beforeInverted.test(before.value)
      const closing = after === undefined || sentenceEnd.test(after.value) || after.value === ','
      if (!inverted && !closing) return
      const speaker = span(tokens.nextWord(verb)!, speakerLast)
      context.report({
        messageId: 'chain',
        data: {actual: span(verb, second), expected: `${speaker} ${second.value}`},
        from: verb.from,
        to: second.to,
        expected: [`${speaker} ${second.value}`]
      })
    }

    /** `Shih said, he added.` and `“…,” Li said, the minister said.`: a second attribution after a comma. */
    function commaAgain(tokens: Tokens, verb: Token) {
      // An inverted attribution (`,” said Korb, he added.`) has its speaker before the comma.
      const inverted = tokens.previous(verb) !== undefined && beforeInverted.test(tokens.previous(verb)!.value)
      const speaker = inverted ? speakerFrom(tokens, tokens.nextWord(verb, {sameSentence: true})) : undefined
      // Otherwise the first attribution has its subject right before the verb (`Shih said,`), not a
      // participle's adverb (`has been little reported, he says`).
      const subject = tokens.previous(verb)
      if (!speaker && !(subject?.kind === 'word' && (pronouns.has(subject.lower) || capitalized.test(subject.core) || lowercase.test(subject.core) && articles.has(tokens.previous(subject)?.lower ?? '')))) return
      const comma = tokens.next(speaker ?? verb, {sameSentence: true})
      if (comma?.value !== ',') return
      const first = tokens.next(comma, {sameSentence: true})
      const subjectLast = subjectFrom(tokens, first)
      if (!subjectLast) return
      const second = tokens.nextWord(subjectLast, {sameSentence: true})
      if (!second || !bareAttributionVerbs.has(second.lower)) return
      const end = tokens.next(second)
      if (end !== undefined && !sentenceEnd.test(end.value) && end.sentence === second.sentence) return
      context.report({messageId: 'again', data: {actual: span(first!, second)}, from: first!.from, to: second.to})
    }

    /**
     * `according to Li, Li said …` and `According to the ministry, exports rose, the ministry said.`:
     * one source named twice in a sentence.
     */
    function accordingAgain(tokens: Tokens, according: Token) {
      const to = tokens.nextWord(according, {sameSentence: true})
      if (to?.lower !== 'to') return
      // The source: everything up to the comma (`the Ministry of Foreign Affairs`, `city officials`).
      const source = phraseBeforeComma(tokens, tokens.next(to, {sameSentence: true}))
      if (!source) return
      for (let at = source.comma.index; at < tokens.list.length && tokens.list[at].sentence === according.sentence; at++) {
        if (tokens.list[at].value !== ',') continue
        const again = phraseBefore(tokens, tokens.next(tokens.list[at], {sameSentence: true}), (token) => reportingVerbs.has(token.lower))
        if (!again || span(again.first, again.last).toLowerCase() !== span(source.first, source.last).toLowerCase()) continue
        context.report({messageId: 'again', data: {actual: span(again.first, again.end)}, from: again.first.from, to: again.end.to})
        return
      }
    }

    /** The words from `first` up to a comma, when they are few (a name or a noun phrase). */
    function phraseBeforeComma(tokens: Tokens, first: Token | undefined) {
      const phrase = phraseBefore(tokens, first, (token) => token.value === ',', true)
      return phrase && {first: phrase.first, last: phrase.last, comma: phrase.end}
    }

    /**
     * The words from `first` up to the token that `ends` accepts (at most `maxSourceWords`, no mark
     * between them but possessives): the phrase, its last word, and the token that ends it.
     */
    function phraseBefore(tokens: Tokens, first: Token | undefined, ends: (token: Token) => boolean, marksEnd = false) {
      if (first?.kind !== 'word' || ends(first)) return undefined
      let last = first
      for (let count = 1; count <= maxSourceWords; count++) {
        const next = tokens.next(last, {sameSentence: true})
        if (!next) return undefined
        if (ends(next)) return {first, last, end: next}
        if (next.kind !== 'word' || (marksEnd && next.kind !== 'word')) return undefined
        last = next
      }
      return undefined
    }

    /**
     * `He said, “It works,” he added.`: a quotation attributed before it opens and again after it
     * closes. `verb` is the verb after the closing quote.
     */
    function aroundAgain(tokens: Tokens, verb: Token) {
      // Back over the subject (a pronoun, a name, `the minister`) to the closing quote.
      let first: Token | undefined
      let quote = tokens.previous(verb)
      for (let count = 0; quote?.kind === 'word' && count < maxSpeakerWords; count++) {
        first = quote
        quote = tokens.previous(quote)
      }
      if (!first || !quote || !closingQuote.test(quote.value)) return
      if (subjectFrom(tokens, first) !== tokens.previous(verb)) return
      const end = tokens.next(verb)
      if (end !== undefined && end.sentence === verb.sentence && !sentenceEnd.test(end.value) && !verb.value.endsWith('.')) return
      // The opening quote of this quotation, then `said,` or `said:` right before it.
      let open: Token | undefined
      for (let at = quote.index - 1; at >= 0; at--) {
        const token = tokens.list[at]
        if (token.value === '“' || (token.value === '"' && tokens.adjacent(token, 1)?.kind === 'word')) {
          open = token
          break
        }
        if (token.value === '”') return
      }
      const mark = open && tokens.previous(open)
      const before = mark && tokens.previous(mark)
      if (!mark || (mark.value !== ',' && mark.value !== ':') || before?.kind !== 'word' || !reportingVerbs.has(before.lower)) return
      context.report({messageId: 'again', data: {actual: text.slice(first.from, verb.from) + verb.core}, from: first.from, to: verb.from + verb.core.length})
    }

    /** `”he added. statement added.`: a one- or two-word sentence that attributes the quotation again. */
    function sentenceAgain(tokens: Tokens, verb: Token) {
      // The first attribution: `” he added.` (a quote, a subject, a bare verb, a period).
      const subject = tokens.previous(verb)
      const quote = subject && tokens.previous(subject)
      if (!subject || subject.kind !== 'word' || !quote || !closingQuote.test(quote.value)) return
      if (!(pronouns.has(subject.lower) || capitalized.test(subject.core))) return
      const period = tokens.next(verb)
      if (period?.value !== '.' && !verb.value.endsWith('.')) return
      const first = period?.value === '.' ? tokens.next(period) : tokens.next(verb)
      if (first?.kind !== 'word') return
      let last: Token | undefined = first
      if (articles.has(first.lower)) last = tokens.nextWord(first)
      const second = last && tokens.nextWord(last)
      if (!last || !second || !bareAttributionVerbs.has(second.lower.replace(/\.$/, ''))) return
      const end = tokens.next(second)
      if (!(second.value.endsWith('.') || end?.value === '.')) return
      // A pronoun or a name as the second subject is a new speaker (`Smith added.`), unless it is a document.
      const newSpeaker = pronouns.has(first.lower) || (capitalized.test(first.core) && !documentNouns.has(last.lower))
      if (newSpeaker && !documentNouns.has(last.lower)) return
      context.report({
        messageId: 'again',
        data: {actual: text.slice(first.from, second.from) + second.core},
        from: first.from,
        to: second.from + second.core.length
      })
    }

    return {
      ParagraphNode(node: Paragraph) {
        // Most paragraphs attribute nothing: no token list for them.
        if (!anyAttribution.test(context.source(node))) return
        const tokens = tokensOf(node, text)
        for (const token of tokens.list) {
          if (token.kind !== 'word') continue
          if (token.lower === 'according') accordingAgain(tokens, token)
          if (!reportingVerbs.has(token.lower)) continue
          chains(tokens, token)
          commaAgain(tokens, token)
          if (bareAttributionVerbs.has(token.lower)) {
            sentenceAgain(tokens, token)
            aroundAgain(tokens, token)
          }
        }
      }
    }
  }
})
