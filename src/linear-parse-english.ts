import type {Paragraph, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {mergePrefixExceptions} from './prefix-exceptions.js'

type ParagraphPlugin = (paragraph: Paragraph) => void

/**
 * parse-latin's paragraph plugins, whose fifth is `mergePrefixExceptions` and third-to-last
 * `breakImplicitSentences` (parse-latin 7).
 */
const latinParagraphPlugins = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeParagraphPlugins as ParagraphPlugin[]
const latinPrefixExceptions = latinParagraphPlugins[4]
const quadraticBreak = latinParagraphPlugins[latinParagraphPlugins.length - 3]

/**
 * parse-latin's `breakImplicitSentences` in one pass: a sentence is split at each white space in it
 * (not its first or last child) with two or more line breaks, which goes between the parts. The
 * original splits off the rest of the sentence at each one, copying it every time: quadratic on a
 * sentence holding thousands of blank lines, as `A.\n\nA.\n\n…` becomes once the prefix merges have
 * joined it. Same parts, same white space, same points (`tests/parse-limits.test.ts` compares).
 */
function breakImplicitSentences(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    const tokens = child.children
    const end = child.position?.end
    let sentence: Sentence = child
    let from = 0
    for (let position = from + 1; position < tokens.length - 1; position++) {
      const node = tokens[position]
      if (position === from || node.type !== 'WhiteSpaceNode' || node.value.split(/\r\n|\r|\n/).length < 3) continue
      const insertion: Sentence = {type: 'SentenceNode', children: []}
      const tail = tokens[position - 1]
      const head = tokens[position + 1]
      if (sentence.position && end && tail.position && head.position) {
        sentence.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      sentence.children = tokens.slice(from, position)
      children.push(sentence, node)
      sentence = insertion
      from = position + 1
    }
    if (sentence !== child) sentence.children = tokens.slice(from)
    children.push(sentence)
  }
  paragraph.children = children
}

/**
 * `parse-english`, except that an English sentence ending in a number (`on July 25.`) ends there:
 * parse-latin reads a number before a full stop as an ordinal (`25. Juli`) and runs the sentence on.
 */
export class ParseEnglishSentences extends ParseEnglish {
  constructor() {
    super()
    replace(this.tokenizeParagraphPlugins as ParagraphPlugin[], latinPrefixExceptions, mergePrefixExceptions, 'mergePrefixExceptions')
  }
}

/** `ParseEnglishSentences`, the same trees, without its one paragraph plugin that takes quadratic time. */
export class LinearParseEnglish extends ParseEnglishSentences {
  constructor() {
    super()
    replace(this.tokenizeParagraphPlugins as ParagraphPlugin[], quadraticBreak, breakImplicitSentences, 'breakImplicitSentences')
  }
}

function replace(plugins: ParagraphPlugin[], original: ParagraphPlugin, replacement: ParagraphPlugin, name: string): void {
  const at = plugins.indexOf(original)
  if (at === -1) throw new Error(`parse-english: ${name} not found; check linear-parse-english.ts against its version`)
  plugins[at] = replacement
}
