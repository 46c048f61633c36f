import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findProtectedSpans, spansIn} from '../src/protected.js'
import {RelintCache} from '../src/relint-cache.js'

describe('findProtectedSpans, line by line, finds what the patterns find in the whole text', () => {
  const cases: Array<[string, string]> = [
    ['no line holds a mark', 'He said it was done. Prices rose 3.5 percent.\nThe end.'],
    ['a URL at the start of a line', 'First line.\nhttps://example.com/a.b. Then prose.'],
    ['a URL in capitals', 'See WWW.EXAMPLE.COM today.'],
    ['an address at the end of a line', 'Write to me@example.org\nor call.'],
    ['code between backticks', 'Run `a . b` now.\r\nDone.'],
    ['a domain under a non-Latin top-level domain', 'Сайт стопкоронавирус.рф\rи все.'],
    ['a file name', 'Open report.PDF first.'],
    ['a period before a letter that is no domain', 'The U.S. and e.g. ASEAN.'],
    ['marks in every line', 'a.com\nb.org\r\nc@d.io\n`x`']
  ]
  for (const [name, text] of cases) {
    it(name, () => {
      const whole = spansIn(text)
      const lineByLine = findProtectedSpans(text)
      expect(lineByLine.size).toBe(whole.length)
      for (const [from, to] of whole) expect(lineByLine.overlaps(from, to)).toBe(true)
    })
  }

  const word = fc.constantFrom('prose', 'U.S.', 'https://example.com/a.b.', 'WWW.X.IO).', 'me@example.org,', '`code . here`', '`open', 'news.com', 'стопкоронавирус.рф', '例子.中国', 'a.', '.', '3.5', ':', '//', '@')
  const text = fc
    .tuple(fc.array(fc.array(word, {maxLength: 6}), {minLength: 1, maxLength: 8}), fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.constantFrom(' ', '', '\t'))
    .map(([lines, separator, space]) => lines.map((words) => words.join(space)).join(separator))

  it('on generated texts, with a cache of the text before and without', () => {
    fc.assert(
      fc.property(text, text, (first, second) => {
        const cache = new RelintCache()
        for (const value of [first, second, first]) {
          cache.begin()
          const cached = findProtectedSpans(value, cache)
          cache.end()
          const whole = spansIn(value)
          for (const found of [cached, findProtectedSpans(value)]) {
            expect(found.size).toBe(whole.length)
            for (let at = 0; at < value.length; at++) {
              expect(found.overlaps(at)).toBe(whole.some(([from, to]) => from <= at && at < to))
            }
          }
        }
      }),
      {numRuns: 400, seed: 11}
    )
  })
})
