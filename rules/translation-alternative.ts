import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {alternativeLabels, bracketedFunctionWords, listMarkerLetters} from './data/translation-alternatives.js'

/**
 * A single lowercase word in round brackets (group 2) after a word (group 1) and a space, and
 * before a space and a word: `than (which) had`. Both words must be function words (checked
 * against the data list): an alternative to the word before it, not an editor's insertion after a
 * noun (`the policy of the United States (which) without accentuating`).
 */
const bracketedWord = /(?<![\p{L}\p{N}'’-])(\p{L}+)[ \t]\((\p{Ll}+)\)(?=[ \t]+[\p{L}\p{N}])/gu

const labels = alternativeLabels.map((label) => label.replace(/ /g, '[ \\t]+')).join('|')

/** A list marker after the first: `(b)`, `(ii)`, `[c]`. */
const listMarkerPattern = /[([](?:[b-h]|ii|iii|iv)[)\]]/

/**
 * A bracketed alternative with a label and a colon (`(or: the minister)`, `[also: Kyiv]`, or
 * `(alt. …)`), and the space before it. Group 1 is the opening bracket, group 2 the closing one.
 */
const labelledAlternative = new RegExp(
  `[ \\t]?([(\\[])(?:(?:${labels})[ \\t]*:|(?:alt|var)\\.)[ \\t]*[^()\\[\\]\\n]{1,100}?([)\\]])`,
  'giu'
)

const closing: Readonly<Record<string, string>> = {'(': ')', '[': ']'}

/** A label in capitals (`(ALSO: 'push')`): a heading or a manual's option list, not a translation. */
const shouting = /[(\[](?:\p{Lu}{2,})/u

/** A final mark, maybe followed by closing quotes or brackets, at the end of a line. */
const lineEndsSentence = /[.!?:;]["”’')\]]*[ \t]*$/

/** Whether the line holding `at` ends like a sentence (a heading or a title does not). */
function endsSentence(value: string, at: number): boolean {
  let end = value.indexOf('\n', at)
  if (end === -1) end = value.length
  return lineEndsSentence.test(value.slice(at, end).replace(/\r$/, ''))
}

export default defineRule({
  id: 'translation-alternative',
  category: 'translation',
  fix: 'suggestion',
  scope: 'paragraph',
  description: 'Flags an alternative left in by the translator or engine, as in `than (which) had been`',
  trigger: /[([]/,
  messages: {
    bracketedWord: 'Unexpected bracketed alternative `({word})`, expected the sentence without it or with `{word}`',
    labelled: 'Unexpected translation alternative `{actual}`, remove it'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!value.includes('(') && !value.includes('[')) return
        const offset = start(node)

        // `(a) … (b)`, `(i) … (ii)`: a list, whose markers are no alternatives.
        const listMarkers = listMarkerPattern.test(value)
        const alternative = (word: string) => bracketedFunctionWords.has(word) || (!listMarkers && listMarkerLetters.has(word))
        for (const match of value.matchAll(bracketedWord)) {
          const word = match[2]
          if (!alternative(word) || !alternative(match[1].toLowerCase())) continue
          const from = offset + match.index + match[1].length + 1
          // The brackets and the space after them, so that deleting leaves one space.
          const to = from + word.length + 3
          if (context.isProtected(from, to)) continue
          context.report({
            messageId: 'bracketedWord',
            data: {word},
            from,
            to,
            expected: ['', `${word} `]
          })
        }

        for (const match of value.matchAll(labelledAlternative)) {
          if (closing[match[1]] !== match[2]) continue
          // `OPTIONS FOR 'add' (ALSO: 'pull')`, `Hazards of Buffering (or: Why It Is Fast)`: headings.
          if (shouting.test(match[0]) || !endsSentence(value, match.index + match[0].length)) continue
          const from = offset + match.index
          let to = from + match[0].length
          // At a line start there is no space before it to delete: take the one after it.
          if (match[0][0] === match[1] && (context.text[to] === ' ' || context.text[to] === '\t')) to++
          if (context.isProtected(from, to)) continue
          context.report({
            messageId: 'labelled',
            data: {actual: match[0].trim()},
            from,
            to,
            expected: ['']
          })
        }
      }
    }
  }
})
