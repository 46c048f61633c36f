import {createTwoFilesPatch} from 'diff'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLinePatch} from '../src/reporters/line-diff.js'

const jsdiff = (before: string, after: string, context: number) => createTwoFilesPatch('a/f.txt', 'b/f.txt', before, after, undefined, undefined, {context})
const ours = (before: string, after: string, context: number) => createLinePatch('a/f.txt', 'b/f.txt', before, after, context)

describe('createLinePatch writes the patch jsdiff writes', () => {
  const cases: Array<[string, string, string]> = [
    ['same text', 'a\nb\n', 'a\nb\n'],
    ['from nothing', '', 'a\nb\n'],
    ['to nothing', 'a\nb\n', ''],
    ['a line changed', 'a\nb\nc\n', 'a\nB\nc\n'],
    ['a repeated line added at the end', 'x\nb\n', 'x\nb\nb\n'],
    ['a repeated line taken out', 'b\nb\nb\nx\n', 'b\nb\nx\n'],
    ['no line break at the end, before', 'a\nb', 'a\nb\n'],
    ['no line break at the end, after', 'a\nb\n', 'a\nc'],
    ['CRLF line breaks', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
    ['CRLF to LF', 'a\r\nb\r\n', 'a\nb\n'],
    ['blank lines added and taken out', 'a\n\n\nb\n\nc\n', 'a\n\nb\n\n\n\nc\n'],
    ['a lone carriage return inside a line', 'a\rb\nc\n', 'a\rB\nc\n'],
    ['changes far apart', `${'p\n'.repeat(20)}x\n${'q\n'.repeat(20)}y\n`, `${'p\n'.repeat(20)}X\n${'q\n'.repeat(20)}Y\n`],
    ['changes seven lines apart (one hunk or two)', 'x\n1\n2\n3\n4\n5\n6\n7\ny\n', 'X\n1\n2\n3\n4\n5\n6\n7\nY\n']
  ]
  for (const [name, before, after] of cases) {
    it(name, () => {
      for (const context of [0, 1, 3]) expect(ours(before, after, context)).toBe(jsdiff(before, after, context))
    })
  }

  // Few distinct lines (blank ones, repeats) make many paths of the same length: the ties must break alike.
  const line = fc.constantFrom('', 'a', 'b', 'the the', 'c\r', 'He said.', '“quote”')
  const text = fc.tuple(fc.array(line, {maxLength: 40}), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, lineBreak, endsWithBreak]) => {
    const joined = lines.join(lineBreak)
    return endsWithBreak && lines.length > 0 ? joined + lineBreak : joined
  })

  it('on generated pairs of texts', () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(0, 1, 3, 4), (before, after, context) => {
        expect(ours(before, after, context)).toBe(jsdiff(before, after, context))
      }),
      {numRuns: 2000, seed: 11}
    )
  })

  /** A text of `count` lines, prose and blank lines, with edits of a few lines each scattered over it: a fix's diff. */
  const edited = fc
    .tuple(
      fc.array(fc.constantFrom('', 'Prices rose.', 'He said "no".', 'The the minister.', 'x'), {minLength: 50, maxLength: 300}),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete', 'blank')), {maxLength: 30})
    )
    .map(([lines, edits]) => {
      const after: string[] = [...lines]
      for (const [place, kind] of edits) {
        const at = place % after.length
        if (kind === 'replace') after[at] = `${after[at]} fixed`
        else if (kind === 'insert') after.splice(at, 0, 'Inserted.')
        else if (kind === 'delete' && after.length > 1) after.splice(at, 1)
        else after.splice(at, 0, '')
      }
      return [lines.join('\n') + '\n', after.join('\n') + '\n'] as const
    })

  it('on long texts with scattered edits', () => {
    fc.assert(
      fc.property(edited, ([before, after]) => {
        expect(ours(before, after, 3)).toBe(jsdiff(before, after, 3))
      }),
      {numRuns: 300, seed: 11}
    )
  })
})
