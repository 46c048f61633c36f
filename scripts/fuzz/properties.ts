/**
 * Generated articles and the properties every lint and fix must keep on them, shared by
 * `tests/properties.test.ts` (a small seeded budget in `npm test`) and `npm run fuzz` (a large one).
 * Each check throws an `Error` saying what broke, so `fast-check` can shrink the input that broke it.
 */
import fc from 'fast-check'
import type {Format} from '../../src/formats/extensions.js'
import {markupSignature} from '../../src/formats/structure.js'
import {isFailure, offsetsOf} from '../../src/message.js'
import {fix, lint} from '../../src/processor.js'

/** Pieces of prose and of damage: words, marks, quotes, dashes, full-width marks, invisible characters, line ends. */
const prose = [
  'The talks', ' will resume', ' next week', 'he added', ' said Shih', ' told CNN', ' the the', ' in in', ' and',
  ' heaviest and heaviest', ' most heaviest', ' U.S.', ' 3.5', ' e.g.', " '90s", ' -United', ' -new', ' etc.',
  '.', ',', ';', ':', '?', '!', '…', '...', '. .', ',,', '.,', ',.', '?.', ' ', '  ', '\t', '\n', '\r\n', '\n\n',
  '\u000b', '\u000c', '"', '“', '”', "'", '‘', '’', '(', ')', '[', ']', ' - ', '--', '—', ' – ', '，', '。', '：',
  '（', '）', '＜', '＞', '［', '］', '＊', '＼', '＆', '\u200b', '\u00a0', '\uFEFF', '&amp;', '&quot;',
  ' https://example.com/a-b.c', ' 250000', ' 2021-11-10', ' kg.', ' dpa'
]
const markdown = ['*', '**', '_', '`code`', '[link](https://example.com)', '<b>', '</b>', '# ', '- ', '1. ', '> ', '|', '\\']
const html = ['<p>', '</p>', '<b>', '</b>', '<li>', '<a href="x">', '</a>', '<!-- c -->', '&lt;', '&#39;', '<code>x</code>']

export interface FuzzFormat {
  id: Exclude<Format, 'xliff'>
  /** How tests and reports name it. */
  label: string
  /** The path the article is linted under, which picks its format. */
  path: string
  /** Markup pieces mixed into the prose. */
  pieces: readonly string[]
}

export const fuzzFormats: readonly FuzzFormat[] = [
  {id: 'text', label: 'text', path: 'a.txt', pieces: []},
  {id: 'markdown', label: 'Markdown', path: 'a.md', pieces: markdown},
  {id: 'html', label: 'HTML', path: 'a.html', pieces: html}
]

/** Articles of up to 30 pieces of prose and of the format's markup. */
export const article = (format: FuzzFormat): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...prose, ...format.pieces), {maxLength: 30}).map((parts) => parts.join(''))

/** 1-based line and column of an offset, counting CRLF, CR and LF as one line break each, as vfile does. */
export function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let at = 0; at < offset; at++) {
    const code = text.charCodeAt(at)
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      line++
      lineStart = at + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

const lineEnds = (text: string) => ({crlf: /\r\n/.test(text), bareLf: /(?<!\r)\n/.test(text)})

/** Linting throws nothing, crashes no rule, and puts each message within the text at the line and column of its offset. */
export function checkLint(format: FuzzFormat, text: string): void {
  const file = lint(text, {path: format.path})
  const value = String(file)
  const failures = file.messages.filter(isFailure).map((message) => message.reason)
  if (failures.length > 0) throw new Error(`lint failed: ${failures.join('; ')}`)
  for (const message of file.messages) {
    const offsets = offsetsOf(message)
    if (!offsets) throw new Error(`${message.ruleId}: message without offsets`)
    if (!(0 <= offsets.from && offsets.from <= offsets.to && offsets.to <= value.length)) {
      throw new Error(`${message.ruleId}: offsets ${offsets.from}-${offsets.to} outside the text of ${value.length}`)
    }
    const expected = pointOf(value, offsets.from)
    if (message.line !== expected.line || message.column !== expected.column) {
      throw new Error(`${message.ruleId}: at ${message.line}:${message.column}, but offset ${offsets.from} is ${expected.line}:${expected.column}`)
    }
  }
}

/** Fixing reaches a fixed point in one call, keeps CRLF line endings and, in markup, the markup. */
export function checkFix(format: FuzzFormat, text: string): void {
  const once = String(fix(text, {path: format.path}).value)
  const twice = String(fix(once, {path: format.path}).value)
  if (twice !== once) throw new Error(`fix is not idempotent: ${JSON.stringify(once)} became ${JSON.stringify(twice)}`)
  const [before, after] = [lineEnds(text), lineEnds(once)]
  if (before.crlf && !before.bareLf && after.bareLf) throw new Error(`fix put a bare LF into CRLF text: ${JSON.stringify(once)}`)
  if (format.id !== 'text' && markupSignature(format.id, once) !== markupSignature(format.id, text)) {
    throw new Error(`fix changed the markup: ${JSON.stringify(once)}`)
  }
}

export interface FuzzProperty {
  /** Short name, for `--property` and reports. */
  name: 'lint' | 'fix'
  description: string
  check: (format: FuzzFormat, text: string) => void
}

export const fuzzProperties: readonly FuzzProperty[] = [
  {name: 'lint', description: 'no exception or crash; messages within the text, line and column agreeing with the offset', check: checkLint},
  {name: 'fix', description: 'fixing is idempotent, keeps the line-ending style and the markup', check: checkFix}
]
