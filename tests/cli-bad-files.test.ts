import {describe, expect, it} from 'vitest'
import {runCli, useProject} from './cli-helpers.js'

const onlyDoubledPunctuation = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}})
const fixable = 'He left. . Then he came back,, and said so.\n'
const fixed = 'He left. Then he came back, and said so.\n'

const project = useProject('mtlint-bad-', onlyDoubledPunctuation)
const {mtlint, write} = project
const read = project.read

const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = Buffer.from(text, 'utf16le')
  return order === 'be' ? bytes.swap16() : bytes
}

/** A folder with one good article beside a binary, a Latin-1 and a BOM-less UTF-16 file. */
function badFolder(): void {
  write('news/a.txt', fixable)
  write('news/b.bin.txt', Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02, 0x03]))
  write('news/c.txt', Buffer.from('caf\xe9\n', 'latin1'))
  write('news/d.txt', utf16('A long enough article, in UTF-16 without a mark.\n', 'le'))
}

const stderrLines = [
  'mtlint: news/b.bin.txt: binary file (it contains NUL bytes)',
  'mtlint: news/c.txt: invalid UTF-8',
  'mtlint: news/d.txt: invalid UTF-8: looks like UTF-16 without a byte-order mark; convert to UTF-8'
]

describe('one bad file never costs the others', () => {
  it('json: every file has its entry, each bad one a file error; exit 2', () => {
    badFolder()
    for (const jobs of ['1', '2']) {
      const result = mtlint(['--format', 'json', '--jobs', jobs, 'news'])
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split('\n')).toEqual(stderrLines)
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{kind: string; ruleId: string; reason: string}>}>
      expect(report.map((file) => file.path)).toEqual(['news/a.txt', 'news/b.bin.txt', 'news/c.txt', 'news/d.txt'])
      expect(report[0].messages.map((message) => message.ruleId)).toEqual(['doubled-punctuation', 'doubled-punctuation'])
      expect(report.slice(1).map((file) => file.messages.map((message) => [message.kind, message.reason]))).toEqual([
        [['file-error', 'binary file (it contains NUL bytes)']],
        [['file-error', 'invalid UTF-8']],
        [['file-error', 'invalid UTF-8: looks like UTF-16 without a byte-order mark; convert to UTF-8']]
      ])
    }
  })

  it('stylish and --output-file: the good file is reported and the report file is written', () => {
    badFolder()
    const result = mtlint(['--format', 'json', '--output-file', 'out/report.json', 'news'])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('news/a.txt')
    expect(result.stdout).toMatch(/news\/c\.txt\n.*error.*invalid UTF-8/)
    expect(JSON.parse(read('out/report.json').toString())).toHaveLength(4)
  })

  it('sarif: a bad file is an error notification and the execution was not successful', () => {
    badFolder()
    const result = mtlint(['--format', 'sarif', 'news'])
    expect(result.code).toBe(2)
    const run = JSON.parse(result.stdout).runs[0]
    expect(run.results).toHaveLength(2)
    expect(run.invocations[0].executionSuccessful).toBe(false)
    const notifications = run.invocations[0].toolExecutionNotifications
    expect(notifications.map((notification: {level: string}) => notification.level)).toEqual(['error', 'error', 'error'])
    expect(notifications[1].message.text).toBe('invalid UTF-8')
    expect(notifications[1].locations[0].physicalLocation.artifactLocation.uri).toBe('news/c.txt')
  })

  it('github: `::error file=…::reason` for each bad file, annotations for the good one', () => {
    badFolder()
    const result = mtlint(['--format', 'github', 'news'])
    expect(result.code).toBe(2)
    const lines = result.stdout.trim().split('\n')
    expect(lines.filter((line) => line.startsWith('::error file=news/a.txt,line=1'))).toHaveLength(2)
    expect(lines).toContain('::error file=news/c.txt::invalid UTF-8')
    expect(lines).toContain('::error file=news/b.bin.txt::binary file (it contains NUL bytes)')
  })

  it('--fix fixes the good files beside the bad ones, and exits 2', () => {
    badFolder()
    write('news/e.txt', fixable)
    const result = mtlint(['--fix', 'news'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([...stderrLines, 'mtlint: fixed 4 problems (doubled-punctuation 4)'])
    expect(read('news/a.txt').toString()).toBe(fixed)
    expect(read('news/e.txt').toString()).toBe(fixed)
    expect(read('news/c.txt')).toEqual(Buffer.from('caf\xe9\n', 'latin1'))
  })

  for (const order of ['le', 'be'] as const) {
    it(`UTF-16 ${order.toUpperCase()} with a byte-order mark is linted, and fixed in its own encoding`, () => {
      write('news/u.txt', utf16('\uFEFF' + fixable, order))
      const report = mtlint(['--format', 'json', 'news/u.txt'])
      expect(report.code).toBe(1)
      expect(JSON.parse(report.stdout)[0].messages[0]).toMatchObject({ruleId: 'doubled-punctuation', line: 1, column: 9})
      expect(mtlint(['--fix', 'news/u.txt']).code).toBe(0)
      expect(read('news/u.txt')).toEqual(utf16('\uFEFF' + fixed, order))
    })
  }

  it('--stdin --fix writes UTF-16 back as UTF-16', () => {
    const result = runCli(['--stdin', '--fix'], {cwd: project.dir, input: utf16('\uFEFF' + fixable, 'le')})
    expect(result.code).toBe(0)
    expect(Buffer.from(result.stdout, 'utf8').equals(Buffer.from(utf16('\uFEFF' + fixed, 'le').toString('utf8'), 'utf8'))).toBe(true)
  })
})
