import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {isMentionedMark} from './lib/mentioned-mark.js'

type Family = 'round' | 'square' | 'curly'

/** Which family each bracket belongs to; full-width forms pair with ASCII ones (`【Official]`). */
const openings: Readonly<Record<string, Family>> = {
  '(': 'round', '（': 'round', '[': 'square', '［': 'square', '【': 'square', '〔': 'square', '{': 'curly'
}
const closings: Readonly<Record<string, Family>> = {
  ')': 'round', '）': 'round', ']': 'square', '］': 'square', '】': 'square', '〕': 'square', '}': 'curly'
}
const ascii: Readonly<Record<Family, {open: string; close: string}>> = {
  round: {open: '(', close: ')'},
  square: {open: '[', close: ']'},
  curly: {open: '{', close: '}'}
}

/** Any bracket: a cheap test before the scan. */
const anyBracket = /[()[\]{}（）［］【】〔〕]/
const brackets = /[()[\]{}（）［］【】〔〕]/g

/** An emoticon's mouth: `:)`, `;-)`, `:(`, `:]`, `:'(`, `:))` (its brackets are not brackets). */
const emoticon = /[:;][-'^o]?[()[\]]+/g

/** A list marker without its opening bracket, before a `)`: `1)`, `a)`, `iv)`, `2.)` after a line start or a space. */
const enumeratorBefore = /(?:^|\s)(?:\d{1,3}|\p{L}|[ivxlc]{2,5}|[IVXLC]{2,5})\.?$/u

/** A bracket shown in quotes: `the "(" key`. */
const quoteMarks = /["'“”‘’]/

/**
 * Round brackets used as smileys in chat-style text (`thank you)`, `so sad((`, `from Brno))))`): an
 * unmatched one that ends its line, or a closing one before a new sentence.
 */
const smiley = {
  /** After an unmatched `(` or `)`: nothing but marks, symbols or emoji up to the end of the line. */
  endsLine: /^[^\p{L}\p{N}\r\n]*(?:[\r\n]|$)/u,
  /** After an unmatched `)`: white space and a capital, a new sentence (`for her) Maybe she`). */
  beforeSentence: /^\s+\p{Lu}/u
} as const

interface Problem {
  at: number
  family: Family
  unclosed: boolean
}

/** Empty brackets, with any spaces inside: `()`, `( )`, `[]`. */
const emptyBrackets = /\([ \t]*\)|\[[ \t]*\]/g

/**
 * Empty brackets in prose stand between white space, or before a sentence mark (`the firm ()
 * said`, `it fell ().`); glued to a word or a symbol they are code or notation (`main()`,
 * `int[]`, `$^*+?()[]`).
 */
const proseBefore = /^\s?$/u
const proseAfter = /^[\s,.;:!?]?$/u
const proseMarkAfter = /^[,.;:!?]?$/u

export default defineRule({
  id: 'bracket-balance',
  category: 'punctuation',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags unmatched brackets within a paragraph and empty brackets such as `()`',
  trigger: anyBracket,
  messages: {
    unclosed: 'Unexpected unclosed `{bracket}`, expected a matching `{other}`',
    unopened: 'Unexpected `{bracket}` without an opening `{other}`',
    empty: 'Unexpected empty `{actual}`, remove it'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!anyBracket.test(value)) return
        const offset = start(node)

        // Emoticons are no brackets, unless that reading alone balances the paragraph (`(^_^;)`).
        const problems = scan(value, true)
        if (problems.length > 0 && scan(value, false).length > 0) {
          for (const {at, family, unclosed} of problems) {
            if (family === 'round' && isSmiley(value, at, unclosed)) continue
            context.report({
              messageId: unclosed ? 'unclosed' : 'unopened',
              data: {bracket: value[at], other: unclosed ? ascii[family].close : ascii[family].open},
              from: offset + at,
              to: offset + at + 1
            })
          }
        }

        for (const match of value.matchAll(emptyBrackets)) {
          let from = match.index
          let to = from + match[0].length
          const before = value[from - 1]
          const after = value[to]
          if (!proseBefore.test(before ?? '') || !proseAfter.test(after ?? '')) continue
          // A to-do box at a line start: `[ ] buy milk`.
          if (match[0][0] === '[' && (before === undefined || before === '\n' || before === '\r')) continue
          // `called with empty brackets ()`: brackets talked about.
          if (isMentionedMark(context.text, offset + match.index, offset + match.index + match[0].length)) continue
          if (before === ' ' || before === '\t') from--
          else if (after === ' ' || after === '\t') to++
          context.report({
            messageId: 'empty',
            data: {actual: match[0]},
            from: offset + from,
            to: offset + to,
            expected: [''],
            // Empty square brackets in the middle of a sentence are code's as often as a leftover (`an
            // empty list [] is false`): a person decides. Before a sentence's mark they hold nothing (`the note [].`).
            ...(match[0][0] === '[' && !proseMarkAfter.test(after ?? '') ? {safe: false} : {})
          })
        }
      }
    }
  }
})

/** Pair the brackets of a paragraph and return the ones left without a partner. */
function scan(value: string, skipEmoticons: boolean): Problem[] {
  const ignored = new Set<number>()
  if (skipEmoticons) {
    for (const match of value.matchAll(emoticon)) {
      for (let at = match.index + 1; at < match.index + match[0].length; at++) ignored.add(at)
    }
  }

  const stack: Array<{family: Family; at: number}> = []
  const problems: Problem[] = []
  for (const match of value.matchAll(brackets)) {
    const at = match.index
    const char = match[0]
    if (ignored.has(at)) continue
    if (quoteMarks.test(value[at - 1] ?? '') && quoteMarks.test(value[at + 1] ?? '')) continue
    const opening = openings[char]
    if (opening) {
      stack.push({family: opening, at})
      continue
    }
    const family = closings[char]
    let depth = stack.length - 1
    while (depth >= 0 && stack[depth].family !== family) depth--
    if (depth >= 0) {
      // Brackets opened inside this pair and never closed: `( [ )`.
      for (const inner of stack.splice(depth).slice(1)) problems.push({...inner, unclosed: true})
      continue
    }
    // A list marker written with only its closing bracket: `1)`, `a)`.
    if (family === 'round' && enumeratorBefore.test(value.slice(Math.max(0, at - 7), at))) continue
    problems.push({at, family, unclosed: false})
  }
  for (const inner of stack) problems.push({...inner, unclosed: true})
  return problems.sort((a, b) => a.at - b.at)
}

/** Whether an unmatched round bracket is a chat smiley: in a run (`((`, `))`), at a line end, or before a new sentence. */
function isSmiley(value: string, at: number, unclosed: boolean): boolean {
  const char = value[at]
  if (value[at - 1] === char || value[at + 1] === char) return true
  const after = value.slice(at + 1, at + 41)
  if (smiley.endsLine.test(after)) return true
  return !unclosed && smiley.beforeSentence.test(after)
}
