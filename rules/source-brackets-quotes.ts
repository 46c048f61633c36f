import {defineRule} from '../src/define-rule.js'
import {alignedSegments} from './lib/aligned-segments.js'

/** Quoted and bracketed parts of a source, by their opening and closing marks (CJK, Russian, Icelandic and ASCII). */
const delimitedPart = /「[^「」\n]+」|『[^『』\n]+』|“[^“”\n]+”|„[^„“”\n]+[“”]|«[^«»\n]+»|"[^"\n]+"|（[^（）\n]+）|\([^()\n]+\)|【[^【】\n]+】|［[^［］\n]+］|\[[^[\]\n]+\]|〈[^〈〉\n]+〉|《[^《》\n]+》/gu
/** Any quotation mark or bracket in a translation (a dash pair or italics cannot be seen in plain text, so they do not count). */
const anyDelimiter = /["“”„«»‘’'()[\]{}]/u
/**
 * Only a long part is a quotation or an aside whose marks a translation must keep: a short one is a name (`"Локомотив"`,
 * a team), a title, a reading (`凄惨（せいさん）`) or a term, which English writes without marks.
 */
const minLetters = 20
/** In Chinese or Japanese, whose characters say more each. */
const minCjkLetters = 10
/** In a script that spaces its words, also this many words. */
const minWords = 4
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

function isSubstantial(part: string): boolean {
  const letters = part.match(/\p{L}/gu)?.length ?? 0
  if (cjk.test(part)) return letters >= minCjkLetters
  return letters >= minLetters && (part.match(/\p{L}+/gu)?.length ?? 0) >= minWords
}
const shown = 30

export default defineRule<'unmarked'>({
  id: 'source-brackets-quotes',
  category: 'translation',
  fix: 'none',
  description: 'A quoted or bracketed part of the source whose translation has no quotation marks or brackets at all',
  messages: {
    unmarked: 'Unexpected segment without quotation marks or brackets for the source’s `{part}`, expected a quoted or bracketed counterpart'
  },
  create(context) {
    return {
      RootNode() {
        for (const {target, source, from, to} of alignedSegments(context)) {
          if (anyDelimiter.test(target)) continue
          const part = [...source.matchAll(delimitedPart)].find((match) => isSubstantial(match[0]))
          if (!part) continue
          const text = part[0].length > shown ? `${part[0].slice(0, shown)}…` : part[0]
          context.report({messageId: 'unmarked', data: {part: text}, from, to})
        }
      }
    }
  }
})
