import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {defineRule} from '../src/rule.js'
import {cp1252Char, visible} from './data/encoding.js'

/**
 * A character reference with its semicolon: `&quot;`, `&#39;`, `&#x2019;`. A bare ampersand
 * (`AT&T`, `R&D`, `Q&A`, `&c.`) has no name and semicolon after it and never matches.
 */
const reference = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g
/** What follows a decoded `&amp;` when an entity was escaped twice (`&amp;quot;`), anchored. */
const escapedAt = /(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/y

/** The character a reference stands for, or `undefined` for an unknown name or an invalid number. */
function decode(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) {
    const character = decodeNamedCharacterReference(name)
    return character === false ? undefined : character
  }
  const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16)
  // HTML reads the numbers 128–159 as Windows-1252 (`&#146;` is `’`).
  if (code >= 0x80 && code <= 0x9f) return cp1252Char(code)
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return undefined
  return String.fromCodePoint(code)
}

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
        for (const match of text.matchAll(reference)) {
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
