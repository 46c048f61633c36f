/**
 * Properties every lint and fix must keep, on generated articles in each format: no exception, no
 * crash of a rule, messages within the text with line and column agreeing with their offsets,
 * fixing idempotent and keeping line endings, and in Markdown and HTML the markup unchanged. Seeded,
 * with a fixed budget; `fast-check` shrinks a failure to a small counterexample.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markupSignature} from '../src/formats/structure.js'
import {isFailure, offsetsOf} from '../src/message.js'
import {fix, lint} from '../src/processor.js'

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

const article = (extra: readonly string[]) =>
  fc.array(fc.constantFrom(...prose, ...extra), {maxLength: 30}).map((parts) => parts.join(''))

const formats = [
  {name: 'text', path: 'a.txt', pieces: [] as string[]},
  {name: 'Markdown', path: 'a.md', pieces: markdown},
  {name: 'HTML', path: 'a.html', pieces: html}
] as const

/** 1-based line and column of an offset, counting CRLF, CR and LF as one line break each, as vfile does. */
function pointOf(text: string, offset: number): {line: number; column: number} {
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

const lineEnds = (text: string) => ({crlf: (text.match(/\r\n/g) ?? []).length > 0, bareLf: /(?<!\r)\n/.test(text)})

describe('properties of lint and fix', () => {
  for (const format of formats) {
    it(`${format.name}: no exception or crash; messages within the text, line and column agreeing with the offset`, () => {
      fc.assert(
        fc.property(article(format.pieces), (text) => {
          const file = lint(text, {path: format.path})
          const value = String(file)
          expect(file.messages.filter(isFailure).map((message) => message.reason)).toEqual([])
          for (const message of file.messages) {
            const offsets = offsetsOf(message)!
            expect(0 <= offsets.from && offsets.from <= offsets.to && offsets.to <= value.length).toBe(true)
            expect({line: message.line, column: message.column}).toEqual(pointOf(value, offsets.from))
          }
        }),
        {numRuns: 1000, seed: 20261206}
      )
    })

    it(`${format.name}: fixing is idempotent, keeps the line-ending style${format.name === 'text' ? '' : ' and the markup'}`, () => {
      fc.assert(
        fc.property(article(format.pieces), (text) => {
          const once = String(fix(text, {path: format.path}).value)
          expect(String(fix(once, {path: format.path}).value)).toBe(once)
          const [before, after] = [lineEnds(text), lineEnds(once)]
          if (before.crlf && !before.bareLf) expect(after.bareLf).toBe(false)
          if (format.name !== 'text') {
            const kind = format.name === 'HTML' ? 'html' : 'markdown'
            expect(markupSignature(kind, once)).toBe(markupSignature(kind, text))
          }
        }),
        {numRuns: 1000, seed: 20261206}
      )
    })
  }
})
