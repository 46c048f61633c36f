/** Characters damaged on the way through encodings and markup: full-width marks, mojibake, entities, invisibles. */
import type {DefectClass, Edit} from './types.js'
import {paragraphOf, pickEdit} from './types.js'

const fullwidth: Readonly<Record<string, string>> = {',': '，', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！'}

export const fullwidthPunctuation: DefectClass = {
  name: 'fullwidth-punctuation',
  rules: ['fullwidth-punctuation'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const match of text.matchAll(/[,:()?!]/g)) {
      const at = match.index
      const mark = match[0]
      if (mark === ':' && text.startsWith('//', at + 1)) continue
      edits.push({from: at, to: at + 1, insert: fullwidth[mark], variant: `${fullwidth[mark]} spaced as before`})
      // Engines write full-width marks without the space English puts beside them.
      if (mark === '(' && /\p{L} $/u.test(text.slice(at - 2, at))) {
        edits.push({from: at - 1, to: at + 2, insert: `${fullwidth[mark]}${text[at + 1]}`, variant: `${fullwidth[mark]} glued`})
      } else if (mark !== '(' && /^ \p{L}/u.test(text.slice(at + 1, at + 3))) {
        edits.push({from: at, to: at + 3, insert: `${fullwidth[mark]}${text[at + 2]}`, variant: `${fullwidth[mark]} glued`})
      }
    }
    return pickEdit(rng, edits)
  }
}

/** The group of an edit that garbles one mark: quote and dash classes count those marks across the article. */
export function markGroup(mark: string): string | undefined {
  if (/["“”]/.test(mark)) return 'double quotes'
  return /[—–]/.test(mark) ? 'dashes' : undefined
}

/** Windows-1252 at 0x80–0x9F; the five bytes it leaves undefined read as C1 controls, as Latin-1 does. */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** The text as UTF-8 bytes read back as Windows-1252: `é` → `Ã©`, `’` → `â€™`. */
export function readAsWindows1252(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (byte >= 0x80 && byte < 0xa0 ? windows1252High[byte - 0x80] : String.fromCharCode(byte)))
    .join('')
}

export const mojibake: DefectClass = {
  name: 'mojibake',
  rules: ['mojibake'],
  fixable: true,
  prefers: (paragraph) => /[\u00C0-\u024F’‘“”–—]/.test(paragraph),
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const match of text.matchAll(/[\p{L}’]*[\u00C0-\u024F][\p{L}’]*/gu)) {
      edits.push({from: match.index, to: match.index + match[0].length, insert: readAsWindows1252(match[0]), variant: 'accented word'})
    }
    for (const match of text.matchAll(/[’‘“”–—]/g)) {
      edits.push({from: match.index, to: match.index + 1, insert: readAsWindows1252(match[0]), variant: 'quote or dash', group: markGroup(match[0])})
    }
    return pickEdit(rng, edits)
  }
}

const namedLetters: Readonly<Record<string, string>> = {
  á: 'aacute', é: 'eacute', í: 'iacute', ó: 'oacute', ú: 'uacute', ý: 'yacute', ö: 'ouml', ü: 'uuml', ä: 'auml',
  ð: 'eth', þ: 'thorn', æ: 'aelig', ñ: 'ntilde', è: 'egrave', ç: 'ccedil', Á: 'Aacute', É: 'Eacute', Í: 'Iacute',
  Ó: 'Oacute', Ú: 'Uacute', Ö: 'Ouml', Þ: 'THORN', Ð: 'ETH', Æ: 'AElig'
}

const punctuationEntities: Readonly<Record<string, readonly string[]>> = {
  '&': ['&amp;'],
  '"': ['&quot;', '&#34;'],
  "'": ['&#39;', '&apos;'],
  '’': ['&rsquo;', '&#8217;'],
  '‘': ['&lsquo;'],
  '“': ['&ldquo;'],
  '”': ['&rdquo;'],
  '—': ['&mdash;'],
  '–': ['&ndash;']
}

/** Characters that have an entity of their own; a space becomes `&nbsp;` only where a paragraph has none. */
const withEntity = /[&"'’‘“”—–\u00C0-\u024F]/

export const htmlEntity: DefectClass = {
  name: 'html-entity',
  rules: ['html-entity'],
  fixable: true,
  prefers: (paragraph) => withEntity.test(paragraph),
  inject(context, rng) {
    const text = paragraphOf(context)
    const edits: Edit[] = []
    for (const match of text.matchAll(/[&"'’‘“”—–]/g)) {
      const entity = rng.pick(punctuationEntities[match[0]])
      edits.push({from: match.index, to: match.index + 1, insert: entity, variant: entity, group: markGroup(match[0])})
    }
    for (const match of text.matchAll(/[\u00C0-\u024F]/g)) {
      const name = namedLetters[match[0]]
      const entity = name ? `&${name};` : `&#${match[0].codePointAt(0)};`
      edits.push({from: match.index, to: match.index + 1, insert: entity, variant: 'letter'})
    }
    if (edits.length > 0) return pickEdit(rng, edits)
    // `&nbsp;` decodes to a no-break space, not the space it replaced: the rule page's repair is U+00A0.
    for (const match of text.matchAll(/(?<=\p{L}) (?=\p{L})/gu)) {
      edits.push({from: match.index, to: match.index + 1, insert: '&nbsp;', repaired: '\u00A0', variant: '&nbsp;'})
    }
    return pickEdit(rng, edits)
  }
}

const invisibles: ReadonlyArray<[string, string]> = [
  ['\u200B', 'zero-width space'],
  ['\u00AD', 'soft hyphen'],
  ['\uFEFF', 'byte-order mark']
]

export const invisibleCharacter: DefectClass = {
  name: 'invisible-character',
  rules: ['invisible-character'],
  fixable: true,
  inject(context, rng) {
    const text = paragraphOf(context)
    const [character, name] = rng.pick(invisibles)
    const edits: Edit[] = []
    for (const match of text.matchAll(/(?<=\p{L})(?=\p{L})/gu)) {
      const at = match.index
      edits.push({from: at - 1, to: at + 1, insert: `${text[at - 1]}${character}${text[at]}`, variant: `${name} inside a word`})
    }
    for (const match of text.matchAll(/(?<=\p{L}) (?=\p{L})/gu)) {
      const at = match.index
      edits.push({from: at - 1, to: at + 1, insert: `${text[at - 1]}${character} `, variant: `${name} between words`})
      edits.push({from: at, to: at + 2, insert: ` ${character}${text[at + 1]}`, variant: `${name} between words`})
    }
    return pickEdit(rng, edits)
  }
}
