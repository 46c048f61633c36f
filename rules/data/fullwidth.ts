/**
 * Full-width and ideographic punctuation (Chinese, Japanese) and its English form, for
 * `fullwidth-punctuation`. Full-width ASCII variants (U+FF01–U+FF5E) map to the ASCII character
 * 0xFEE0 below them (their compatibility decomposition); the ideographic marks are listed here.
 */

/**
 * How a mark behaves in English:
 * - `stop`: a comma, period, colon and the like, followed by a space before a word;
 * - `open` / `close`: a bracket, preceded (`open`) or followed (`close`) by a space next to a word;
 * - `alnum`: a full-width letter or digit (reported as a run);
 * - `other`: anything else (`＃`, `％`, `／`), replaced as it is.
 */
export type MarkKind = 'stop' | 'open' | 'close' | 'alnum' | 'other'

/**
 * How the English form is chosen:
 * - `fixed`: the `ascii` field;
 * - `quote`: a double quote in the article's style (`「」`, `『』` outside `「」`, `〝〞`);
 * - `title`: a title mark (`《》`, `〈〉`), for which a person chooses between quotes and nothing;
 * - `unsure`: the `ascii` field, as a suggestion only (`～`, which is a range dash between numbers).
 */
export type MarkForm = 'fixed' | 'quote' | 'title' | 'unsure'

export interface FullwidthMark {
  ascii: string
  kind: MarkKind
  form: MarkForm
}

/** The ideographic and half-width marks that have no ASCII decomposition of their own. */
const ideographic: Readonly<Record<string, FullwidthMark>> = {
  '、': {ascii: ',', kind: 'stop', form: 'fixed'},
  '､': {ascii: ',', kind: 'stop', form: 'fixed'},
  '。': {ascii: '.', kind: 'stop', form: 'fixed'},
  '｡': {ascii: '.', kind: 'stop', form: 'fixed'},
  '「': {ascii: '"', kind: 'open', form: 'quote'},
  '」': {ascii: '"', kind: 'close', form: 'quote'},
  '｢': {ascii: '"', kind: 'open', form: 'quote'},
  '｣': {ascii: '"', kind: 'close', form: 'quote'},
  '『': {ascii: '"', kind: 'open', form: 'quote'},
  '』': {ascii: '"', kind: 'close', form: 'quote'},
  '〝': {ascii: '"', kind: 'open', form: 'quote'},
  '〞': {ascii: '"', kind: 'close', form: 'quote'},
  '〟': {ascii: '"', kind: 'close', form: 'quote'},
  '《': {ascii: '"', kind: 'open', form: 'title'},
  '》': {ascii: '"', kind: 'close', form: 'title'},
  '〈': {ascii: '"', kind: 'open', form: 'title'},
  '〉': {ascii: '"', kind: 'close', form: 'title'},
  '【': {ascii: '[', kind: 'open', form: 'fixed'},
  '】': {ascii: ']', kind: 'close', form: 'fixed'},
  '〔': {ascii: '[', kind: 'open', form: 'fixed'},
  '〕': {ascii: ']', kind: 'close', form: 'fixed'},
  '〖': {ascii: '[', kind: 'open', form: 'fixed'},
  '〗': {ascii: ']', kind: 'close', form: 'fixed'},
  '〘': {ascii: '[', kind: 'open', form: 'fixed'},
  '〙': {ascii: ']', kind: 'close', form: 'fixed'},
  '〚': {ascii: '[', kind: 'open', form: 'fixed'},
  '〛': {ascii: ']', kind: 'close', form: 'fixed'}
}

/** The closing mark of each opening bracket or quote, for pairing. */
export const closerOf: Readonly<Record<string, string>> = {
  '（': '）',
  '［': '］',
  '｛': '｝',
  '＜': '＞',
  '「': '」',
  '｢': '｣',
  '『': '』',
  '〝': '〞',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '〔': '〕',
  '〖': '〗',
  '〘': '〙',
  '〚': '〛'
}

const stops = new Set([',', '.', ';', ':', '!', '?'])
const opens = new Set(['(', '[', '{', '<'])
const closes = new Set([')', ']', '}', '>'])
const alnum = /^[\dA-Za-z]$/

/** The mark at `char`, or `undefined` when it is not one this rule knows. */
export function fullwidthMark(char: string): FullwidthMark | undefined {
  const known = ideographic[char]
  if (known) return known
  const code = char.charCodeAt(0)
  if (code < 0xff01 || code > 0xff5e) return undefined
  const ascii = String.fromCharCode(code - 0xfee0)
  if (alnum.test(ascii)) return {ascii, kind: 'alnum', form: 'fixed'}
  if (stops.has(ascii)) return {ascii, kind: 'stop', form: 'fixed'}
  if (opens.has(ascii)) return {ascii, kind: 'open', form: 'fixed'}
  if (closes.has(ascii)) return {ascii, kind: 'close', form: 'fixed'}
  return {ascii, kind: 'other', form: ascii === '~' ? 'unsure' : 'fixed'}
}
