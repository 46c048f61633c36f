import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'

/**
 * The words parse-latin's `mergePrefixExceptions` (parse-latin 7) takes for abbreviations when a
 * full stop follows: a number of one to three digits, a single letter (`John F. Kennedy`), and
 * Latin abbreviations written without inner stops (`etc.`, `cf.`, `ibid.`).
 */
const abbreviationPrefix =
  /^(?:[0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
const digitsPattern = /^[0-9]+$/

/** Whether a word comes before `at` in the sentence. */
function wordBefore(sentence: Sentence, at: number): boolean {
  for (let index = at - 1; index >= 0; index--) if (sentence.children[index].type === 'WordNode') return true
  return false
}

/**
 * Whether the full stop that ends `sentence` belongs to the word before it, so that the sentence
 * goes on after it. A number counts only when it opens the sentence (`1. The first point`, a list
 * item): after other words a full stop ends the sentence (`on July 25. The fire was out`), where
 * parse-latin reads `25.` as an ordinal (`25. Juli`), which English does not write.
 */
function endsInPrefix(sentence: Sentence): boolean {
  const {children} = sentence
  const period = children[children.length - 1]
  const word = children[children.length - 2]
  if (children.length < 2 || !period || (period.type !== 'PunctuationNode' && period.type !== 'SymbolNode')) return false
  if (toString(period) !== '.' || !word || word.type !== 'WordNode') return false
  const value = toString(word).toLowerCase()
  if (!abbreviationPrefix.test(value)) return false
  return !digitsPattern.test(value) || !wordBefore(sentence, children.length - 2)
}

/**
 * parse-latin's `mergePrefixExceptions`, but for numbers after other words: the full stop joins
 * the word it follows, and the sentence the next one.
 */
export function mergePrefixExceptions(paragraph: Paragraph): void {
  const children = paragraph.children
  for (let index = 0; index < children.length; index++) {
    const sentence = children[index]
    if (sentence.type !== 'SentenceNode') continue
    while (endsInPrefix(sentence)) {
      const period = sentence.children.pop()!
      const word = sentence.children[sentence.children.length - 1] as Sentence['children'][number] & {type: 'WordNode'}
      word.children.push(period as (typeof word.children)[number])
      if (period.position && word.position) word.position.end = period.position.end
      const next = children[index + 1]
      if (!next || next.type !== 'SentenceNode') break
      sentence.children.push(...next.children)
      children.splice(index + 1, 1)
      if (next.position && sentence.position) sentence.position.end = next.position.end
    }
  }
}
