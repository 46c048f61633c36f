import {defineRule} from '../src/define-rule.js'
import {characterReference, decodeCharacterReference as decode} from '../src/formats/character-references.js'
import {visible} from './data/encoding.js'

/** What follows a decoded `&amp;` when an entity was escaped twice (`&amp;quot;`), anchored. */
const escapedAt = new RegExp(characterReference.source.slice(1), 'y')

export default defineRule({
  id: 'html-entity',
  category: 'encoding',
  fix: 'safe',
  description: 'Flags HTML character references left in plain text, such as `&quot;`, `&amp;` and `&#39;`',
  messages: {
    entity: 'Unexpected HTML entity `{actual}`, expected `{expected}`'
  },
  create(context) {
    const {text} = context
    return {
      RootNode() {
        if (!text.includes('&')) return
        for (const match of text.matchAll(characterReference)) {
          let value = decode(match[1], match[2], match[3])
          if (value === undefined) continue
          let to = match.index + match[0].length
          // `&amp;quot;`: decode the escaped ampersand and what it escapes in one go.
          while (value === '&') {
            escapedAt.lastIndex = to
            const inner = escapedAt.exec(text)
            const innerValue = inner ? decode(inner[1], inner[2], inner[3]) : undefined
            if (!inner || innerValue === undefined) break
            value = innerValue
            to += inner[0].length
          }
          if (context.isProtected(match.index, to)) continue
          context.report({
            messageId: 'entity',
            data: {actual: text.slice(match.index, to), expected: visible(value)},
            from: match.index,
            to,
            expected: [value]
          })
        }
      }
    }
  }
})
