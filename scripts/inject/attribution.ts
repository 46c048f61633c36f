/** A quotation or a claim attributed twice. */
import {matchesOf, sentences} from './text.js'
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'
import {isFunctionWord} from './words.js'

/** A speaker: a pronoun, one to three capitalized words, or one or two lower-case words (`city officials`). */
const speaker = String.raw`(?:he|she|they|it|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}|(?:the |a )?\p{Ll}+(?: \p{Ll}+)?)`
const verbs = String.raw`(?:said|told|added|says|stated|noted|explained|stressed)`

/** `,” Li said` → `,” said Li told`: two reporting verbs around one speaker. */
const speakerThenVerb = new RegExp(String.raw`(?<=[,?!]["”] )(${speaker}) (${verbs})\b`, 'gu')
/** `,” said Li.` → `,” said Li said.` */
const verbThenSpeaker = new RegExp(String.raw`(?<=[,?!]["”] )(${verbs}) (${speaker})(?=[.,])`, 'gu')
/** `,” Li said.` or `, Li said.` ending a sentence: a second attribution can follow with a comma. */
const closingAttribution = new RegExp(String.raw`(?<=[,?!]["”]? )(?:${speaker} ${verbs}|${verbs} ${speaker})(?=\.)`, 'gu')
/** `Li said, "We will go."`: the quotation can be attributed a second time after it. */
const quotationAfterVerb = new RegExp(String.raw`${speaker} ${verbs}(?: \p{Ll}+)?[,:] ["“][^"“”]+?(\.)(["”])(?=$|\s)`, 'gu')
/** A sentence opening with `According to X,`. */
const accordingTo = /^According to ((?:the )?[\p{L}’'-]+(?: [\p{L}’'-]+){0,3}),/u
/** A sentence opening with a named speaker and a reporting verb: `Li said`. */
const namedSpeaker = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (?:said|told|stated|noted)\b`, 'u')

const secondSpeakers = ['he added', 'she said', 'the official said', 'the minister added', 'he said', 'the statement said']

/** Paragraphs with an attribution next to a quotation: the shapes MT doubles most. */
const attributesQuotation = (paragraph: string) =>
  [speakerThenVerb, verbThenSpeaker, closingAttribution, quotationAfterVerb].some((pattern) => matchesOf(paragraph, pattern).length > 0)

export const duplicateAttribution: DefectClass = {
  name: 'duplicate-attribution',
  rules: ['duplicate-attribution'],
  fixable: false,
  prefers: attributesQuotation,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const match of matchesOf(text, speakerThenVerb)) {
      const first = rng.pick(['said', 'added'])
      edits.push({from: match.index, to: match.index + match[0].length, insert: `${first} ${match[1]} ${match[2]}`, variant: 'said X told'})
    }
    for (const match of matchesOf(text, verbThenSpeaker)) {
      const second = rng.pick(['said', 'told', 'added'])
      edits.push({from: match.index, to: match.index + match[0].length, insert: `${match[0]} ${second}`, variant: 'said X said'})
    }
    for (const match of matchesOf(text, closingAttribution)) {
      const second = rng.pick(secondSpeakers.filter((candidate) => !match[0].startsWith(candidate)))
      edits.push({from: match.index, to: match.index + match[0].length, insert: `${match[0]}, ${second}`, variant: 'attributed twice'})
    }
    for (const match of matchesOf(text, quotationAfterVerb)) {
      // `said, "We will go."` → `said, "We will go," he said.`
      const period = match.index + match[0].length - 2
      const second = rng.pick(secondSpeakers)
      edits.push({from: period, to: period + 2, insert: `,${match[2]} ${second}.`, variant: 'before and after the quotation'})
    }
    // `According to X, …, X said` only where the paragraph has no quotation to attribute twice.
    if (edits.length > 0) return pickEdit(rng, edits)
    for (const sentence of sentences(text)) {
      if (!sentence.text.endsWith('.')) continue
      const according = accordingTo.exec(sentence.text)
      if (according) {
        const end = sentence.to - 1
        edits.push({from: end, to: end, insert: `, ${according[1]} said`, variant: 'according to X, X said'})
      }
      const named = namedSpeaker.exec(sentence.text)
      if (named && !isFunctionWord(named[1].split(' ')[0])) {
        const to = sentence.from + named[0].length
        edits.push({from: sentence.from, to, insert: `According to ${named[1]}, ${named[0]}`, variant: 'according to X, X said'})
      }
    }
    return pickEdit(rng, edits)
  }
}
