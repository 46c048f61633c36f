/**
 * Encoding damage, shared by `mojibake`, `html-entity` and `invisible-character`: UTF-8 bytes read
 * as Windows-1252 or Latin-1 (`â€™` for `’`), Windows-1252 bytes read as Latin-1 (a C1 control
 * for `’`), and how to name a character a reader cannot see.
 */
import {cp1252Char, cp1252High} from '../../src/formats/windows-1252.js'

/** The byte 0x80–0x9F that each Windows-1252 character above U+00FF stands for. */
const byteOfHigh: ReadonlyMap<string, number> = new Map(
  [...cp1252High].map((char, index) => [char, 0x80 + index] as const).filter(([char]) => char.charCodeAt(0) > 0xff)
)

/** The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1, if any. */
function byteOf(char: string | undefined): number | undefined {
  if (char === undefined) return undefined
  const code = char.charCodeAt(0)
  if (code >= 0x80 && code <= 0xff) return code
  return byteOfHigh.get(char)
}

/** A lead byte of a UTF-8 sequence followed by a continuation byte, as Windows-1252 shows them. */
export const mojibakeCandidate =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/
const mojibakeCandidates = new RegExp(mojibakeCandidate.source, 'g')

/** A C1 control character (U+0080–U+009F). */
export const c1Control = /[\u0080-\u009f]/
const c1Controls = /[\u0080-\u009f]/g

/** `Â` glued after a lowercase letter, digit or mark and before a space: the rest of `Â` + no-break space. */
const strayCapitalA = /(?<=[\p{Ll}\p{N}.,;:!?)”’"'])Â(?= )/gu

/** Punctuation that may follow a word in real text (`HYVÄ”`): as a second byte, doubtful at a run's end. */
const wordEndPunctuation = /^[‘’“”‚„–—…»]$/
const letter = /^\p{L}$/u
/** Lead bytes of Latin letters (`Ã`, `Ä`, `Å`), which end real words in capitals. */
const latinLead = /^[ÃÄÅ]$/

/** Runs of the replacement character. */
const replacementRuns = /\ufffd+/g

interface Decoded {
  /** Characters of mojibake read. */
  length: number
  codePoint: number
  /**
   * A character mojibake commonly stands for, whose garbled form never occurs in real text: Latin-1
   * signs and letters, Latin Extended-A, general punctuation and symbols (U+2000–U+2BFF), CJK
   * punctuation and kana (U+3000–U+30FF), half- and full-width forms, the replacement character and
   * byte-order mark, emoji.
   */
  strong: boolean
}

/** Decode the UTF-8 sequence that the characters at `at` stand for, if they form a valid one. */
function decodeAt(text: string, at: number): Decoded | undefined {
  const lead = byteOf(text[at])
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return undefined
  const count = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3
  let codePoint = lead & (count === 1 ? 0x1f : count === 2 ? 0x0f : 0x07)
  for (let index = 1; index <= count; index++) {
    const byte = byteOf(text[at + index])
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined
    codePoint = (codePoint << 6) | (byte & 0x3f)
  }
  if (count === 2 && (codePoint < 0x800 || (codePoint >= 0xd800 && codePoint <= 0xdfff))) return undefined
  if (count === 3 && (codePoint < 0x10000 || codePoint > 0x10ffff)) return undefined
  const strong =
    (codePoint >= 0xa0 && codePoint <= 0x17f) ||
    (codePoint >= 0x2000 && codePoint <= 0x2bff) ||
    (codePoint >= 0x3000 && codePoint <= 0x30ff) ||
    (codePoint >= 0xfe00 && codePoint <= 0xffff) ||
    (codePoint >= 0x1f000 && codePoint <= 0x1faff)
  return {length: count + 1, codePoint, strong}
}

/** A character that can stand in running text (not a control, unassigned or private-use one). */
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\ufeff]$/u

export type MojibakeKind = 'utf8' | 'truncated' | 'cp1252' | 'stray' | 'replacement'

export interface MojibakeFinding {
  kind: MojibakeKind
  from: number
  to: number
  /** The original text, when it is certain (`utf8`, `cp1252`, `stray`) or likely (`truncated`). */
  expected?: string
}

const truncatedQuote = 'â€'

/**
 * Mojibake in a text, in order:
 * - `utf8`: a run of UTF-8 sequences read as Windows-1252 or Latin-1 that decodes to plausible
 *   characters: each one is `strong` (see `Decoded`), or there are at least two printable ones (a
 *   word of Cyrillic or Chinese); a lone `é…”` decoding to one Han character is left alone, and a
 *   capital `Ã`, `Ä`, `Å` before closing punctuation ends a run only when a letter follows;
 * - `truncated`: `â€` whose third byte was lost (most often the `”` of `â€\u009d`);
 * - `cp1252`: a C1 control that stands for Windows-1252 punctuation read as Latin-1 (`\u0092` for `’`);
 * - `stray`: `Â` left before a space when its no-break space became an ordinary one (`10Â km`);
 * - `replacement`: U+FFFD, the mark of a character that could not be decoded.
 */
export function findMojibake(text: string): MojibakeFinding[] {
  const found: MojibakeFinding[] = []
  let covered = -1

  if (mojibakeCandidate.test(text)) {
    for (const match of text.matchAll(mojibakeCandidates)) {
      if (match.index < covered) continue
      let at = match.index
      const codePoints: number[] = []
      let allStrong = true
      const ends: number[] = []
      for (let decoded = decodeAt(text, at); decoded; decoded = decodeAt(text, at)) {
        codePoints.push(decoded.codePoint)
        allStrong &&= decoded.strong
        at += decoded.length
        ends.push(at)
      }
      // `HYVÄ” he said`, `IRMÃ—`: a capital letter before closing punctuation is more likely real
      // than mojibake, so such a pair ending the run counts only when a letter follows it.
      while (
        codePoints.length > 0 &&
        ends[ends.length - 1] - (ends[ends.length - 2] ?? match.index) === 2 &&
        latinLead.test(text[at - 2]) &&
        wordEndPunctuation.test(text[at - 1]) &&
        !letter.test(text[at] ?? '')
      ) {
        codePoints.pop()
        ends.pop()
        at = ends[ends.length - 1] ?? match.index
      }
      if (codePoints.length === 0) {
        if (text.startsWith(truncatedQuote, match.index)) {
          found.push({kind: 'truncated', from: match.index, to: match.index + 2, expected: '”'})
          covered = match.index + 2
        }
        continue
      }
      const value = String.fromCodePoint(...codePoints)
      const plausible = allStrong || (codePoints.length >= 2 && [...value].every((char) => printable.test(char)))
      if (!plausible) continue
      covered = at
      if (value.includes('\ufffd')) {
        found.push({kind: 'replacement', from: match.index, to: at})
        continue
      }
      // A byte-order mark read as `ï»¿` inside the text is junk; at the very start it is the file's own.
      found.push({kind: 'utf8', from: match.index, to: at, expected: match.index > 0 ? value.replaceAll('\ufeff', '') : value})
      if (text.startsWith(truncatedQuote, at) && !decodeAt(text, at)) {
        found.push({kind: 'truncated', from: at, to: at + 2, expected: '”'})
        covered = at + 2
      }
    }
  }

  if (c1Control.test(text)) {
    for (const match of text.matchAll(c1Controls)) {
      const char = cp1252Char(match[0].charCodeAt(0))
      if (char === undefined || inside(found, match.index)) continue
      found.push({kind: 'cp1252', from: match.index, to: match.index + 1, expected: char})
    }
  }

  if (text.includes('Â')) {
    for (const match of text.matchAll(strayCapitalA)) {
      if (!inside(found, match.index)) found.push({kind: 'stray', from: match.index, to: match.index + 1, expected: ''})
    }
  }

  if (text.includes('\ufffd')) {
    for (const match of text.matchAll(replacementRuns)) {
      if (!inside(found, match.index)) found.push({kind: 'replacement', from: match.index, to: match.index + match[0].length})
    }
  }

  return found.sort((a, b) => a.from - b.from)
}

/** Whether `at` lies inside one of the findings. */
export function inside(found: readonly MojibakeFinding[], at: number): boolean {
  return found.some((finding) => finding.from <= at && at < finding.to)
}

/** Characters a reader cannot see, or cannot tell from a space: named by code point in messages. */
const unseen = /[\p{Cc}\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0\ufffd]/gu

/** Text for a message, with every invisible character written as its code point (`U+200B`). */
export function visible(text: string): string {
  return text.replace(unseen, (char) => (char === ' ' ? ' ' : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))
}

/** The code points of a text, for a message: `U+00A0 U+0020`. */
export function codePoints(text: string): string {
  // A loop, not `[...text].map().join()`: called for each finding, up to half a million an article.
  let names = ''
  for (const char of text) names += `${names ? ' ' : ''}U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
  return names
}
