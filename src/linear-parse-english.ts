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
  // Built only once a sentence is split: most paragraphs keep their children as they are.
  let children: Paragraph['children'] | undefined
  for (let at = 0; at < paragraph.children.length; at++) {
    const child = paragraph.children[at]
    if (child.type === 'SentenceNode') {
      const parts = splitAtBlankLines(child)
      if (parts) {
        children ??= paragraph.children.slice(0, at)
        children.push(...parts)
        continue
      }
    }
    children?.push(child)
  }
  if (children) paragraph.children = children
}

/** A sentence's parts and the white space between them, or `undefined` when it has no blank line inside. */
function splitAtBlankLines(child: Sentence): Paragraph['children'] | undefined {
  const tokens = child.children
  const end = child.position?.end
  let parts: Paragraph['children'] | undefined
  let sentence: Sentence = child
  let from = 0
  for (let position = from + 1; position < tokens.length - 1; position++) {
    const node = tokens[position]
    if (position === from || node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue
    const insertion: Sentence = {type: 'SentenceNode', children: []}
    const tail = tokens[position - 1]
    const head = tokens[position + 1]
    if (sentence.position && end && tail.position && head.position) {
      sentence.position.end = tail.position.end
      insertion.position = {start: head.position.start, end}
    }
    sentence.children = tokens.slice(from, position)
    ;(parts ??= []).push(sentence, node)
    sentence = insertion
    from = position + 1
  }
  if (!parts) return undefined
  sentence.children = tokens.slice(from)
  parts.push(sentence)
  return parts
}

/** The line breaks in a text, `\r\n` counting as one (what splitting at `/\r\n|\r|\n/` counts), without allocating. */
function lineBreaks(value: string): number {
  let count = 0
  for (let at = 0; at < value.length; at++) {
    const code = value.charCodeAt(at)
    if (code === 10) count++
    else if (code === 13) {
      count++
      if (value.charCodeAt(at + 1) === 10) at++
    }
  }
  return count
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
