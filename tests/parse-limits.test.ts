import fc from 'fast-check'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {defaultLimits, parseBounded} from '../src/bounded-parse.js'
import {LinearParseEnglish, ParseEnglishSentences} from '../src/linear-parse-english.js'
import {isFileError} from '../src/message.js'
import {fix, lint} from '../src/processor.js'

/** Messages of rules that crashed (the linter reports them as fatal messages with a cause). */
const crashes = (messages: VFileMessage[]) => messages.filter((message) => message.cause !== undefined).map((message) => message.reason)

const limitMessages = (messages: VFileMessage[]) =>
  messages
    .filter((message) => message.ruleId === 'parse-limit')
    .map((message) => ({
      messageId: message.messageId,
      from: message.place && 'start' in message.place ? message.place.start.offset : undefined,
      to: message.place && 'start' in message.place ? message.place.end.offset : undefined,
      line: message.line,
      column: message.column,
      fatal: message.fatal
    }))

describe('inputs that overflowed or stalled the parser', () => {
  const dotted = 'a.'.repeat(500_000)

  it('lints a megabyte of `a.a.a.` as one source node, and says so', () => {
    const file = lint(dotted)
    expect(crashes(file.messages)).toEqual([])
    expect(limitMessages(file.messages)).toEqual([{messageId: 'tooLong', from: 0, to: 1_000_000, line: 1, column: 1, fatal: false}])
  })

  it('fixes around such a run at the right offsets, and leaves the run alone', () => {
    // Just over the limit: `space-before-punctuation` takes seconds on a paragraph after a longer run.
    const run = 'a.'.repeat(defaultLimits.run / 2 + 1)
    const text = `Hello  world.\n\n${run}\n\nThe talks ,resumed.\n`
    const fixed = fix(text)
    expect(String(fixed.value)).toBe(`Hello world.\n\n${run}\n\nThe talks, resumed.\n`)
    expect(limitMessages(fixed.messages)).toEqual([{messageId: 'tooLong', from: 14, to: 14 + run.length, line: 3, column: 1, fatal: false}])
  })

  it('keeps the offsets of messages after a long run on the same line', () => {
    const run = '&amp;'.repeat(3000)
    const text = `Officials said , ${run} and the the talks ended.`
    const messages = lint(text).messages.filter((message) => message.ruleId !== 'parse-limit')
    const at = (ruleId: string) => messages.find((message) => message.ruleId === ruleId)
    expect(at('space-before-punctuation')?.place).toMatchObject({start: {line: 1, column: 15, offset: 14}})
    const repeated = text.indexOf('the the') + 3
    expect(at('repeated-word')?.place).toMatchObject({start: {line: 1, column: repeated + 1, offset: repeated}})
  })

  it('lints a two-megabyte word', () => {
    const file = lint('a'.repeat(2_000_000))
    expect(crashes(file.messages)).toEqual([])
    expect(limitMessages(file.messages)).toEqual([{messageId: 'tooLong', from: 0, to: 2_000_000, line: 1, column: 1, fatal: false}])
  })

  it('lints a megabyte sentence without spaces', () => {
    const file = lint('Shih,said;the-talks:resumed/on&Monday'.repeat(27_028))
    expect(crashes(file.messages)).toEqual([])
    expect(limitMessages(file.messages)).toMatchObject([{messageId: 'tooLong', from: 0, line: 1, column: 1}])
  })

  it('lints a megabyte of `a.a.a.` in Markdown and HTML, with the source offsets of the run', () => {
    const markdown = lint(`# Title\n\n${dotted}\n`, {path: 'a.md'})
    expect(crashes(markdown.messages)).toEqual([])
    expect(limitMessages(markdown.messages)).toEqual([{messageId: 'tooLong', from: 9, to: 1_000_009, line: 3, column: 1, fatal: false}])
    const html = lint(`<p>${dotted}</p>`, {path: 'a.html'})
    expect(crashes(html.messages)).toEqual([])
    expect(limitMessages(html.messages)).toEqual([{messageId: 'tooLong', from: 3, to: 1_000_003, line: 1, column: 4, fatal: false}])
  })

  it('reports markup nested too deeply to parse as a file error, and changes nothing', () => {
    const fileErrors = (messages: VFileMessage[]) => messages.filter(isFileError).map((message) => message.reason)
    const html = `<p>${'<b>'.repeat(5000)}the the</p>`
    expect(fileErrors(lint(html, {path: 'a.html'}).messages)).toEqual(['HTML nested too deeply to lint'])
    const fixed = fix(html, {path: 'a.html'})
    expect(String(fixed.value)).toBe(html)
    expect(fileErrors(fixed.messages)).toEqual(['HTML nested too deeply to lint'])
    const markdown = `${'> '.repeat(10_000)}the the\n`
    expect(fileErrors(lint(markdown, {path: 'a.md'}).messages)).toEqual(['Markdown nested too deeply to lint'])
    // Nesting an article may have is parsed as usual.
    expect(lint(`${'> '.repeat(20)}the the\n`, {path: 'a.md'}).messages.map((message) => message.ruleId)).toEqual(['repeated-word'])
  })
})

/** Every node's offsets hold its text, and its line and column agree with its offset. */
function expectPositionsHold(tree: Root, text: string): void {
  const place = location(new VFile(text))
  const visit = (node: Root | Root['children'][number]) => {
    const {start, end} = node.position!
    expect(text.slice(start.offset, end.offset)).toBe(toString(node))
    expect(place.toPoint(start.offset!)).toEqual({line: start.line, column: start.column, offset: start.offset})
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number])
  }
  expect(toString(tree)).toBe(text)
  for (const child of tree.children) visit(child)
}

// Pieces of prose with the shapes parse-latin's merges depend on: abbreviations, initials, lowercase
// and digit sentence starts, closing quotes after a period, sentences without words, line breaks.
const pieces = [
  'The talks', ' resumed', ' on Monday', '.', ',', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', ' \n ', '\t',
  ' Mr. Li', ' U.S.', ' e.g.', ' 3.5', ' 10', '. he added', '. 2021 was', '.”', ' “Yes', '!', '?', '…', '...',
  ' — ', ' (it', ')', ' - ', ' it’s', " don't", ' #tag', ' 東京', '. .', ' ;', ':', ' a.b.c', '\u00A0', '\v',
  'A.', '\n\u00A0\n', ' \r\r ', '\n\n\n'
]
const prose = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 80}).map((parts) => parts.join(''))

describe('parse-english without its quadratic plugin', () => {
  it('gives the trees of the plain parser, blank lines inside sentences included', () => {
    const texts = [
      'A.\n\n'.repeat(2000),
      'He said\n\nthat\n\n\nit was. . .\r\n\r\nso\n \n and\n\u00A0\nthen. Mr.\n\nLi left',
      '\n\nA.\n\n',
      'a\n\nb'
    ]
    for (const text of texts) expect(new LinearParseEnglish().parse(text)).toEqual(new ParseEnglishSentences().parse(text))
    fc.assert(
      fc.property(prose, (text) => {
        expect(new LinearParseEnglish().parse(text)).toEqual(new ParseEnglishSentences().parse(text))
      }),
      {numRuns: 300, seed: 20_261_206}
    )
  })
})

describe('parsing in bounded pieces', () => {
  it('gives the tree of the plain parser, when every cut checked out (small chunks force many cuts)', () => {
    fc.assert(
      fc.property(prose, fc.integer({min: 8, max: 120}), (text, chunk) => {
        const bounded = parseBounded(text, {chunk, run: defaultLimits.run})
        expectPositionsHold(bounded.tree, text)
        if (bounded.unchecked === 0) expect(bounded.tree).toEqual(new ParseEnglishSentences().parse(text))
      }),
      {numRuns: 400, seed: 20_240_611}
    )
  })

  it('cuts long articles only where the parts join back exactly', () => {
    const sentences = ['The talks resumed on Monday, Mr. Li said.', 'he added that the U.S. would join.', '“We agree.”', '2021 was hard.', 'Prices rose 3.5 percent.']
    const lines: string[] = []
    for (let index = 0; lines.join('\n').length < 3 * defaultLimits.chunk; index++) {
      lines.push(sentences.slice(index % 5).concat(sentences.slice(0, index % 5)).join(' '))
      if (index % 7 === 6) lines.push('')
    }
    const text = lines.join('\n')
    const bounded = parseBounded(text)
    expect(bounded.unchecked).toBe(0)
    expect(bounded.tree).toEqual(new ParseEnglishSentences().parse(text))
  })

  it('keeps positions right through unchecked cuts', () => {
    // Found by the property above: with chunks this small, no white space near the end of some
    // chunks checks out.
    const text = '? Mr. Li\r\n\r\n don\'t it’s.  , on Monday. .. 2021 was it’s. (it on Monday e.g.! resumed #tag don\'t\r\n\r\n it’s don\'t 3.5?  a.b.c. don\'t e.g.. 2021 was. he added \n \n\n.”\n\n'
    const bounded = parseBounded(text, {chunk: 9, run: defaultLimits.run})
    expect(bounded.unchecked).toBeGreaterThan(0)
    expectPositionsHold(bounded.tree, text)
  })
})
