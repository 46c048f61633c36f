import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {cp1252Char} from './windows-1252.js'

/**
 * Character references, for the `html-entity` rule and for matching decoded markup to its source.
 * A reference has its semicolon: `&quot;`, `&#39;`, `&#x2019;`; the groups are the decimal number,
 * the hexadecimal number and the name. A bare ampersand (`AT&T`, `R&D`, `Q&A`, `&c.`) has no name
 * and semicolon after it and never matches.
 */
export const characterReference = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g

/**
 * The character a reference stands for, as HTML reads it; `undefined` for an unknown name or a
 * number that stands for no character.
 */
export function decodeCharacterReference(
  decimal: string | undefined,
  hex: string | undefined,
  name: string | undefined
): string | undefined {
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
