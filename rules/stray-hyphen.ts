import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'

/**
 * A hyphen glued to the first word of a sentence: after `.`, `?` or `!` (and any closing quotes or
 * brackets) and a space, before a capital or a lowercase word of two letters or more
 * (`competition. -United and`). A minus (`-5`), a dash (`--`, ` - `) and a hyphen at the start of
 * a line (a list bullet) do not match.
 */
const strayAfterSentence = /(?<=[.?!]["”’)\]]*[ \t]+)[-‐](?=\p{Lu}|\p{Ll}{2})/gu

/**
 * A hyphen glued to a word where a list item could start: at a line start, or after a mark and a
 * space (`; -to the poor`, `: -The bombing`). Several of these close together are the bullets of
 * a list whose line breaks were lost: deleting them would not repair it.
 */
const bulletLike = /(?:^|[.;:,?!]["”’)\]]*[ \t]+)[-‐](?=\p{L})/gmu

/** How close (in characters) two bullet-like hyphens must be to count as one flattened list. */
const listWindow = 600

/** The word after the hyphen. */
const wordAfter = /\p{L}+/uy

/** Suffixes that are mentioned with their hyphen: `-ing forms are verbs`, `-ism`. */
const suffixes: ReadonlySet<string> = new Set([
  'ing', 'ed', 'er', 'est', 'ism', 'ist', 'ly', 'ness', 'ment', 'tion', 'sion', 'able', 'ible', 'ish',
  'esque', 'ful', 'less', 'ize', 'ise', 'ology', 'phobia', 'gate'
])

export default defineRule({
  id: 'stray-hyphen',
  category: 'punctuation',
  fix: 'safe',
  description: 'Flags a hyphen glued to the first word of a sentence, as in `competition. -United and`',
  messages: {
    stray: 'Unexpected `-` before `{word}`, remove it'
  },
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!value.includes('-') && !value.includes('‐')) return
        const offset = start(node)
        let bullets: number[] | undefined

        for (const match of value.matchAll(strayAfterSentence)) {
          const at = match.index
          wordAfter.lastIndex = at + 1
          const word = wordAfter.exec(value)![0]
          if (suffixes.has(word)) continue
          bullets ??= [...value.matchAll(bulletLike)].map((bullet) => bullet.index + bullet[0].length - 1)
          if (bullets.some((other) => other !== at && Math.abs(other - at) < listWindow)) continue
          if (context.isProtected(offset + at, offset + at + 1)) continue
          context.report({
            messageId: 'stray',
            data: {word},
            from: offset + at,
            to: offset + at + 1,
            expected: ['']
          })
        }
      }
    }
  }
})
