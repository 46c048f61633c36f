import {describe, expect, it} from 'vitest'
import {markupSignature} from '../src/formats/structure.js'
import {fix, lint} from '../src/processor.js'

/** Fix a document and check what every fix must keep: its markup, and the result of fixing again. */
function fixed(text: string, path: string): string {
  const once = String(fix(text, {path}).value)
  expect(String(fix(once, {path}).value), 'fixing twice must change nothing').toBe(once)
  const format = path.endsWith('.html') ? 'html' : 'markdown'
  expect(markupSignature(format, once), 'a fix must not change the markup').toBe(markupSignature(format, text))
  return once
}

describe('fixes never create markup', () => {
  it('HTML: full-width angle brackets become escaped text, never a live tag or link', () => {
    const page = '<p>Look ＜img src=x onerror=alert(1)＞ here, and ＜a href=javascript:alert(1)＞this＜/a＞，ok.</p>'
    const output = fixed(page, 'page.html')
    expect(output).not.toMatch(/<img|<a |<\/a>/)
    expect(output).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // What a reader sees is the ASCII mark the fix meant.
    const fullwidth = lint(page, {path: 'page.html'}).messages.filter((message) => message.actual === '＜')
    expect(fullwidth.every((message) => message.expected?.[0].includes('&lt;'))).toBe(true)
  })

  it('HTML: a title in ＜…＞ stays visible text', () => {
    expect(fixed('<p>The film ＜Parasite＞ won.</p>', 'a.html')).toBe('<p>The film &lt;Parasite&gt; won.</p>')
  })

  it('Markdown: brackets and parentheses do not become a link, stars no emphasis, angle brackets no HTML', () => {
    for (const text of ['See ［here］（https://example.com） now.\n', 'Stars ＊here＊ and ＿there＿ now.\n', 'And ＜b＞bold＜/b＞ text.\n']) {
      fixed(text, 'a.md')
    }
  })

  it('Markdown: a space is not removed where it would change what a bare link points to', () => {
    const text = 'Visit http://example.com/a ,then go.\n'
    expect(fixed(text, 'a.md')).toBe(text)
    expect(lint(text, {path: 'a.md'}).messages.map((message) => [message.ruleId, message.fixable])).toEqual([['space-before-punctuation', false]])
  })

  it('fixes that change the structure only all together: as many as keep it are applied, in order', () => {
    // Each vertical tab alone becomes a line break; all of them together would leave the page's
    // only text node blank, which the parser then drops.
    const page = '\v\f'.repeat(300)
    const output = fixed(page, 'page.html')
    expect(output.match(/\v/g)).toHaveLength(1)
    const messages = lint(page, {path: 'page.html'}).messages.filter((message) => message.ruleId === 'invisible-character')
    expect(messages.filter((message) => message.fixable)).toHaveLength(messages.length - 1)
  })

  it('plain text is fixed as before', () => {
    expect(String(fix('See ［here］（the page） now，ok.').value)).toBe('See [here](the page) now, ok.')
  })
})
