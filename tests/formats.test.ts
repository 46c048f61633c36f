import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {Suppressions, parseDirective} from '../src/formats/control-comments.js'
import {extractHtml} from '../src/formats/html.js'
import {extractMarkdown} from '../src/formats/markdown.js'
import {ProseBuilder} from '../src/formats/prose-view.js'
import {fix, lint} from '../src/processor.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')

/** Each message as `rule line:column`, in order. */
function flags(text: string, path: string): string[] {
  return lint(text, {path}).messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)
}

/** The text after applying each repair once (each `before` must occur exactly once). */
function repaired(text: string, repairs: Array<[string, string]>): string {
  for (const [before, after] of repairs) {
    expect(text.split(before), before).toHaveLength(2)
    text = text.replace(before, after)
  }
  return text
}

describe('Markdown articles', () => {
  const article = fixture('article.md')

  it('flags the prose defects at their place in the source, and nothing in front matter, code, URLs or under a control comment', () => {
    expect(flags(article, 'article.md')).toEqual([
      'whitespace 6:20',
      'doubled-punctuation 8:56',
      'quote-spacing 12:85',
      'sentence-capitalization 12:97',
      'duplicate-attribution 12:97',
      'space-before-punctuation 16:18'
    ])
  })

  it('fixes only the defects: the markup around them stays byte for byte', () => {
    const expected = repaired(article, [
      ['agree to  talk', 'agree to talk'],
      ['officials said. . The', 'officials said. The'],
      ['policy), ”he added. statement added.', 'policy),” he added. Statement added.'],
      ['first point ,is', 'first point, is']
    ])
    const fixed = String(fix(article, {path: 'article.md'}).value)
    expect(fixed).toBe(expected)
    expect(String(fix(fixed, {path: 'article.md'}).value)).toBe(fixed)
  })

  it('reads quotes and punctuation split by emphasis as a reader does', () => {
    expect(flags('“*Come on*,” Biden said. “**Now**.”\n', 'a.md')).toEqual([])
    expect(flags('He said *so*,, and left.\n', 'a.md')).toEqual(['doubled-punctuation 1:13'])
  })

  it('does not fix a defect whose range crosses markup, but still reports it', () => {
    const text = 'It ended. *.* Then rain.\n'
    const messages = lint(text, {path: 'a.md'}).messages
    expect(messages.map((message) => [message.ruleId, message.fixable])).toEqual([['doubled-punctuation', false]])
    expect(String(fix(text, {path: 'a.md'}).value)).toBe(text)
  })

  it('maps positions through character references and escapes', () => {
    const text = 'Q&amp;A and \\*stars\\* came ,then.\n'
    expect(flags(text, 'a.md')).toEqual(['space-before-punctuation 1:27'])
    expect(String(fix(text, {path: 'a.md'}).value)).toBe('Q&amp;A and \\*stars\\* came, then.\n')
  })
})

describe('HTML pages', () => {
  const page = fixture('news-page.html')

  it('flags the article prose only: not scripts, styles, navigation, attributes or code', () => {
    expect(flags(page, 'page.html')).toEqual([
      'doubled-punctuation 17:105',
      'quote-spacing 19:78',
      'sentence-capitalization 19:90',
      'duplicate-attribution 19:90',
      'space-before-punctuation 20:56'
    ])
  })

  it('fixes only the defects and leaves every tag, attribute and entity as it was', () => {
    const expected = repaired(page, [
      ['officials said. . The', 'officials said. The'],
      ['</a>, ”he added. statement added.', '</a>,” he added. Statement added.'],
      ['&amp; Canada ,then', '&amp; Canada, then']
    ])
    const fixed = String(fix(page, {path: 'page.html'}).value)
    expect(fixed).toBe(expected)
    expect(String(fix(fixed, {path: 'page.html'}).value)).toBe(fixed)
  })

  it('leaves out text marked as another language, but not a whole page marked so', () => {
    const french = '<p lang="fr">Il a dit « bonjour » hier ,tard.</p><p>He said <i lang="de">„ja“ ,bitte</i> twice.</p>'
    expect(flags(french, 'a.html')).toEqual([])
    expect(flags('<p lang="en-GB">He left ,then.</p>', 'a.html')).toEqual(['space-before-punctuation 1:24'])
    expect(flags('<html lang="zh"><body><p>He left ,then.</p></body></html>', 'a.html')).toEqual(['space-before-punctuation 1:33'])
    expect(flags('<article lang="zh"><p>He left ,then.</p></article>', 'a.html')).toEqual(['space-before-punctuation 1:30'])
    expect(flags('<p lang="und">He left ,then.</p><p lang="eng">She left ,then.</p>', 'a.html')).toEqual(['space-before-punctuation 1:22', 'space-before-punctuation 1:55'])
  })

  it('collapses white space as a browser does', () => {
    expect(flags('<p>Held   on\n      Tuesday.</p>', 'a.html')).toEqual([])
  })

  it('reads inline code, keys, samples and variables as words of their sentence, as Markdown reads code spans', () => {
    const tech =
      '<p>Install it with <code>npm install mtlint</code>. The branch is <code>main</code>, not <code>.env</code>!</p>' +
      '<p>Press <kbd>Ctrl</kbd>, then <kbd>.</kbd> and read <samp>Done</samp>; <var>x</var> is free.</p>'
    expect(flags(tech, 'a.html')).toEqual([])
    expect(String(fix(tech, {path: 'a.html'}).value)).toBe(tech)
    // A defect beside one is still found, and the code itself is not read.
    expect(flags('<p>Run <code>a ,b</code> now ,then stop.</p>', 'a.html')).toEqual(['space-before-punctuation 1:29'])
    expect(extractHtml('<p>Run <code>x</code> now.</p><pre><code>y</code></pre>').view.text).toBe('Run \uE000 now.\n\n')
  })

  it('finds a mark glued to the word after inline code, and fixes it outside the code', () => {
    expect(flags('Set `x`,and run it. Run `npm test`.Then stop.\n', 'a.md')).toEqual(['missing-space-after-punctuation 1:8', 'missing-space-after-punctuation 1:35'])
    expect(String(fix('Set `x`,and run it.\n', {path: 'a.md'}).value)).toBe('Set `x`, and run it.\n')
    // A period after code may be a member of it (`Console`.WriteLine): a suggestion.
    expect(String(fix('Call `Console`.WriteLine and `React`.Component now.\n', {path: 'a.md'}).value)).toBe('Call `Console`.WriteLine and `React`.Component now.\n')
    expect(String(fix('<p>Set <code>x</code>,and run it.</p>', {path: 'a.html'}).value)).toBe('<p>Set <code>x</code>, and run it.</p>')
    // Between two pieces of code, or before a number, nothing is glued: `a`:`b`, `x`,1.
    expect(flags('Map `a`:`b` and `x`,`y` pairs, `v`:2 too.\n', 'a.md')).toEqual([])
  })
})

describe('blocks that are not paragraphs', () => {
  const prose = 'It rained. It was cold. Then it stopped.'

  it('leaves the lowercase start of a list item, a table cell and a heading alone, in Markdown and HTML', () => {
    expect(flags(`# live updates\n\n- apples are ripe.\n- pears are too.\n\n| a | b |\n| - | - |\n| yes | no |\n\n${prose}\n`, 'a.md')).toEqual([])
    expect(flags(`<h2>live updates</h2><ul><li>apples are ripe.</li><li>pears are too.</li></ul><table><tr><td>yes</td></tr></table><p>${prose}</p>`, 'a.html')).toEqual([])
  })

  it('still capitalizes a paragraph that starts in lowercase, and a sentence inside a list item', () => {
    expect(flags(`- Apples are ripe. pears are too.\n\nthe talks ended today. ${prose}\n`, 'a.md')).toEqual([
      'sentence-capitalization 1:20',
      'sentence-capitalization 3:1'
    ])
  })

  it('leaves a lowercase paragraph after a code or math block alone in Markdown: it may go on with the sentence before the block', () => {
    expect(flags(`The sum is\n\n\`\`\`\nx + y\n\`\`\`\n\nwhere x is the price. ${prose}\n`, 'a.md')).toEqual([])
    expect(flags(`The sum is\n\n    x + y\n\nwhere x is the price.\n\nthe talks ended. ${prose}\n`, 'a.md')).toEqual(['sentence-capitalization 7:1'])
  })

  it('leaves a Markdown paragraph that opens with a term set off by emphasis, strong text or a link alone', () => {
    expect(flags(`**unified** lets you lint.\n\n_jsdiff_ compares texts.\n\n[hast](https://x.y) is a tree. ${prose}\n`, 'a.md')).toEqual([])
    expect(flags(`<div>x + y</div>\n\nwhere x is the price.\n\n<!-- a note -->\n\nthe talks ended. ${prose}\n`, 'a.md')).toEqual(['sentence-capitalization 7:1'])
  })

  it('does the same in HTML: a paragraph after <pre> or <math>, and one that opens with <b>, <em> or <a>', () => {
    expect(flags(`<p>The sum is</p><pre>x + y</pre><p>where x is the price.</p><p><b>unified</b> lets you lint. ${prose}</p>`, 'a.html')).toEqual([])
    expect(flags(`<p>The sum is</p><pre>x + y</pre><p>where x is the price.</p><p>the talks ended. ${prose}</p>`, 'a.html')).toEqual(['sentence-capitalization 1:65'])
  })

  it('knows the kind of each block', () => {
    const {blocks, view} = extractHtml('<p>one</p><ul><li>two <b>three</b></li></ul><table><tr><th>four</th></tr></table>')
    expect(blocks.map((block) => [view.text.slice(block.from, block.to), block.kind])).toEqual([
      ['two three', 'list-item'],
      ['four', 'table-cell']
    ])
  })
})

describe('prose view', () => {
  it('maps prose offsets to the source and knows which ranges are verbatim', () => {
    const builder = new ProseBuilder()
    builder.copy('ab', 10)
    builder.stand('&', 12, 5)
    builder.copy('cd', 17)
    const view = builder.build()
    expect(view.text).toBe('ab&cd')
    expect([0, 1, 2, 3, 4, 5].map((offset) => view.toSource(offset))).toEqual([10, 11, 12, 17, 18, 19])
    expect(view.toSource(2, 'end')).toBe(12)
    expect(view.toSource(3, 'end')).toBe(17)
    expect(view.isVerbatim(0, 2)).toBe(true)
    expect(view.isVerbatim(1, 3)).toBe(false)
    expect(view.isVerbatim(3, 5)).toBe(true)
    expect(view.isVerbatim(2, 2)).toBe(true)
  })

  it('Markdown: prose of paragraphs, headings and table cells only', () => {
    const {view} = extractMarkdown('---\na: b\n---\n\n# Title\n\nText `code` [link](http://x.y).\n\n| a | b |\n|---|---|\n| c | d |\n\n    indented code\n')
    expect(view.text).toBe('Title\n\nText \uE000 link.\n\na\n\nb\n\nc\n\nd')
  })

  it('HTML: text of the body, blocks apart, white space collapsed', () => {
    const {view} = extractHtml('<html><head><title>T</title></head><body><p>One  <b>two</b>\n three</p><script>x()</script><div>Four</div></body></html>')
    expect(view.text).toBe('One two three\n\nFour\n\n')
  })

  it('a numeric reference to no character stands for what the parser made of it, and the text after it stays verbatim', () => {
    // micromark reads `&#9999999;` and `&#146;` as U+FFFD; parse5 reads `&#146;` as Windows-1252 `’`.
    const markdown = 'A &#9999999; b &#146; c. . Then.\n'
    const fromMarkdown = lint(markdown, {path: 'a.md'}).messages
    expect(fromMarkdown.map((message) => [message.ruleId, message.place])).toMatchObject([
      ['mojibake', {start: {offset: 2}, end: {offset: 12}}],
      ['mojibake', {start: {offset: 15}, end: {offset: 21}}],
      ['doubled-punctuation', {start: {offset: 24}, end: {offset: 26}}]
    ])
    expect(String(fix(markdown, {path: 'a.md'}))).toBe('A &#9999999; b &#146; c. Then.\n')

    const html = '<p>A &#9999999; b &#146;x&#146; c. . Then.</p>\n'
    const fromHtml = lint(html, {path: 'a.html'}).messages
    expect(fromHtml.map((message) => [message.ruleId, message.place])).toMatchObject([
      ['mojibake', {start: {offset: 5}, end: {offset: 15}}],
      ['doubled-punctuation', {start: {offset: 34}, end: {offset: 36}}]
    ])
    expect(String(fix(html, {path: 'a.html'}))).toBe('<p>A &#9999999; b &#146;x&#146; c. Then.</p>\n')
  })
})

describe('control comments', () => {
  const source = 'line one\n<!-- d -->\nline three\nline four\n<!-- e -->\nline six\n'
  const at = (text: string) => source.indexOf(text)

  it('parses the three kinds, with and without rule ids', () => {
    expect(parseDirective('<!-- mtlint-disable a-rule, b-rule -->', 0, 10)).toMatchObject({kind: 'disable', ids: ['a-rule', 'b-rule']})
    expect(parseDirective('<!--mtlint-enable-->', 0, 10)).toMatchObject({kind: 'enable', ids: []})
    expect(parseDirective('<!-- mtlint-disable-next-line x -->', 0, 10)).toMatchObject({kind: 'disable-next-line', ids: ['x']})
    expect(parseDirective('<!-- eslint-disable -->', 0, 10)).toBeUndefined()
    expect(parseDirective('<!-- mtlint-disabled x -->', 0, 10)).toBeUndefined()
  })

  it('turns rules off between disable and enable, for one rule or all', () => {
    const d = at('<!-- d -->')
    const e = at('<!-- e -->')
    const one = new Suppressions([{kind: 'disable', ids: ['x'], from: d, to: d + 10}, {kind: 'enable', ids: ['x'], from: e, to: e + 10}], source)
    expect(one.isSuppressed('x', at('line three'))).toBe(true)
    expect(one.isSuppressed('y', at('line three'))).toBe(false)
    expect(one.isSuppressed('x', at('line one'))).toBe(false)
    expect(one.isSuppressed('x', at('line six'))).toBe(false)
    const all = new Suppressions([{kind: 'disable', ids: [], from: d, to: d + 10}], source)
    expect(all.isSuppressed('y', at('line six'))).toBe(true)
  })

  it('enable with an id turns that rule back on inside a disable of all rules, and enable without ids ends everything', () => {
    const text = [
      'It ended. . Then.',
      '<!-- mtlint-disable -->',
      'It ended. . Then the the end.',
      '<!-- mtlint-enable doubled-punctuation -->',
      'It ended. . Then the the end.',
      '<!-- mtlint-disable doubled-punctuation -->',
      'It ended. . Then the the end.',
      '<!-- mtlint-enable -->',
      'It ended. . Then the the end.',
      ''
    ].join('\n\n')
    const flagged = lint(text, {path: 'a.md'}).messages.map((message) => `${message.line}:${message.ruleId}`)
    expect(flagged).toEqual([
      '1:doubled-punctuation',
      '9:doubled-punctuation',
      '17:doubled-punctuation',
      '17:repeated-word'
    ])
  })

  it('disable-next-line covers exactly the next line', () => {
    const d = at('<!-- d -->')
    const next = new Suppressions([{kind: 'disable-next-line', ids: ['x'], from: d, to: d + 10}], source)
    expect(next.isSuppressed('x', at('line three') + 3)).toBe(true)
    expect(next.isSuppressed('x', at('line four'))).toBe(false)
  })

  it('reports an unknown rule id in a comment as an error, and keeps the comment working for known ones', () => {
    const text = '<!-- mtlint-disable doubled-punctuation no-such-rule -->\n\nIt ended. . Then.\n'
    const messages = lint(text, {path: 'a.md'}).messages
    expect(messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([['control-comment', true, 1]])
    expect(messages[0].reason).toContain('no-such-rule')
  })
})

describe('allow list', () => {
  it('drops any flag that overlaps an allowed phrase', () => {
    const text = 'The sign read in the world in the world today.\n'
    expect(lint(text).messages.map((message) => message.ruleId)).toEqual(['repeated-phrase'])
    expect(lint(text, {allow: ['in the world in the world']}).messages).toEqual([])
    expect(lint(text, {allow: ['something else']}).messages).toHaveLength(1)
  })
})
