import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {placeholder} from '../src/formats/extracted.js'
import {chatAbbreviations} from './data/chat-abbreviations.js'
import {functionWords} from './data/function-words.js'
import {sentenceAbbreviations} from './data/sentence-abbreviations.js'

/**
 * A sentence mark glued to the next sentence: a lowercase letter, digit, `%`, `)` or inline code
 * (its placeholder) before it, a capital and another letter after it (`added.Statement`, `Hi!How`,
 * `` `npm test`.Then ``). A capital before (`U.S.`, `J.R.R.`), a lowercase letter after (`Node.js`,
 * `report.pdf`) or a single capital after (`Ph.D`) are left alone.
 */
const sentenceGlue = new RegExp(
  String.raw`(?<=[\p{Ll}\d%)${placeholder}])[.?!](?=\p{Lu}[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])`,
  'gu'
)

/**
 * A comma, semicolon or colon glued to a word or inline code: `said,he`, `well;then`, `Note:this`,
 * `` `x`,and ``. Two letters after, or `a`/`I` alone, so that `N,N-dimethyl` and emoticons (`;P`)
 * are left alone; digits on either side (`1,000`, `10:30`, `3:1`) never match.
 */
const clauseGlue = new RegExp(
  String.raw`(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d)\]”’"%${placeholder}])[,;:](?=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{2}|[aAI](?![\p{L}\d]))`,
  'gu'
)

/** A mark right before a letter (or a character of the scripts above): the least both patterns match. */
const anyMarkBeforeLetter = /[.?!,;:][\p{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u

/** The run of non-space characters around a match: the "word" the mark is glued into. */
const tokenBefore = /\S*$/
const tokenAfter = /^\S*/

/** Characters of code, markup, paths, handles and HTML entities (`&quot;`): not prose. */
const codeLike = /[/\\@_=#<>{}&|~^$*+[\]]|::|\.\./

/** Outer quotes, brackets and final marks of a token, trimmed before counting its periods. */
const outerMarks = /^[("“‘'[]+|[.,;:!?"”’')\]]+$/g

/** The letters before and after the mark. */
const lettersBefore = /\p{L}*$/u
const lettersAfter = /\p{L}*/uy
const allCapitals = /^\p{Lu}{2,}$/u
const capital = /^\p{Lu}/u
const innerCapital = /\p{Lu}/u

/** The letters and digits after the mark (sticky): a digit among them makes notation, `12.Nf5`, `v.B2`. */
const wordAfterMark = /[\p{L}\p{N}]*/uy
const digit = /\p{N}/u

/** Names written with a mark glued to a word: `Yahoo!News`, `WoW!Korea`, `Yandex.Market`, `Dr.Web`, `re:Invent`. */
const gluedNames = /^\W*(?:Yahoo!|WoW!|Yandex\.|Dr\.Web|re:Invent)/

export default defineRule({
  id: 'missing-space-after-punctuation',
  category: 'punctuation',
  fix: 'safe',
  scope: 'paragraph',
  trigger: anyMarkBeforeLetter,
  description: 'Flags a period, comma or other mark glued to the next word, as in `added.Statement` or `said,he`',
  messages: {
    missing: 'Unexpected missing space after `{mark}`, expected `{mark} `'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const offset = start(node)
        const value = context.source(node)

        const check = (at: number, sentence: boolean) => {
          const token = tokenBefore.exec(value.slice(Math.max(0, at - 80), at))![0] + tokenAfter.exec(value.slice(at, at + 80))![0]
          if (codeLike.test(token) || gluedNames.test(token)) return
          const core = token.replace(outerMarks, '')
          // Two periods in one token: a version number, a dotted name or initials (`v2.0.Final`, `e.g.This`).
          if (sentence && core.indexOf('.') !== core.lastIndexOf('.')) return
          // Two colons: a time with seconds, a reference (`10:30:Start`, `a:b:c`).
          if (!sentence && value[at] === ':' && core.indexOf(':') !== core.lastIndexOf(':')) return
          const mark = value[at]
          const left = lettersBefore.exec(value.slice(Math.max(0, at - 40), at))?.[0] ?? ''
          lettersAfter.lastIndex = at + 1
          const right = lettersAfter.exec(value)?.[0] ?? ''
          // `Last.FM`, `lol.JK`, `ok,thx`: a name or chat shorthand written with its mark may be meant
          // as it stands; a person decides.
          // `Kostroma.Today`, `Yandex.Market`: a name on each side may be one brand (but `China.The` is
          // two sentences, and `Mr.Smith` an abbreviation and a name).
          const brand = sentence && namesOnBothSides(left, right) && !sentenceAbbreviations.has(left)
          // `connect:bodyParser`, `urn:uuid`, `k:a`: a colon or semicolon between a short lowercase
          // word or before a word with a capital inside may join the parts of a name.
          // `Re:Zero`, `Steins;Gate`: after a word of up to three letters, or between names for a
          // semicolon (which seldom ends a clause before a name), the mark may join one title.
          const joinedName =
            (mark === ':' || mark === ';') &&
            (innerCapital.test(right.slice(1)) || (left.length > 0 && left.length <= 3) || (mark === ';' && namesOnBothSides(left, right)))
          // `12.Nf5`: a word with a digit after a period is a move, a code or a version, written so on purpose as often as not.
          wordAfterMark.lastIndex = at + 1
          const notation = sentence && digit.test(wordAfterMark.exec(value)?.[0] ?? '')
          // `` `Console`.WriteLine ``: a period after inline code is as often a member of it as a sentence's end.
          const afterCode = sentence && value[at - 1] === placeholder
          const sure =
            !brand && !joinedName && !notation && !afterCode && !allCapitals.test(right) && !chatAbbreviations.has(left.toLowerCase()) && !chatAbbreviations.has(right.toLowerCase())
          context.report({
            messageId: 'missing',
            data: {mark},
            from: offset + at,
            to: offset + at + 1,
            expected: [`${mark} `],
            ...(sure ? {} : {safe: false})
          })
        }

        for (const match of value.matchAll(sentenceGlue)) check(match.index, true)
        for (const match of value.matchAll(clauseGlue)) check(match.index, false)
      }
    }
  }
})

/** Whether a capitalized word stands on each side of a mark, the second no function word (`Kostroma.Today`, not `China.The`). */
function namesOnBothSides(left: string, right: string): boolean {
  return capital.test(left) && capital.test(right) && !functionWords.has(right.toLowerCase())
}
