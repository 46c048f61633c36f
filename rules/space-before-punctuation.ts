import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {sentenceOpeners} from './data/function-words.js'
import {isMentionedMark, standsAlone} from './lib/mentioned-mark.js'

/** Spaces (or tabs, or no-break spaces as in French typography) between a character and a mark: `health .`. */
const spaceBeforeMark = /(?<=\S)[ \t\u00a0\u202f]+(?=[.,;:!?])/g

/** A space right before a mark: the least every finding holds. */
const anySpaceBeforeMark = /[ \t\u00a0\u202f][.,;:!?]/

/** A character before the space that makes the mark something else than a sentence's punctuation. */
const ownerBefore = {
  /** Another mark (`. . .`, `added. . The`: doubled-punctuation's business) or an ellipsis. */
  mark: /[.,;:!?…]/,
  /** An opening bracket or quote: the mark is being shown, `a comma ( , ) here`. */
  opening: /[([{“‘«]/,
  /** A dash: `--` or `—` before a mark is a broken dash, not a space to delete. */
  dash: /[-–—]/
} as const

/** What follows the mark, anchored at the mark (sticky). */
const markStarts = {
  /** An ellipsis or a spaced ellipsis: `he said ...`, `the end . . . of`, `game .…` (the ellipsis rule's). */
  ellipsis: /\.(?:[.…]|[ \t\u00a0]\.)/y,
  /** A mark glued to a digit: `a .5 percent`, a score `3 :1`, `1 ,000`. */
  digit: /[.,;:!?]\d/y,
  /**
   * A period, colon, `?` or `!` glued to a letter, a path or a sign: `.com`, `.NET`, `:smile:`,
   * `:+1:`, `:-1:`, `!Kung`, `!important`, `./src/main.ts`, `.\bin`.
   */
  glued: /[.:!?][\p{L}=/\\_+-]/uy,
  /** An emoticon: `:)`, `;-)`, `:(`, `:D`, `:P`, `:/`. */
  emoticon: /[:;][-'^o]?(?:[()[\]3/\\|*@]|[DPpOo](?!\p{L}))/uy,
  /** A colon between numbers written with spaces: a score or a time, `3 : 1`, `10 : 30`. */
  spacedRatio: /:[ \t]*\d/y
} as const

/** A digit right before the spaces, for `3 : 1`. */
const digitBefore = /\d/

/** The run of marks a space stands before, anchored at the first (sticky). */
const markRun = /[.,;:!?]+/y
/** The word after white space. */
const firstWord = /^\s*(\p{L}+)/u
/** Marks that end a sentence. */
const sentenceMarks = /^[.!?]$/
/**
 * What follows a mark standing alone when it is not a sentence's end: a lowercase word, an option
 * or a path (`git add . stages`, `find . -name`, `cp -r . /backup`, `a ? b`).
 */
const notSentenceStart = /^[ \t\u00a0\u202f]+(?:\p{Ll}|-{1,2}\p{L}|[.~]*[/\\])/u
/** One letter or digit standing alone before (after) a mark and its space: an operand of a formula (`a ? b : c`). */
const operandBefore = /(?:^|\s)[\p{L}\p{N}]\s$/u
const operandAfter = /^\s[\p{L}\p{N}](?:\s|$)/u

export default defineRule({
  id: 'space-before-punctuation',
  category: 'punctuation',
  fix: 'safe',
  scope: 'paragraph',
  trigger: anySpaceBeforeMark,
  description: 'Flags a space before a period, comma, semicolon, colon, question or exclamation mark',
  messages: {
    space: 'Unexpected space before `{mark}`, remove it'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const offset = start(node)
        const value = context.source(node)

        for (const match of value.matchAll(spaceBeforeMark)) {
          const from = match.index
          const at = from + match[0].length
          const mark = value[at]
          const before = value[from - 1]

          if (ownerBefore.mark.test(before) || ownerBefore.opening.test(before) || ownerBefore.dash.test(before)) continue
          if (startsWith(markStarts.ellipsis, value, at)) continue
          if (startsWith(markStarts.digit, value, at)) continue
          if (startsWith(markStarts.glued, value, at)) continue
          if (startsWith(markStarts.emoticon, value, at)) continue
          if (mark === ':' && digitBefore.test(before) && startsWith(markStarts.spacedRatio, value, at)) continue
          if (context.isProtected(offset + from, offset + at + 1)) continue
          markRun.lastIndex = at
          const runEnd = at + markRun.exec(value)![0].length
          if (isShownMark(context.text, offset + at, offset + runEnd)) continue
          // A sentence's mark alone before a lowercase word or a path may be a command's argument
          // (`git add . stages`) as well as a slip: a person decides, unless the word can only open a
          // sentence (`taxes . the opposition`).
          const unsure =
            sentenceMarks.test(value.slice(at, runEnd)) &&
            standsAlone(value, at, runEnd) &&
            notSentenceStart.test(value.slice(runEnd, runEnd + 3)) &&
            !sentenceOpeners.has(firstWord.exec(value.slice(runEnd, runEnd + 20))?.[1] ?? '')

          context.report({
            messageId: 'space',
            data: {mark},
            from: offset + from,
            to: offset + at,
            expected: [''],
            ...(unsure ? {safe: false} : {})
          })
        }
      }
    }
  }
})

/**
 * Whether the marks `from..to` are shown rather than used: mentioned (`the semicolon ;`, `the
 * operator ?:`), two or more standing alone before a lowercase word or a path (`with ;; at`, `a ??
 * b`: an operator), or a lone mark between one-letter operands (`a ? b : c`).
 */
function isShownMark(text: string, from: number, to: number): boolean {
  if (isMentionedMark(text, from, to)) return true
  if (!standsAlone(text, from, to)) return false
  // Before a new sentence or the end, `??` and `?!` are a sentence's emphatic end (`Where to go ?? Nobody`).
  if (to - from > 1) return notSentenceStart.test(text.slice(to, to + 3))
  return operandBefore.test(text.slice(Math.max(0, from - 3), from)) && operandAfter.test(text.slice(to, to + 3))
}

function startsWith(pattern: RegExp, value: string, at: number): boolean {
  pattern.lastIndex = at
  return pattern.test(value)
}
