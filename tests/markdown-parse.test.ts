/**
 * `parseMarkdown` builds plain paragraphs itself and gives micromark only the other blocks: its tree,
 * positions included, must be the one `markdownParser` gives for the whole document. The prose
 * mtlint reads (`extractMarkdown`) is made from that tree and the source alone, so it is the same too.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownParser, maxNesting, parseMarkdown} from '../src/formats/markdown-parse.js'
import {lint} from '../src/processor.js'

const whole = (source: string) => markdownParser.parse(source)

function expectSameParse(source: string): void {
  expect(parseMarkdown(source), JSON.stringify(source)).toEqual(whole(source))
}

const read = (url: URL) => readFileSync(url, 'utf8')

describe('parseMarkdown gives the tree of a whole parse', () => {
  it.each([
    ['empty', ''],
    ['blank lines only', '\n\n  \n\t\n'],
    ['tiny paragraphs', 'A.\n\n'.repeat(50)],
    ['lines of one word', 'word\n'.repeat(20)],
    ['CRLF and CR line ends', 'A line.\r\nAnother.\r\n\r\nThird\rfourth.\r\r'],
    ['trailing white space on the last line of a paragraph', 'The end.  \n\nNext one.\t\n'],
    ['trailing white space before a soft break', 'Two spaces  \nmake a break.\n\nOne space \nis dropped.'],
    ['long runs of white space', ('word' + ' '.repeat(1000) + '\t \u00a0\n').repeat(3) + '# Head' + ' '.repeat(500) + '\n\nEnd' + ' '.repeat(300)],
    ['indented continuation', 'First line\n   indented second.\n\nPlain.'],
    ['a list, then plain prose', '- one\n- two\n\n  still two\n\nAfter the list.\n\n1. first\n\n2) second\n\nProse.'],
    ['block quotes', '> quoted\nlazy line\n\nPlain.\n\n> again\n\n> and again'],
    [
      'block quotes of plain lines, and ones that are not',
      '> a\n> b c\n\nPlain.\n\n> one\r\n> two\r\n\r\n>a\n>b\n\n>  two spaces\n> x\n\n> trailing \n> y\n\n> last trailing  \n\n> a\nlazy\n\n' +
        '> # h\n> a\n\n> a\n> ---\n\n> a\n> > b\n\n> - a\n\n> a *b*\n\n# Head\n> a\n\n> a\n\n> b\n\n>\ta\n\n> \u00a0a\n> end'
    ],
    ['ATX headings among plain lines', '# Title\nA line.\n## Sub ##\nB  \n# C  \n\n###### Six\n####### Seven\n#\n# \n#\tTab\n#  Two  spaces  \n# 1. A\n\nPlain.'],
    ['headings and setext underlines', '# Title\n\nA paragraph.\n\nSetext\n======\n\nOther\n---\n\nPlain.'],
    ['indented code between paragraphs', 'Plain.\n\n    code\n\n    more code\n\nPlain again.'],
    ['a table', 'Plain.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nPlain.'],
    // Text with no `|` and no `:` beside a `-` is parsed without GFM's tables: it cannot hold one.
    ['tables without a pipe', 'Head\n:-:\n\nPlain.\n\nHead\n--:\nrow\n\n> a\n> :-\n\n- a\n  -:\n\nPlain.'],
    ['setext underlines and rules, no table', 'Head\n---\n\nA *b*\n- - -\n\nc: d\n\n*e* f\n=\n\nPlain.'],
    ['inline markup', 'Some *emphasis* and `code`.\n\nA [link](https://example.com) and www.example.com.\n\nPlain.'],
    ['autolink literals', 'Visit www.example.com today.\n\nMail a@b.co now.\n\nSee https://example.com.\n\nPlain.'],
    ['entities and escapes', 'Tom &amp; Jerry.\n\nAn escaped \\* star.\n\nPlain.'],
    ['hyphens and plus signs glued to a word, and ones that open a list', '-a -a -a\n\n+1 vote.\n\n- item\n\n-\n\n--a\n\n+ item\n\nPlain.'],
    ['numbers that open a list', '2021 was a year.\n\n3.5 percent.\n\n12) twelve.\n\nPlain.'],
    ['thematic breaks among plain lines', 'A line.\n* * *\nB  \n***  \n_ _ _\t\n*\t*\t*\n* * * a\n**\n- - -\nC\n---\n\nPlain.'],
    ['thematic breaks', 'Plain.\n\n***\n\n- - -\n\n___\n\nPlain.'],
    ['HTML blocks', '<div>\nblock\n</div>\n\nPlain.\n\n<span>inline</span> html.'],
    ['a fence', 'Plain.\n\n```\ncode\n\nstill code\n```\n\nPlain.'],
    ['an HTML comment over a blank line', 'Plain.\n\n<!-- a\n\nb -->\n\nPlain.'],
    ['a reference before its definition', 'See [the site].\n\nPlain.\n\n[the site]: https://example.com'],
    ['front matter', '---\ntitle: A\n---\n\nPlain.'],
    ['a thematic break like front matter later', 'Plain.\n\n---\n\nPlain.'],
    ['a front matter fence after blank lines, before other blocks', '\n---\n>\n\nPlain.\n\n+++\n1. a'],
    ['tabs and other white space', 'A\ttab.\n\n\u00a0Starts with a no-break space.\n\n\u000bVertical tab.\n\nPlain.'],
    ['full-width and quotes', '“Quoted,” he said，and left.\n\n＊Not emphasis＊.\n\nPlain.']
  ])('%s', (_name, source) => expectSameParse(source))

  const samples = ['../samples/city-guide.md', 'fixtures/article.md'].map((path) => new URL(path, import.meta.url))
  it.each(samples.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))('the Markdown sample %s', (_name, url) => {
    const source = read(url)
    expectSameParse(source)
  })

  const corpus = new URL('../../shared/corpus/wmt22/', import.meta.url)
  it.skipIf(!existsSync(corpus))('machine translations of the WMT22 corpus, read as Markdown (skipped without ../shared)', () => {
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.jsonl'))) {
      const texts = read(new URL(name, corpus)).split('\n').filter(Boolean).slice(0, 300).map((line) => (JSON.parse(line) as {text: string}).text)
      // Each translation as one document, its lines first as lines of a paragraph, then as paragraphs.
      for (const text of texts) {
        expectSameParse(text)
        expectSameParse(text.replaceAll('\n', '\n\n'))
      }
    }
  })

  const pieces = [
    'The talks', ' resumed', '.', ',', ':', ' ', '  ', '\t', '\n', '\n', '\n\n', '\n\n', '\r\n', '\r', '“', '”', '"',
    '*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '&amp;', '&', '\\', '|', '#', '# ', '## ', '###### ', '####### ', '- ', '-', '+ ', '* ', '1. ',
    '2) ', '3.5', ':-', '-:', ':-:', '-a', '+a', '--', '> ', '    ', '   ', '===', '---', '***', '* * *', '___', '```', '~~~', '<div>', '<!--', '-->', '[a]: b', '[a]',
    'www.example.com', 'https://x.y', 'a@b.co', '!', '@', '\u00a0', '\u000b', '，', '＊'
  ]
  it('generated documents', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => expectSameParse(parts.join(''))),
      {numRuns: 3000, seed: 20261207}
    )
  })
})

describe('parseMarkdown on nesting', () => {
  it.each([
    ['block quotes', '> '],
    ['list items', '- '],
    ['numbered list items', '1. '],
    ['both', '> * ']
  ])('parses %s nested as deep as the limit, and refuses one level more', (_name, marker) => {
    const depth = marker === '> * ' ? maxNesting / 2 : maxNesting
    expectSameParse(`${marker.repeat(depth)}a\n\nPlain.`)
    expect(() => parseMarkdown(`Plain.\n\n${marker.repeat(depth)}${marker.trim()} a`)).toThrow(RangeError)
  })

  it('takes a line of list markers and nothing else for the thematic break it is', () => {
    expectSameParse(`${'* '.repeat(maxNesting * 10)}\n\n${'- '.repeat(maxNesting * 10)}`)
  })

  it('makes a document nested deeper a file error, without parsing it', () => {
    const file = lint(`${'- '.repeat(100_000)}the the\n`, {path: 'a.md'})
    expect(file.messages.map((message) => message.reason)).toEqual(['Markdown nested too deeply to lint'])
  })
})
