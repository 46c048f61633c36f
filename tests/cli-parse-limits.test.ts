import {describe, expect, it} from 'vitest'
import {useProject} from './cli-helpers.js'

const project = useProject('mtlint-limits-', JSON.stringify({preset: 'recommended'}))
const {mtlint, write} = project

interface Reported {
  path: string
  messages: Array<{kind: string; ruleId: string | null; messageId: string | null; reason: string; place: {start: {line: number; column: number; offset: number}; end: {offset: number}} | null}>
}

/** Each message's rule, message id, start line and column and end offset, in order of the end. */
const placesOf = (file: Reported) =>
  file.messages
    .map((message) => [message.ruleId, message.messageId, message.place?.start.line, message.place?.start.column, message.place?.end.offset])
    .sort((a, b) => (a[4] as number) - (b[4] as number))

const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |RangeError|internal error/)

describe('inputs that crashed or stalled mtlint, on the built command line', () => {
  it('reports a megabyte without white space once, as too long to lint, and lints the rest at the right places', () => {
    const run = 'a.'.repeat(500_000)
    write('news/dots.txt', `The talks ,resumed.\n\n${run}\n\nHe said  so.\n`)
    write('news/clean.txt', 'Officials agreed on Monday.\n')
    const result = mtlint(['--format', 'json', 'news'])
    expect(result.code).toBe(0)
    noStackTrace(result.stderr)
    const [clean, dots] = JSON.parse(result.stdout) as Reported[]
    expect(clean.messages).toEqual([])
    const found = placesOf(dots)
    // After the run, on line 5: the second space of `said  so` is at offset 21 + run + 2 + 8.
    expect(found).toEqual([
      ['space-before-punctuation', 'space', 1, 10, 10],
      ['parse-limit', 'tooLong', 3, 1, 21 + run.length],
      ['whitespace', 'doubled', 5, 9, 21 + run.length + 11]
    ])
    expect(dots.messages.find((message) => message.ruleId === 'parse-limit')?.reason).toBe(
      'Unexpected run of 1000000 characters without white space, too long to lint (limit 2000): not linted'
    )
  }, 120_000)

  it('fixes around such a run and leaves it as it was', () => {
    const run = 'a.'.repeat(10_000)
    write('dots.txt', `The talks ,resumed.\n\n${run}\n\nHe said  so.\n`)
    const result = mtlint(['--fix', 'dots.txt'])
    expect(result.code).toBe(0)
    noStackTrace(result.stderr)
    expect(project.read('dots.txt').toString()).toBe(`The talks, resumed.\n\n${run}\n\nHe said so.\n`)
    expect(result.stdout).toMatch(/3:1-3:20001 +warning +Unexpected run of 20000 characters/)
  })

  it('reports a Markdown paragraph too dense with markup once, and lints and fixes the rest', () => {
    const dense = '*a* '.repeat(250_000).trimEnd()
    write('news/dense.md', `The talks ,resumed.\n\n${dense}\n\nHe said  so.\n`)
    const result = mtlint(['--format', 'json', 'news/dense.md'])
    expect(result.code).toBe(0)
    noStackTrace(result.stderr)
    const [file] = JSON.parse(result.stdout) as Reported[]
    expect(placesOf(file)).toEqual([
      ['space-before-punctuation', 'space', 1, 10, 10],
      ['parse-limit', 'tooDense', 3, 1, 21 + dense.length],
      ['whitespace', 'doubled', 5, 9, 21 + dense.length + 11]
    ])
    const fixed = mtlint(['--fix', 'news/dense.md'])
    expect(fixed.code).toBe(0)
    expect(project.read('news/dense.md').toString()).toBe(`The talks, resumed.\n\n${dense}\n\nHe said so.\n`)
  }, 120_000)

  it('says in one line that markup nested too deeply cannot be linted, and lints the other files', () => {
    write('news/deep.html', `<p>${'<b>'.repeat(5000)}the the</p>`)
    write('news/deep.md', `${'> '.repeat(10_000)}the the\n`)
    write('news/ok.txt', 'He said said so.\n')
    const result = mtlint(['--format', 'json', 'news'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      'mtlint: news/deep.html: HTML nested too deeply to lint',
      'mtlint: news/deep.md: Markdown nested too deeply to lint'
    ])
    const report = JSON.parse(result.stdout) as Reported[]
    expect(report.map((file) => file.messages.map((message) => [message.kind, message.ruleId]))).toEqual([
      [['file-error', null]],
      [['file-error', null]],
      [['finding', 'repeated-word']]
    ])
  })

  it('prints a stylish report of 12,000 findings in one file', () => {
    // More than vfile-reporter is given at once (10,000): the report is made in pieces.
    // A word between the quotes: unpaired quotes with only white space between them are one finding.
    write('quotes.txt', '” a '.repeat(12_000))
    const result = mtlint(['quotes.txt'])
    expect(result.code).toBe(0)
    noStackTrace(result.stderr)
    const lines = result.stdout.trim().split('\n')
    expect(lines[0]).toBe('quotes.txt')
    expect(lines.filter((line) => line === 'quotes.txt')).toHaveLength(1)
    expect(lines.filter((line) => line.includes('quote-balance'))).toHaveLength(12_000)
    expect(lines[lines.length - 1]).toBe('12001 problems (0 errors, 12001 warnings), 1 fixable with --fix')
  }, 120_000)
})
