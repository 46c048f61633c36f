import {defineRule} from '../src/define-rule.js'
import {closerOf, fullwidthMark} from './data/fullwidth.js'
import type {FullwidthMark} from './data/fullwidth.js'
import {writesCurlyQuotes} from './data/quotes.js'
import {cjkLetter, sideOf} from './data/scripts.js'
import {isMentionedMark} from './lib/mentioned-mark.js'

/** Any character this rule may report: a cheap test before the real work. */
const anyMark = /[\u3000-\u301f\uff01-\uff64]/
/** Every candidate, for `matchAll`. */
const candidates = /[\u3000-\u301f\uff01-\uff64]/g

/** What an English word, number or opening quote starts with: a space goes before it after a mark. */
const startsWord = /^[\p{L}\p{N}“‘(]/u
const letterOrDigit = /^[\p{L}\p{N}]$/u
const digit = /^[0-9\uff10-\uff19]$/
/** A mark after which an opening bracket takes a space. */
const spaceBeforeOpen = /^[\p{L}\p{N},.;:!?]$/u
/** White space, or nothing (the start or end of the text): an ideographic space next to it is deleted. */
const spaceOrEdge = /^[ \t\n\r]?$/

/** Ideographic commas that stand for an ellipsis when repeated (`corona、、、`). */
const commaMarks = new Set(['、', '､'])
/** Ideographic and full-width periods: three or more are an ellipsis, the `ellipsis` rule's business. */
const periodMarks = new Set(['。', '｡', '．'])

/** Words before full-width letters that name their width: the letters are shown, not typed by mistake. */
const widthNamed = /(?:full-?width|double-byte|zenkaku)\b[^.!?\n]*$/iu

/** Pairs of characters that enclose a mark that is mentioned, not used: `the comma (、)`. */
const mentionPairs: Readonly<Record<string, string>> = {'(': ')', '"': '"', '“': '”', '‘': '’', "'": "'", '`': '`', '[': ']'}

/** A kaomoji beside a mark: `＼(^o^)／`, a parenthesis with no word and no space in it. */
const kaomojiAfter = /^\((?:[^()\s\p{L}]|\p{L}(?!\p{L})){1,10}\)/u
const kaomojiBefore = /\((?:[^()\s\p{L}]|\p{L}(?!\p{L})){1,10}\)$/u


interface Found {
  at: number
  char: string
  mark: FullwidthMark
  /** Index in the list of the other mark of a bracket or quote pair, or -1. */
  partner: number
  /** A `『』` pair inside `「」`: single quotes in English. */
  nested: boolean
}

type MessageId = 'fullwidth' | 'title' | 'ideographicSpace' | 'ideographicSpaceRemove' | 'repeatedStops'

export default defineRule<MessageId>({
  id: 'fullwidth-punctuation',
  category: 'typography',
  fix: 'safe',
  description: 'Flags full-width and ideographic punctuation (`，`, `。`, `（）`, `「」`) and full-width letters in English text',
  trigger: anyMark,
  messages: {
    fullwidth: 'Unexpected full-width `{actual}`, expected `{expected}`',
    title: 'Unexpected title mark `{actual}`, expected `{expected}` or nothing',
    ideographicSpace: 'Unexpected ideographic space `U+3000`, expected a space',
    ideographicSpaceRemove: 'Unexpected ideographic space `U+3000`, remove it',
    repeatedStops: 'Unexpected `{actual}`, expected an ellipsis'
  },
  create(context) {
    const {text} = context

    /** Whether the marks `from..to` sit inside CJK text: a CJK letter is the nearest one on either side. */
    function inCjk(from: number, to: number): boolean {
      return sideOf(text, from - 1, -1) === 'cjk' || sideOf(text, to, 1) === 'cjk'
    }

    /** Whether the marks `from..to` are mentioned: between quotes or brackets (`the comma (、)`), named or listed (`the full-width comma ，`). */
    function mentioned(from: number, to: number): boolean {
      const before = text[from - 1]
      if (before !== undefined && mentionPairs[before] !== undefined && mentionPairs[before] === text[to]) return true
      return isMentionedMark(text, from, to)
    }

    function report(messageId: MessageId, from: number, to: number, expected: string[], safe = true) {
      if (context.isProtected(from, to)) return
      context.report({
        messageId,
        data: {actual: text.slice(from, to), expected: expected[0]},
        from,
        to,
        expected,
        safe
      })
    }

    return {
      RootNode() {
        if (!anyMark.test(text)) return
        /** Whether the article quotes with curly marks: asked only for a quote mark to replace. */
        let curly: boolean | undefined

        // Collect the marks, pairing brackets and quotes.
        const found: Found[] = []
        const open: number[] = []
        const spaces: number[] = []
        for (const match of text.matchAll(candidates)) {
          const char = match[0]
          if (char === '\u3000') {
            spaces.push(match.index)
            continue
          }
          const mark = fullwidthMark(char)
          if (!mark) continue
          const entry: Found = {at: match.index, char, mark, partner: -1, nested: false}
          if (mark.kind === 'open') {
            entry.nested = (char === '『' || char === '〝') && open.some((index) => found[index].char === '「' || found[index].char === '｢')
            open.push(found.length)
          } else if (mark.kind === 'close') {
            // The nearest open mark of the same kind; unclosed marks above it stay unpaired.
            let depth = open.length - 1
            while (depth >= 0 && closerOf[found[open[depth]].char] !== char) depth--
            if (depth >= 0) {
              const opener = open[depth]
              open.length = depth
              entry.partner = opener
              entry.nested = found[opener].nested
              found[opener].partner = found.length
            }
          }
          found.push(entry)
        }

        for (let index = 0; index < found.length; index++) {
          const {at, char, mark, partner, nested} = found[index]

          // A run of full-width letters and digits, or of repeated ideographic stops, is one report.
          let end = index
          if (mark.kind === 'alnum' || commaMarks.has(char) || periodMarks.has(char)) {
            const same = (other: Found) =>
              mark.kind === 'alnum' ? other.mark.kind === 'alnum' : commaMarks.has(char) ? commaMarks.has(other.char) : periodMarks.has(other.char)
            while (end + 1 < found.length && found[end + 1].at === found[end].at + 1 && same(found[end + 1])) end++
          }
          const from = at
          const to = found[end].at + 1
          index = end
          // What `report` would drop anyway (a URL, a part too long to parse), before the look around.
          if (context.isProtected(from, to) || mentioned(from, to)) continue
          if (mark.kind === 'other' && (kaomojiAfter.test(text.slice(to, to + 12)) || kaomojiBefore.test(text.slice(Math.max(0, from - 12), from)))) {
            continue
          }

          if (mark.kind === 'alnum') {
            // `the full-width name ＳＯＮＹ`: a text that says the letters are wide is about their width.
            if (inCjk(from, to) || widthNamed.test(text.slice(Math.max(0, from - 40), from))) continue
            let ascii = ''
            for (let offset = from; offset < to; offset++) ascii += fullwidthMark(text[offset])!.ascii
            report('fullwidth', from, to, [ascii])
            continue
          }

          if (to - from > 1) {
            if (inCjk(from, to)) continue
            // Three or more periods are an ellipsis: the `ellipsis` rule reports them.
            if (periodMarks.has(char) && to - from > 2) continue
            report('repeatedStops', from, to, ['…', '...'], false)
            continue
          }

          if ((mark.kind === 'open' || mark.kind === 'close') && partner !== -1) {
            // A pair is English only when nothing inside it and nothing right outside it is CJK.
            const first = mark.kind === 'open' ? at : found[partner].at
            const last = mark.kind === 'open' ? found[partner].at : at
            if (inCjk(first, last + 1) || cjkLetter.test(text.slice(first, last + 1))) continue
          } else if (inCjk(from, to)) continue

          const before = text[at - 1] ?? ''
          const after = text[at + 1] ?? ''
          let expected: string
          if (mark.kind === 'stop') {
            const betweenDigits = digit.test(before) && digit.test(after) && ',.:'.includes(mark.ascii)
            expected = mark.ascii + (!betweenDigits && startsWord.test(after) ? ' ' : '')
          } else {
            let ascii = mark.ascii
            if (mark.form === 'quote' || mark.form === 'title') {
              curly ??= writesCurlyQuotes(text)
              if (!curly) ascii = nested ? "'" : '"'
              else if (mark.kind === 'open') ascii = nested ? '‘' : '“'
              else ascii = nested ? '’' : '”'
            }
            if (mark.kind === 'open') expected = (spaceBeforeOpen.test(before) ? ' ' : '') + ascii
            else if (mark.kind === 'close') expected = ascii + (letterOrDigit.test(after) ? ' ' : '')
            else if (char === '｜' && letterOrDigit.test(text[at - 1] ?? '') && letterOrDigit.test(after)) {
              // A full-width bar is spaced by its own width: `Shrine｜Yamagata` → `Shrine | Yamagata`.
              expected = ` ${ascii} `
            } else expected = ascii
          }

          if (mark.form === 'title') report('title', at, at + 1, [expected, ''], false)
          else if (mark.form === 'unsure') {
            report('fullwidth', at, at + 1, digit.test(before) && digit.test(after) ? ['–', '~'] : ['~'], false)
          } else report('fullwidth', at, at + 1, [expected])
        }

        // Ideographic spaces, a run at a time.
        for (let index = 0; index < spaces.length; index++) {
          const from = spaces[index]
          while (index + 1 < spaces.length && spaces[index + 1] === spaces[index] + 1) index++
          const to = spaces[index] + 1
          if (inCjk(from, to)) continue
          const remove = spaceOrEdge.test(text[from - 1] ?? '') || spaceOrEdge.test(text[to] ?? '')
          if (remove) report('ideographicSpaceRemove', from, to, [''])
          else report('ideographicSpace', from, to, [' '])
        }
      }
    }
  }
})
