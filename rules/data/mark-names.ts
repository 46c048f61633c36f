/**
 * Words that name a mark, a symbol or a character reference, for the rules that must tell a mark
 * talked about (`the semicolon ;`, `the operator ?:`, `the entity &amp;`) from one misplaced.
 * Lower case; `rules/lib/mentioned-mark.ts` reads them.
 */

/** Nouns that name a mark or a kind of character and hardly anything else in news prose: one is enough. */
export const markNouns: ReadonlySet<string> = new Set([
  'symbol', 'symbols', 'glyph', 'glyphs', 'sequence', 'sequences',
  'delimiter', 'delimiters', 'separator', 'separators', 'punctuation', 'emoticon', 'emoticons',
  'comma', 'commas', 'semicolon', 'semicolons', 'colon', 'colons', 'ellipsis', 'apostrophe', 'apostrophes',
  'guillemet', 'guillemets', 'parenthesis', 'parentheses', 'paren', 'parens', 'brace',
  'braces', 'hyphen', 'hyphens', 'slash', 'slashes', 'backslash', 'ampersand', 'asterisk', 'asterisks', 'tilde',
  'caret', 'underscore', 'backtick', 'backticks', 'interrobang'
])

/**
 * Nouns that name a mark only after a word that says which (`question mark`, `full stop`, `HTML
 * entity`, `square brackets`): alone they are news words (`at this point , the`, `the key , he
 * said`, `the operator , Tepco`, `legal entities`, `tax bracket`).
 */
export const markHeads: ReadonlySet<string> = new Set([
  'operator', 'operators', 'entity', 'entities', 'bracket', 'brackets',
  'mark', 'marks', 'sign', 'signs', 'point', 'points', 'stop', 'stops', 'dash', 'dashes', 'dot', 'dots', 'bar',
  'bars', 'quote', 'quotes', 'character', 'characters', 'reference', 'references', 'key', 'keys', 'space', 'spaces'
])

/** Words before a head of `markHeads` that make it a mark's name. */
export const markModifiers: ReadonlySet<string> = new Set([
  'question', 'exclamation', 'quotation', 'quote', 'full', 'equals', 'equal', 'plus', 'minus', 'dollar', 'pound',
  'hash', 'number', 'percent', 'at', 'em', 'en', 'double', 'single', 'opening', 'closing', 'vertical', 'pipe',
  'special', 'unicode', 'ascii', 'html', 'ideographic', 'full-width', 'fullwidth', 'half-width', 'escape', 'character',
  'middle', 'interpunct', 'no-break', 'non-breaking', 'zero-width', 'named', 'numeric', 'empty', 'square', 'round',
  'curly', 'angle', 'scope', 'ternary', 'conditional', 'logical', 'spread', 'assignment', 'comparison', 'bitwise',
  'unary', 'binary', 'arithmetic', 'elvis', 'pipeline'
])

/** Determiners before a mark that a head of `markHeads` follows: the mark modifies the noun, `the . operator`, `a | bar`. */
export const markDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'each', 'every'])

/** Determiners no sentence ends on: a mark right after one is a word's modifier, `the . operator`, `an ! sign`. */
export const openingDeterminers: ReadonlySet<string> = new Set(['the', 'an', 'each', 'every'])

/** Conjunctions that list marks: `« and »`, `( or )`. */
export const markListWords: ReadonlySet<string> = new Set(['and', 'or'])

/** Words that name hyphens as such, before a `--` that is talked about (`two hyphens --`), not a dash. */
export const hyphenNames: ReadonlySet<string> = new Set(['hyphen', 'hyphens', 'dash', 'dashes'])
