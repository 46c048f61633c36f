import {describe, expect, it} from 'vitest'
import {formatOf} from '../src/formats/extensions.js'

describe('formatOf', () => {
  const cases: Array<[string | undefined, string]> = [
    ['article.md', 'markdown'],
    ['dir/ARTICLE.MARKDOWN', 'markdown'],
    ['a/b.c/page.html', 'html'],
    ['C:\\drafts\\page.htm', 'html'],
    ['notes.txt', 'text'],
    ['README', 'text'],
    // A leading dot starts a name: `.md` is a file called `.md`, not Markdown.
    ['.md', 'text'],
    ['dir/.html', 'text'],
    ['dir.md/article', 'text'],
    ['article.md.txt', 'text'],
    [undefined, 'text'],
    ['', 'text']
  ]
  it.each(cases)('%s is %s', (path, format) => {
    expect(formatOf(path)).toBe(format)
  })
})
