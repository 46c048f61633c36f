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

  it('fixes that build markup only together: as many as keep the structure are applied, in order', () => {
    // Each bracket alone stays text; the four of a pair together would make a link.
    const links = Array.from({length: 40}, (_, index) => `［page ${index}］（note${index}）`).join(' and ')
    const output = fixed(`See ${links}.\n`, 'a.md')
    expect(output).not.toMatch(/[［］（）]/)
    expect(output.match(/\\\)/g)).toHaveLength(40)
  })

  it('a fix that leaves only white space where text was changes no markup', () => {
    // Each vertical tab becomes a line break: the page's only text is then white space, which the parser drops.
    expect(fixed('\v\f'.repeat(300), 'page.html')).not.toMatch(/\v/)
  })

  it('plain text is fixed as before', () => {
    expect(String(fix('See ［here］（the page） now，ok.').value)).toBe('See [here](the page) now, ok.')
  })
})
