/**
 * The adversarial patterns of `npm run bench:adversarial` (issues 11 and 17): each a unit repeated
 * to a size, in the formats it means something in. `tests/adversarial.test.ts` checks that the
 * patterns the issues name are here, and fixes each one at a small size.
 */
import type {Format} from '../src/formats/extensions.js'

export interface Pattern {
  name: string
  /** The unit repeated to the size, or a function that makes the input of a size. */
  unit: string | ((size: number) => string)
  /** Formats the pattern means something in; plain text always. */
  formats: readonly Format[]
  /** Also time `fix()`. */
  fix?: boolean
}

const all: readonly Format[] = ['text', 'markdown', 'html']
const text: readonly Format[] = ['text']

/** Words that do not repeat one another, for long sentences that no rule should flag as doubled. */
const words = 'the minister said that talks on trade would resume in spring after a long pause between both sides'.split(' ')

/** A sentence of distinct words without a period, as long as the size. */
function longSentence(size: number): string {
  let value = ''
  for (let index = 0; value.length < size; index++) value += words[index % words.length] + (index % words.length === 0 ? 'x' + index : '') + ' '
  return value
}

export const patterns: readonly Pattern[] = [
  {name: 'news prose (baseline)', unit: 'The minister said on Monday that talks with “both sides” would resume, officials added.\n\n', formats: all, fix: true},
  {name: 'a.a.a. (no spaces)', unit: 'a.', formats: all, fix: true},
  {name: 'a.a.a. in 5,000-character words', unit: 'a.'.repeat(2500) + ' ', formats: text},
  {name: 'a/a/a/ in 1,999-character words (just under the run limit)', unit: 'a/'.repeat(999) + 'a ', formats: text},
  {name: 'a,a,a, (sentence without spaces)', unit: 'a,', formats: text},
  {name: 'a-a-a- (hyphenated, no spaces)', unit: 'a-', formats: text},
  {name: "a'a'a' (apostrophes, no spaces)", unit: "a'", formats: text},
  {name: 'a/a/a/ (slashes, no spaces)', unit: 'a/', formats: text},
  {name: 'U.S.U.S. (initialisms, no spaces)', unit: 'U.S.', formats: text},
  {name: 'spaces', unit: ' ', formats: all, fix: true},
  {name: 'tabs', unit: '\t', formats: all},
  {name: 'words between runs of white space', unit: 'word' + ' '.repeat(1000) + '\t \u00a0\n', formats: all, fix: true},
  {name: 'blank CRLF lines', unit: '\r\n', formats: all, fix: true},
  {name: 'blank LF lines', unit: '\n', formats: all},
  {name: 'LF lines of one word', unit: 'word\n', formats: all},
  {name: 'blank CR lines', unit: '\r', formats: text},
  {name: 'vertical tabs and form feeds', unit: '\v\f', formats: all},
  {name: '&amp; entities', unit: '&amp;', formats: all, fix: true},
  {name: '&#8220; numeric entities, spaced', unit: '&#8220; ', formats: all},
  {name: 'tiny paragraphs A.\\n\\n', unit: 'A.\n\n', formats: all, fix: true},
  {name: 'lines A.\\n', unit: 'A.\n', formats: text},
  {name: 'curly opening quotes “““', unit: '“', formats: all},
  {name: 'spaced closing quotes ” ” ”', unit: '” ', formats: all, fix: true},
  {name: 'straight quotes """', unit: '"', formats: all},
  {name: 'spaced straight quotes " " "', unit: '" ', formats: all},
  {name: 'full-width commas ，，，', unit: '，', formats: all, fix: true},
  {name: 'full-width marks ＊＜［＼', unit: '＊＜［＼', formats: all},
  {name: 'foreign quotations «a» „b“', unit: '«a» „b“ ', formats: all, fix: true},
  {name: 'unclosed guillemets « « «', unit: '« a ', formats: all},
  {name: 'zero-width spaces', unit: '\u200B', formats: all},
  {name: 'words with zero-width spaces', unit: 'word\u200B ', formats: text},
  // Between letters, the word list decides: read once, then a look-up and a bounded search for `#`/`@` each.
  {name: 'zero-width spaces between words of\u200Bthe', unit: 'of\u200Bthe plan ', formats: all, fix: true},
  {name: 'the the the', unit: 'the ', formats: all, fix: true},
  {name: 'dots .........', unit: '.', formats: all},
  {name: 'spaced ellipses . . .', unit: '. ', formats: all, fix: true},
  {name: 'words and spaced ellipses a . . .', unit: 'a . . . ', formats: all, fix: true},
  {name: 'x., x., x.,', unit: 'x., ', formats: text, fix: true},
  {name: 'ellipses …… and ?....', unit: '?.... ', formats: text},
  {name: 'said Li said Li', unit: 'said Li ', formats: all},
  {name: 'said Li. Li said. (attributions)', unit: 'said Li. Li said. ', formats: all},
  {name: '-a -a -a', unit: '-a ', formats: all, fix: true},
  {name: 'dashes -- -- --', unit: 'a -- ', formats: text},
  {name: 'long word aaaa', unit: 'a', formats: all},
  {name: 'long CJK word 東京電力', unit: '東京電力', formats: all},
  {name: 'mixed scripts 東京 Tokyo', unit: '東京 Tokyo ', formats: all},
  {name: 'CJK sentences 東京。', unit: '東京。', formats: text},
  {name: 'one long sentence without a period', unit: longSentence, formats: all},
  {name: 'digits 250000 ', unit: '250000 ', formats: text},
  {name: 'URLs', unit: 'https://example.com/a.b ', formats: text},
  {name: 'opening brackets ((((', unit: '(', formats: all},
  {name: 'closing brackets ))))', unit: ')', formats: all},
  {name: 'spaced brackets ( ( (', unit: '( ', formats: text},
  {name: 'Markdown > > > nesting', unit: '> ', formats: ['markdown']},
  {name: 'Markdown > > > lines', unit: '> a\n', formats: ['markdown']},
  {name: 'Markdown * * * lists', unit: '* ', formats: ['markdown']},
  {name: 'Markdown * * * rules', unit: '* * *\n', formats: ['markdown']},
  {name: 'Markdown # headings', unit: '# A\n', formats: ['markdown']},
  {name: 'Markdown [a](b) links', unit: '[a](https://example.com/b) ', formats: ['markdown']},
  {name: 'Markdown [[[[', unit: '[', formats: ['markdown']},
  {name: 'Markdown *emphasis* runs', unit: '*a* ', formats: ['markdown']},
  {name: 'Markdown `code` runs', unit: '`a` ', formats: ['markdown']},
  {name: 'Markdown a* a* (emphasis closers without openers)', unit: 'a* ', formats: ['markdown']},
  {name: 'Markdown _a_ ~a~ emphasis and strikethrough', unit: '_a_ ~a~ ', formats: ['markdown']},
  {name: 'Markdown ]]]] (footnote calls looked for)', unit: '] ', formats: ['markdown']},
  {name: 'Markdown [a] [a] (brackets without links)', unit: '[a] ', formats: ['markdown']},
  {name: 'Markdown `code` between words', unit: '`a` ab ', formats: ['markdown']},
  {name: 'Markdown e-mail autolinks a@b.c', unit: 'a@b.c ab ', formats: ['markdown']},
  {name: 'Markdown URL autolinks http://a.b', unit: 'http://a.b ab ', formats: ['markdown']},
  {
    name: 'Markdown 490 emphases (just under the density bound), then words',
    unit: (size: number) => '*a* '.repeat(490) + 'ab '.repeat(Math.ceil((size - 1960) / 3)),
    formats: ['markdown']
  },
  {name: 'HTML <b><b><b> nesting', unit: '<b>', formats: ['html']},
  {name: 'HTML <div> nesting', unit: '<div>', formats: ['html']},
  {name: 'HTML <p>a paragraphs', unit: '<p>a', formats: ['html']},
  {name: 'HTML comments', unit: '<!-- a -->', formats: ['html']}
]

export const sizes = {'100 KB': 100_000, '1 MB': 1_000_000} as const

export function makeInput(pattern: Pattern, size: number): string {
  if (typeof pattern.unit === 'function') return pattern.unit(size)
  return pattern.unit.repeat(Math.ceil(size / pattern.unit.length))
}

