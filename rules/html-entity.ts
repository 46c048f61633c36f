import type {Paragraph} from 'nlcst'
import {defineRule} from '../src/define-rule.js'
import {start} from '../src/nlcst.js'
import {characterReference, decodeCharacterReference as decode} from '../src/formats/character-references.js'
import {visible} from './data/encoding.js'
import {isMentionedMark, standsAlone} from './lib/mentioned-mark.js'

/** What follows a decoded `&amp;` when an entity was escaped twice (`&amp;quot;`), anchored. */
const escapedAt = new RegExp(characterReference.source.slice(1), 'y')
/** White space an entity may decode to: between two spaces of the text it would add nothing but more. */
const whiteSpace = /^\s+$/

export default defineRule({
  id: 'html-entity',
  category: 'encoding',
  fix: 'safe',
  description: 'Flags HTML character references left in plain text, such as `&quot;`, `&amp;` and `&#39;`',
  trigger: /&/,
  messages: {
    entity: 'Unexpected HTML entity `{actual}`, expected `{expected}`'
  },
  // An entity holds no white space, so it lies within one paragraph, and what it decodes to depends on it alone.
  scope: 'paragraph',
  create(context) {
    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!value.includes('&')) return
        const offset = start(node)
        for (const match of value.matchAll(characterReference)) {
          let decoded = decode(match[1], match[2], match[3])
          if (decoded === undefined) continue
          let to = match.index + match[0].length
          // `&amp;quot;`: decode the escaped ampersand and what it escapes in one go.
          while (decoded === '&') {
            escapedAt.lastIndex = to
            const inner = escapedAt.exec(value)
            const innerValue = inner ? decode(inner[1], inner[2], inner[3]) : undefined
            if (!inner || innerValue === undefined) break
            decoded = innerValue
            to += inner[0].length
          }
          const from = offset + match.index
          if (context.isProtected(from, offset + to)) continue
          // `the HTML entity &amp; stands for`, `the sequence &lt;br&gt;`: the reference is talked about.
          if (isMentionedMark(context.text, from, offset + to)) continue
          // `write &nbsp; where`: a space between spaces is no leftover of a page; likely a mention, a person decides.
          const unsure = whiteSpace.test(decoded) && standsAlone(context.text, from, offset + to)
          context.report({
            messageId: 'entity',
            data: {actual: value.slice(match.index, to), expected: visible(decoded)},
            from,
            to: offset + to,
            expected: [decoded],
            ...(unsure ? {safe: false} : {})
          })
        }
      }
    }
  }
})
