/** Windows-1252, the encoding HTML reads the numbers 128–159 of character references in, and the one mojibake most often comes from. */

/**
 * What Windows-1252 makes of the bytes 0x80–0x9F. The five bytes it leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) stay C1 controls, as in the WHATWG decoder browsers use.
 */
export const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** The Windows-1252 character of a byte 0x80–0x9F, or `undefined` for the five undefined bytes. */
export function cp1252Char(byte: number): string | undefined {
  const char = cp1252High[byte - 0x80]
  return char === undefined || char.charCodeAt(0) < 0xa0 ? undefined : char
}

