import fc from 'fast-check'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {applyEdits, fixText, maxPasses} from '../src/fix.js'
import {isFailure} from '../src/message.js'
import {fix, lint} from '../src/processor.js'

/** A fake lint: every `xx` is a safe message asking for `x`. */
function lintDoubleX(text: string): VFileMessage[] {
  const file = new VFile(text)
  for (const match of text.matchAll(/xx/g)) {
    const message = file.message('Unexpected `xx`', {
      place: {
        start: {line: 1, column: match.index + 1, offset: match.index},
        end: {line: 1, column: match.index + 3, offset: match.index + 2}
      }
    })
    message.expected = ['x']
    message.fixable = true
  }
  return file.messages
}

describe('applyEdits', () => {
  it('applies edits in order of position, whatever order they come in', () => {
    const result = applyEdits('abcdef', [
      {from: 4, to: 5, text: 'E'},
      {from: 0, to: 1, text: ''}
    ])
    expect(result.output).toBe('bcdEf')
    expect(result.applied).toHaveLength(2)
  })

  it('defers an edit of another rule with no letter or digit between it and the one before (each changes the other’s context)', () => {
    expect(applyEdits('etc . the', [
      {from: 3, to: 4, text: '', rule: 'space-before-punctuation'},
      {from: 6, to: 7, text: 'T', rule: 'sentence-capitalization'}
    ]).output).toBe('etc. the')
    // One rule decided its edits together: they go in one pass.
    expect(applyEdits('a , , b', [
      {from: 1, to: 2, text: '', rule: 'space-before-punctuation'},
      {from: 3, to: 4, text: '', rule: 'space-before-punctuation'}
    ]).output).toBe('a,, b')
  })

  it('skips an edit that overlaps one already taken', () => {
    expect(applyEdits('abcdef', [
      {from: 1, to: 4, text: 'X'},
      {from: 3, to: 5, text: 'Y'}
    ]).output).toBe('aXef')
  })

  it('takes only one of two insertions at the same point', () => {
    expect(applyEdits('ab', [
      {from: 1, to: 1, text: 'X'},
      {from: 1, to: 1, text: 'Y'}
    ]).output).toBe('aXb')
  })

  it('counts an edit that changes nothing as not applied', () => {
    expect(applyEdits('ab', [{from: 0, to: 1, text: 'a'}])).toEqual({output: 'ab', applied: []})
  })
})

describe('fixText', () => {
  it('repeats passes until nothing fixable is left', () => {
    // Each pass halves the run of x: 8 → 4 → 2 → 1.
    const result = fixText('a xxxxxxxx b', lintDoubleX)
    expect(result.output).toBe('a x b')
    expect(result.passes).toBe(3)
    expect(result.messages).toEqual([])
  })

  it('takes edits with a letter between them in one pass', () => {
    const result = fixText('xx a xx', lintDoubleX)
    expect(result.output).toBe('x a x')
    expect(result.passes).toBe(1)
  })

  it('lists every fix it applied, with its place in the original text', () => {
    const result = fixText('a xxxxxxxx b', lintDoubleX)
    expect(result.applied.map(({from, to, pass}) => [pass, from, to])).toEqual([
      [1, 2, 4], [1, 4, 6], [1, 6, 8], [1, 8, 10],
      [2, 2, 6], [2, 6, 10],
      [3, 2, 10]
    ])
  })

  it('stops after the maximum number of passes', () => {
    let calls = 0
    const growing = (text: string) => {
      calls++
      const file = new VFile(text)
      const message = file.message('grow', {place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}})
      message.expected = ['y']
      message.fixable = true
      return file.messages
    }
    const result = fixText('a', growing)
    expect(result.passes).toBe(maxPasses)
    expect(result.output).toBe('y'.repeat(maxPasses) + 'a')
    expect(calls).toBe(maxPasses + 1)
  })

  it('stops on a cycle', () => {
    const flip = (text: string) => {
      const file = new VFile(text)
      const message = file.message('flip', {place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}})
      message.expected = [text[0] === 'a' ? 'b' : 'a']
      message.fixable = true
      return file.messages
    }
    const result = fixText('a', flip)
    expect(result.passes).toBe(1)
    expect(result.output).toBe('b')
  })

  it('applies no message that is not marked fixable or has several choices', () => {
    const choices = (text: string) => {
      const messages = lintDoubleX(text)
      messages[0].expected = ['x', 'y']
      if (messages[1]) messages[1].fixable = false
      return messages
    }
    expect(fixText('xx xx', choices).output).toBe('xx xx')
  })
})

/** Pieces of articles, clean and damaged, for generated texts. */
const pieces = [
  'The meeting', ' will take place', ' next week', '.', ',', ' ', '  ', '\n', '\n\n', '\n\n\n', '\r\n',
  ' . ', '. .', ',,', '?.', '.,', ' said', ' Shih', ' told CNN', ' the the', ' in the world in the world',
  ' heaviest and heaviest', ' the most heaviest', ' “', '”', '"', ' ”he', ' -United', ' (', ')', ' ( )',
  ' he added.', ' statement added.', ' U.S.', ' 3.5', ' e.g.', ' https://example.com/a.b', " '90s",
  " rock 'n' roll", ' that that', ' had had', ' --', ' iPhone', '…', '...', '\uFEFF', ' date 2021-11-10 '
]
const article = fc.array(fc.constantFrom(...pieces), {maxLength: 40}).map((parts) => parts.join(''))

describe('fixing with the recommended preset', () => {
  it('is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(article, (text) => {
        const once = String(fix(text).value)
        expect(String(fix(once).value)).toBe(once)
      }),
      {numRuns: 300}
    )
  })

  it('leaves no fixable message behind (no rule undoes another)', () => {
    fc.assert(
      fc.property(article, (text) => {
        const fixed = fix(text)
        const remaining = fixed.messages.filter((message) => message.fixable)
        if (fixed.data.mtlint!.passes < maxPasses) expect(remaining.map((message) => message.ruleId)).toEqual([])
      }),
      {numRuns: 300}
    )
  })

  it('never crashes a rule', () => {
    fc.assert(
      fc.property(article, (text) => {
        const crashes = lint(text).messages.filter(isFailure)
        expect(crashes.map((message) => message.reason)).toEqual([])
      }),
      {numRuns: 300}
    )
  })
})
