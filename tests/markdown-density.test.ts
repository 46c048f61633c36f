/**
 * micromark's inline parse is bounded per paragraph (`src/formats/markdown-density.ts`): an ordinary
 * paragraph, however rich in markup, parses to the tree remark gives; a paragraph past the bound
 * keeps what micromark read up to it, and the rest is one node, so what micromark pairs and splices
 * does not grow with the paragraph; the linter reports such a block once and lints the others.
 */
import type {Blockquote, Html, Paragraph, Root, Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {maxMarks} from '../src/formats/markdown-density.js'
import {markdownParser, parseMarkdown, parseMarkdownDensity} from '../src/formats/markdown-parse.js'
import {fix, lint} from '../src/processor.js'

/** A fence anywhere makes `parseMarkdown` give the whole document to micromark, not block by block. */
const fence = '\n\n```\ncode\n```\n'

describe('an ordinary paragraph, rich in markup, parses as remark parses it', () => {
  it.each([
    ['200 emphases (400 marks)', '*a* '.repeat(200)],
    ['240 links (480 marks)', '[a](https://example.com/b) '.repeat(240)],
    ['closers without openers, under the bound', 'a* '.repeat(240)],
    ['300 code spans between words', '`a` ab '.repeat(300)],
    ['400 e-mail addresses', 'a@b.co ab '.repeat(400)],
    ['400 URLs', 'https://a.b/c ab '.repeat(400)],
    ['entities and escapes', 'Tom &amp; Jerry \\* said &#8220;yes&#8221;. '.repeat(100)],
    ['news prose with links and emphasis', 'The *minister* said on [Monday](https://example.com) that `talks` would resume. '.repeat(60)],
    ['a table of 2,000 rows, each cell its own paragraph', '| a | b |\n| - | - |\n' + '| *a* [b](c) | `d` _e_ |\n'.repeat(2000)],
    ['a tight list of 2,000 links', '- [a](https://example.com) *b*\n'.repeat(2000)],
    ['a block quote of 100 lines with emphasis', '> a *b* c\n'.repeat(100)]
  ])('%s', (_name, paragraph) => {
    for (const source of [paragraph, paragraph + fence]) {
      const {tree, dense} = parseMarkdownDensity(source)
      expect(dense).toEqual([])
      expect(tree).toEqual(markdownParser.parse(source))
    }
  })
})

describe('a paragraph past the bound', () => {
  const dense = [
    ['*a* ', 'emphasis'],
    ['a* ', 'emphasis closers without openers'],
    ['_a_ ~a~ ', 'emphasis and strikethrough'],
    ['] ', 'closing brackets (footnote calls looked for)'],
    ['[a] ', 'brackets without links'],
    ['[a](b) ', 'links'],
    ['`a` ab ', 'code spans between words'],
    ['`a` ', 'code spans'],
    ['&#8220; ', 'character references'],
    ['a@b.co ab ', 'e-mail autolinks'],
    ['http://a.b ab ', 'URL autolinks']
  ] as const

  it.each(dense)('of `%s` (%s): micromark reads the same number of nodes at 3 and 12 times the bound', (unit, _name) => {
    const counts = [3, 12].map((times) => {
      const source = `Before.\n\n${unit.repeat(times * maxMarks)}\n\nAfter.`
      for (const input of [source, source + fence]) {
        const {tree, dense} = parseMarkdownDensity(input)
        expect(dense).toHaveLength(1)
        const paragraph = tree.children[1] as Paragraph
        expect(paragraph.position?.start.offset).toBe(9)
        expect(paragraph.position?.end.offset).toBe(9 + unit.length * times * maxMarks)
        // The rest of the paragraph, from where it turned too dense, is one node holding the source.
        const rest = paragraph.children[paragraph.children.length - 1] as Html
        expect(rest.type).toBe('html')
        expect(input.slice(rest.position!.start.offset, rest.position!.end.offset)).toBe(rest.value)
        expect(rest.position!.end.offset).toBe(paragraph.position!.end.offset)
        expect(dense[0]).toBeGreaterThanOrEqual(paragraph.position!.start.offset!)
        expect(dense[0]).toBeLessThan(paragraph.position!.end.offset!)
        expect(tree.children.map((child) => child.type)).toEqual(input === source ? ['paragraph', 'paragraph', 'paragraph'] : ['paragraph', 'paragraph', 'paragraph', 'code'])
      }
      return nodeCount(parseMarkdown(source))
    })
    expect(counts[1]).toBe(counts[0])
    expect(counts[0]).toBeLessThan(4 * maxMarks)
  })

  it('over many lines of a block quote, keeps the text of each line without the quote marks', () => {
    const lines = Array.from({length: 2 * maxMarks}, (_, index) => `a *b* c${index}`)
    const source = lines.map((line) => `> ${line}\n`).join('')
    for (const input of [source, source + fence]) {
      const {tree, dense} = parseMarkdownDensity(input)
      expect(dense).toHaveLength(1)
      const paragraph = (tree.children[0] as Blockquote).children[0] as Paragraph
      const rest = paragraph.children[paragraph.children.length - 1] as Html
      expect(rest.type).toBe('html')
      const restLines = rest.value.split('\n')
      expect(restLines).toEqual(lines.slice(lines.length - restLines.length).map((line, index) => (index === 0 ? line.slice(line.length - restLines[0].length) : line)))
      expect(rest.position!.end.offset).toBe(source.length - 1)
    }
  })

  it('in a heading, a table cell and a block quote, is found where it is', () => {
    const cell = `| a |\n| - |\n| ${'*a* '.repeat(2 * maxMarks)}|\n`
    const source = `# ${'*a* '.repeat(2 * maxMarks)}\n\n${cell}\n> ${'] '.repeat(2 * maxMarks)}\n\nPlain *b*.`
    const {tree, dense} = parseMarkdownDensity(source)
    expect(dense).toHaveLength(3)
    const heading = tree.children[0]
    const cellNode = (tree.children[1] as Table).children[1].children[0]
    const quote = tree.children[2]
    for (const [at, node] of [heading, cellNode, quote].entries()) {
      expect(dense[at]).toBeGreaterThan(node.position!.start.offset!)
      expect(dense[at]).toBeLessThan(node.position!.end.offset!)
    }
    expect((tree.children[3] as Paragraph).children.map((child) => child.type)).toEqual(['text', 'emphasis', 'text'])
  })
})

describe('linting a Markdown document with a paragraph too dense', () => {
  const denseParagraph = `the the ${'*a* '.repeat(3 * maxMarks)}said said`
  const source = `The the minister spoke.\n\n${denseParagraph}\n\nOfficials said said so.\n`

  it('reports the paragraph once, at its place, and lints the others', () => {
    const found = lint(source, {path: 'a.md'})
      .messages.map((message) => [message.ruleId, message.messageId, message.line, message.column, message.place && 'end' in message.place ? message.place.end.column : undefined])
      .sort((a, b) => (a[2] as number) - (b[2] as number))
    expect(found).toEqual([
      ['repeated-word', 'repeated', 1, 4, 8],
      ['parse-limit', 'tooDense', 3, 1, denseParagraph.length + 1],
      ['repeated-word', 'repeated', 5, 15, 20]
    ])
    const reason = lint(source, {path: 'a.md'}).messages.find((message) => message.ruleId === 'parse-limit')?.reason
    expect(reason).toBe(`Unexpected block of ${denseParagraph.length} characters with more than ${maxMarks} emphasis or link marks and pieces of markup, too dense to lint (limit ${maxMarks}): not linted`)
  })

  it('fixes around it and leaves it as it was', () => {
    const fixed = String(fix(source, {path: 'a.md'}).value)
    expect(fixed).toBe(`The minister spoke.\n\n${denseParagraph}\n\nOfficials said so.\n`)
  })
})

function nodeCount(tree: Root): number {
  let count = 0
  const visit = (node: {children?: unknown[]}) => {
    count++
    for (const child of node.children ?? []) visit(child as {children?: unknown[]})
  }
  visit(tree)
  return count
}
