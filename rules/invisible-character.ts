import {defineRule} from '../src/define-rule.js'
import {betweenSentences} from './lib/sentence-marks.js'
import {c1Control, codePoints, findMojibake, inside} from './data/encoding.js'
import type {MojibakeFinding} from './data/encoding.js'
import {bidiControl, invisibleNames, joiner, noBreakSpace} from './data/invisible.js'
import {functionWords} from './data/function-words.js'
import {knownWord} from './lib/known-word.js'
import {tokenAround} from './lib/mentioned-mark.js'

/** Every character this rule looks at (no-break spaces included): a cheap test, then `matchAll`. */
const anyCandidate =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u180e\u2007\u200b-\u200f\u202a-\u202f\u2060-\u2064\u2066-\u2069\ufeff]/
const candidates = new RegExp(anyCandidate.source, 'g')

/** Control characters: all but tab, line feed and carriage return. */
const control = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]$/
/** Vertical tab and form feed: line breaks of word processors and printers. */
const lineBreakControl = /^[\u000b\u000c]$/
const lineBreak = /^[\n\r\u000b\u000c]$/
/** A letter or combining mark of a script other than Latin (joiners shape these). */
const otherScriptLetter = /^[\p{L}\p{M}]$/u
const latin = /^[\p{Script=Latin}\p{Script=Common}]$/u
const letter = /^\p{L}$/u
/** The letters of a word right before and right after a character (a word is never this long). */
const lettersBefore = /[\p{L}\p{M}]{1,40}$/u
const lettersAfter = /^[\p{L}\p{M}]{1,40}/u
/** A hashtag, a handle or an e-mail address: a token with `#` or `@`. */
const handleOrAddress = /[#@]/
/** An emoji, or what may sit between an emoji and a joiner (variation selector, skin tone). */
const pictographic = /^\p{Extended_Pictographic}$/u
const emojiTail = /^[\ufe0f\u{1f3fb}-\u{1f3ff}]$/u
/** Letters of right-to-left scripts: directional marks on their line are right. */
const rightToLeft = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u
const lineBreaks = /[\n\r]/
/** Spaces and tabs that may sit with no-break spaces in one run of white space. */
const space = /^[ \t]$/

type MessageId = 'invisible' | 'invisibleBetweenWords' | 'control' | 'controlLineBreak' | 'controlRun' | 'controlRunLineBreak' | 'noBreakSpaceEdge' | 'noBreakSpaces' | 'noBreakSpaceBesideSpace'

/** The code point (a whole surrogate pair) at `at`, as a string. */
function charAt(text: string, at: number): string {
  if (at < 0 || at >= text.length) return ''
  const code = text.charCodeAt(at)
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return String.fromCodePoint(text.codePointAt(at - 1)!)
  return String.fromCodePoint(text.codePointAt(at)!)
}

export default defineRule<MessageId>({
  id: 'invisible-character',
  category: 'encoding',
  fix: 'safe',
  description: 'Flags zero-width characters, soft hyphens, stray byte-order marks, control characters and misused no-break spaces',
  trigger: anyCandidate,
  messages: {
    invisible: 'Unexpected {name} `{code}`, remove it',
    invisibleBetweenWords: 'Unexpected {name} `{code}` between two words, expected a space',
    control: 'Unexpected control character `{code}`, remove it',
    controlLineBreak: 'Unexpected control character `{code}`, expected a line break',
    controlRun: 'Unexpected run of {count} control characters `{code}`, remove them',
    controlRunLineBreak: 'Unexpected run of {count} control characters `{code}`, expected {count} line breaks',
    noBreakSpaceEdge: 'Unexpected no-break space `{code}` at the {edge} of a line, remove it',
    noBreakSpaces: 'Unexpected no-break spaces `{code}`, expected one space',
    noBreakSpaceBesideSpace: 'Unexpected no-break space `{code}` beside a space, remove it'
  },
  create(context) {
    const {text} = context
    let mojibake: MojibakeFinding[] | undefined
    /**
     * The file's own line break (of its source: the prose of Markdown or HTML has its white space
     * collapsed), for a control character that stands for one: a CRLF file stays CRLF.
     */
    let ending: string | undefined
    // Found once: read for each control character, the whole source took the square of its length.
    const lineEnding = () => (ending ??= lineEndingOf(String(context.file)))

    /** The character before `at`, skipping emoji tails (a surrogate pair counts as one). */
    function before(at: number): string {
      let index = at - 1
      for (;;) {
        const char = charAt(text, index)
        if (!emojiTail.test(char)) return char
        index -= char.length
      }
    }

    /** Whether a joiner at `at` is right: inside an emoji sequence, or between letters that shape with it. */
    function joinerIsRight(at: number): boolean {
      const previous = charAt(text, at - 1)
      const next = charAt(text, at + 1)
      if (pictographic.test(before(at)) && pictographic.test(next)) return true
      return [previous, next].some((char) => otherScriptLetter.test(char) && !latin.test(char))
    }

    /** The text of the line around `at`. */
    function lineAround(at: number): string {
      let from = at
      while (from > 0 && !lineBreaks.test(text[from - 1])) from--
      let to = at
      while (to < text.length && !lineBreaks.test(text[to])) to++
      return text.slice(from, to)
    }

    function report(messageId: MessageId, from: number, to: number, expected: string, data: Record<string, string> = {}, safe = true) {
      // `Object.assign`, not a spread after `code`: Node 20 makes `{code, ...data}` in its runtime, slowly.
      context.report({messageId, data: Object.assign({code: codePoints(text.slice(from, to))}, data), from, to, expected: [expected], safe})
    }

    /** Whether the C1 control at `at` is part of mojibake (`â€\u009d`, `\u0092` for `’`): the `mojibake` rule's business. */
    function isMojibake(at: number): boolean {
      if (!c1Control.test(text[at])) return false
      mojibake ??= findMojibake(text)
      return inside(mojibake, at)
    }

    /**
     * Control characters from `from`, of one kind (line breaks or others): report the run as one
     * finding and return where it ends. Line-break controls between two lines' text become line
     * breaks, one each; beside a line break they are removed.
     */
    function controls(from: number): number {
      const breaks = lineBreakControl.test(text[from])
      let to = from + 1
      while (to < text.length && control.test(text[to]) && lineBreakControl.test(text[to]) === breaks && !isMojibake(to)) to++
      const nextToBreak = breaks && (lineBreak.test(text[from - 1] ?? '\n') || lineBreak.test(text[to] ?? '\n'))
      const expected = breaks && !nextToBreak ? lineEnding().repeat(to - from) : ''
      if (to - from === 1) report(expected ? 'controlLineBreak' : 'control', from, to, expected)
      else {
        const code = codePoints([...new Set(text.slice(from, to))].join(''))
        context.report({messageId: expected ? 'controlRunLineBreak' : 'controlRun', data: {code, count: String(to - from)}, from, to, expected: [expected]})
      }
      return to
    }

    /** No-break spaces from `from`: report the run and return where it ends. */
    function noBreakSpaces(from: number): number {
      let to = from
      while (noBreakSpace.test(text[to] ?? '')) to++
      let runFrom = from
      while (runFrom > 0 && (space.test(text[runFrom - 1]) || noBreakSpace.test(text[runFrom - 1]))) runFrom--
      let runTo = to
      while (runTo < text.length && (space.test(text[runTo]) || noBreakSpace.test(text[runTo]))) runTo++
      const atStart = runFrom === 0 || lineBreak.test(text[runFrom - 1])
      const atEnd = runTo === text.length || lineBreak.test(text[runTo])
      if (atStart || atEnd) {
        report('noBreakSpaceEdge', from, to, '', {edge: atStart ? 'start' : 'end'})
      } else if (to - from >= 2) {
        const alone = runFrom === from && runTo === to
        // Three or more are often a layout separator: a person decides.
        report('noBreakSpaces', from, to, alone ? ' ' : '', {}, to - from === 2)
      } else if (runTo - runFrom >= 2) {
        const twoAfterSentence =
          runTo - runFrom === 2 &&
          // Two spaces after a sentence's final mark (`ended.\u00a0 The`), the typewriter convention.
          betweenSentences(text, runFrom, runTo)
        if (!twoAfterSentence) report('noBreakSpaceBesideSpace', from, to, '')
      }
      return to
    }

    return {
      RootNode() {
        if (!anyCandidate.test(text)) return
        let skipTo = -1
        for (const match of text.matchAll(candidates)) {
          const at = match.index
          if (at < skipTo) continue
          const char = match[0]
          if (noBreakSpace.test(char)) {
            skipTo = noBreakSpaces(at)
            continue
          }
          const name = invisibleNames[char]
          if (name !== undefined) {
            if (joiner.test(char) && joinerIsRight(at)) continue
            if (bidiControl.test(char) && rightToLeft.test(lineAround(at))) continue
            if (char === '\u200b' || char === '\u2060') {
              // A word-break hint between letters of scripts written without spaces (Thai, Chinese).
              const previous = charAt(text, at - 1)
              const next = charAt(text, at + 1)
              if (otherScriptLetter.test(previous) && !latin.test(previous) && otherScriptLetter.test(next) && !latin.test(next)) continue
              // A zero-width space between two letters may sit inside a word (`he\u200bavy`) or stand
              // for the space between two (`the\u200bplan`): the words on either side tell which.
              if (char === '\u200b' && letter.test(previous) && letter.test(next)) {
                const repair = zeroWidthSpaceRepair(text, at)
                if (repair === ' ') report('invisibleBetweenWords', at, at + 1, ' ', {name})
                else if (repair === '') report('invisible', at, at + 1, '', {name})
                else context.report({messageId: 'invisible', data: {name, code: codePoints(char)}, from: at, to: at + 1, expected: ['', ' '], safe: false})
                continue
              }
            }
            report('invisible', at, at + 1, '', {name})
            continue
          }
          if (isMojibake(at)) continue
          skipTo = controls(at)
        }
      }
    }
  }
})

/**
 * What a zero-width space at `at`, between two letters, stands for: nothing where the letters
 * around it make a known word and its two sides are not both words (`he\u200bavy`, `unru\u200bly`);
 * a space where both sides are words, one of them a function word, and together they are not
 * (`the\u200bplan`). A space is a visible edit, and the word list (of a word game) knows pieces
 * such as `sel` and `fie` and lacks new words such as `selfie`: two content words stay for a person
 * (`bit\u200bcoin`), as do a hashtag or an address (`#live\u200bstream`). `undefined` where both
 * readings are words (`some\u200bone`), neither is, a side is a name (a capital), or there is no
 * word list.
 */
function zeroWidthSpaceRepair(text: string, at: number): '' | ' ' | undefined {
  const before = lettersBefore.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? ''
  const after = lettersAfter.exec(text.slice(at + 1, at + 41))?.[0] ?? ''
  const joined = knownWord(before + after)
  if (joined === undefined) return undefined
  const apart = knownWord(before) === true && knownWord(after) === true
  if (joined && !apart) return ''
  if (joined || !apart || !(functionWords.has(before) || functionWords.has(after))) return undefined
  const token = tokenAround(text, at, at + 1, tokenReach)
  return handleOrAddress.test(text.slice(token.from, token.to)) ? undefined : ' '
}

/** How far around a point its token is searched for `#` or `@`: a bound keeps a megabyte without spaces linear. */
const tokenReach = 100

/** A text's line break: CRLF, CR alone, or LF. */
function lineEndingOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : source.includes('\r') && !source.includes('\n') ? '\r' : '\n'
}
