import {mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {runCli, writeIn} from './cli-helpers.js'

let dir: string
const mtlint = (args: string[], options: {input?: string | Buffer} = {}) => runCli(args, {cwd: dir, ...options})
const write = (name: string, content: string | Buffer) => writeIn(dir, name, content)

/** Two rules only, so that rules added later do not move these results. */
const config = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'repeated-word': 'warn'}})

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtlint-gate-'))
  write('.mtlintrc.json', config)
})

afterEach(() => {
  rmSync(dir, {recursive: true, force: true})
})

/** Articles with and without defects, enough of them for worker threads to be used. */
function writeArticles(count: number) {
  for (let index = 0; index < count; index++) {
    const defect = index % 3 === 0 ? 'It ended. . Then the the rain came.' : 'It ended. Then rain came.'
    write(`articles/${String(index).padStart(3, '0')}.txt`, `Article ${index}.\n\n${defect}\n`)
  }
}

const paths = (stdout: string) => JSON.parse(stdout).map((file: {path: string}) => file.path)

describe('large runs', () => {
  it('--jobs 2 and --jobs 1 give identical reports, in the same order', () => {
    writeArticles(48)
    const serial = mtlint(['--format', 'json', '--jobs', '1', 'articles'])
    const parallel = mtlint(['--format', 'json', '--jobs', '2', 'articles'])
    expect(parallel.code, parallel.stderr).toBe(serial.code)
    expect(parallel.stdout).toBe(serial.stdout)
    expect(paths(serial.stdout)).toHaveLength(48)
    expect(JSON.parse(serial.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual([
      'doubled-punctuation',
      'repeated-word'
    ])
  })

  it('the worker threads that read the files report those they cannot lint, as one thread does', () => {
    writeArticles(48)
    write('articles/010.txt', Buffer.from([0x66, 0x00, 0x67]))
    write('articles/020.txt', Buffer.from([0xc3, 0x28]))
    const expected = 'mtlint: articles/010.txt: binary file (it contains NUL bytes)\nmtlint: articles/020.txt: invalid UTF-8\n'
    for (const jobs of ['1', '2']) {
      const result = mtlint(['--jobs', jobs, 'articles'])
      expect(result.code, `--jobs ${jobs}`).toBe(2)
      expect(result.stderr, `--jobs ${jobs}`).toBe(expected)
    }
  })

  it('--cache stores what worker threads read and hashed: a second run finds every file', () => {
    writeArticles(48)
    const first = mtlint(['--cache', '--jobs', '2', '--format', 'json', 'articles'])
    const cache = JSON.parse(readFileSync(path.join(dir, 'node_modules/.cache/mtlint/.mtlintcache'), 'utf8'))
    expect(Object.keys(cache.entries)).toHaveLength(48)
    // Touch every file without changing it: the second run recognises each by the hash of its text.
    const later = new Date(Date.now() + 5000)
    for (const name of Object.keys(cache.entries)) utimesSync(path.join(dir, name), later, later)
    cache.entries['articles/000.txt'][4].messages = []
    writeFileSync(path.join(dir, 'node_modules/.cache/mtlint/.mtlintcache'), JSON.stringify(cache))
    const second = mtlint(['--cache', '--jobs', '2', '--format', 'json', 'articles'])
    expect(JSON.parse(second.stdout)[0].messages).toEqual([])
    expect(JSON.parse(second.stdout).slice(1)).toEqual(JSON.parse(first.stdout).slice(1))
    // Each entry now holds the file's new time, and the entries are in path order.
    const refreshed = JSON.parse(readFileSync(path.join(dir, 'node_modules/.cache/mtlint/.mtlintcache'), 'utf8'))
    expect(Object.keys(refreshed.entries)).toEqual(Object.keys(refreshed.entries).sort())
    expect(refreshed.entries['articles/001.txt'][2]).toBe(statSync(path.join(dir, 'articles/001.txt')).mtimeMs)
  })

  it('stops at once, with its one line, when the threads started early are not needed', () => {
    writeArticles(48)
    const result = mtlint(['--jobs', '2', 'articles', 'missing/*.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: no files matched `missing/*.txt`\n')
  })

  it('--fix with --jobs 2 writes the same files as serially', () => {
    writeArticles(40)
    mtlint(['--fix', '--jobs', '2', 'articles'])
    expect(readFileSync(path.join(dir, 'articles/000.txt'), 'utf8')).toBe('Article 0.\n\nIt ended. Then the rain came.\n')
    expect(readFileSync(path.join(dir, 'articles/001.txt'), 'utf8')).toBe('Article 1.\n\nIt ended. Then rain came.\n')
  })

  it('prints no progress bar when standard error is not a terminal', () => {
    writeArticles(60)
    expect(mtlint(['--jobs', '1', 'articles']).stderr).toBe('')
  })
})

describe('--cache', () => {
  const cacheFile = () => path.join(dir, 'node_modules/.cache/mtlint/.mtlintcache')
  const readCache = () => JSON.parse(readFileSync(cacheFile(), 'utf8'))

  it('does not lint an unchanged file again, and does when its text or configuration changes', () => {
    write('a.txt', 'It ended. . Then.\n')
    const first = mtlint(['--cache', '--format', 'json', 'a.txt'])
    expect(JSON.parse(first.stdout)[0].messages).toHaveLength(1)

    // Tamper with the stored result: if the next run shows it, the file was not linted again.
    const cache = readCache()
    cache.entries['a.txt'][4].messages = []
    write(path.relative(dir, cacheFile()), JSON.stringify(cache))
    expect(JSON.parse(mtlint(['--cache', '--format', 'json', 'a.txt']).stdout)[0].messages).toHaveLength(0)

    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'warn'}}))
    expect(JSON.parse(mtlint(['--cache', '--format', 'json', 'a.txt']).stdout)[0].messages).toHaveLength(1)
    // The setup of the first run is no longer used by any entry: it is not kept.
    expect(readCache().setups).toHaveLength(1)

    const tampered = readCache()
    tampered.entries['a.txt'][4].messages = []
    write(path.relative(dir, cacheFile()), JSON.stringify(tampered))
    write('a.txt', 'It ended. . Then. Changed.\n')
    expect(JSON.parse(mtlint(['--cache', '--format', 'json', 'a.txt']).stdout)[0].messages).toHaveLength(1)
  })

  it('ignores a corrupt or foreign cache file with a warning, and still lints', () => {
    write('a.txt', 'It ended. . Then.\n')
    for (const content of ['{not json', '{"some": "other tool"}', '[1, 2]']) {
      write(path.relative(dir, cacheFile()), content)
      const result = mtlint(['--cache', '--format', 'json', 'a.txt'])
      expect(result.stderr).toMatch(/^mtlint: warning: cache .* is corrupt or not mtlint's/)
      expect(JSON.parse(result.stdout)[0].messages).toHaveLength(1)
      expect(readCache().mtlintCache).toBe(3)
    }
  })

  it('lints again a file whose cache entry is damaged, and drops damaged entries of other files', () => {
    write('a.txt', 'It ended. . Then.\n')
    mtlint(['--cache', 'a.txt'])
    const cache = readCache()
    cache.entries['a.txt'][4] = null
    cache.entries['gone.txt'] = null
    write(path.relative(dir, cacheFile()), JSON.stringify(cache))
    const result = mtlint(['--cache', '--format', 'json', 'a.txt'])
    expect(result.stderr).toMatch(/^mtlint: warning: cache .*: 2 entries do not have the shape of a result, ignoring them\n$/)
    expect(JSON.parse(result.stdout)[0].messages).toHaveLength(1)
    expect(Object.keys(readCache().entries)).toEqual(['a.txt'])
    expect(readCache().entries['a.txt'][4].messages).toHaveLength(1)
  })

  it('starts afresh, without a warning, from the cache of another mtlint version', () => {
    write('a.txt', 'It ended. . Then.\n')
    write(path.relative(dir, cacheFile()), JSON.stringify({mtlintCache: 2, entries: {'a.txt': {result: {messages: []}}}}))
    const result = mtlint(['--cache', '--format', 'json', 'a.txt'])
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)[0].messages).toHaveLength(1)
    expect(readCache().mtlintCache).toBe(3)
  })

  it('--cache-location moves the cache file; a folder (ending in a separator, or existing) holds it', () => {
    write('a.txt', 'Fine.\n')
    mtlint(['--cache', '--cache-location', 'tmp/cache.json', 'a.txt'])
    expect(JSON.parse(readFileSync(path.join(dir, 'tmp/cache.json'), 'utf8')).mtlintCache).toBe(3)
    mtlint(['--cache', '--cache-location', 'new/', 'a.txt'])
    expect(JSON.parse(readFileSync(path.join(dir, 'new/.mtlintcache'), 'utf8')).mtlintCache).toBe(3)
    mtlint(['--cache', '--cache-location', 'tmp', 'a.txt'])
    expect(JSON.parse(readFileSync(path.join(dir, 'tmp/.mtlintcache'), 'utf8')).mtlintCache).toBe(3)
  })

  it('never writes cached text with --fix: the fix is made from the file', () => {
    write('a.txt', 'It ended. . Then.\n')
    mtlint(['--cache', 'a.txt'])
    const cache = readCache()
    cache.entries['a.txt'][4].fixed = '<script>alert(1)</script>'
    cache.entries['a.txt'][4].messages = []
    write(path.relative(dir, cacheFile()), JSON.stringify(cache))
    // The two do nothing together: a usage error; and --fix alone fixes the file's own text.
    expect(mtlint(['--cache', '--fix', 'a.txt'])).toMatchObject({code: 2, stderr: expect.stringContaining('--cache does nothing with --fix')})
    expect(mtlint(['--fix', 'a.txt']).code).toBe(0)
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('It ended. Then.\n')
  })

  it('drops hand-made hostile entries, and lints those files afresh', () => {
    write('a.txt', 'It ended. . Then.\n')
    mtlint(['--cache', 'a.txt'])
    const good = readCache().entries['a.txt']
    const message = good[4].messages[0]
    const hostile: unknown[] = [
      {...message, place: {...message.place, end: {line: 1, column: 9, offset: 1e9}}},
      {...message, ruleId: 'no-such-rule'},
      {...message, reason: {toString: 'x'}},
      {...message, kind: 'file-error'},
      {...message, line: -1},
      {...message, expected: [1]},
      {...message, place: {start: message.place.end, end: message.place.start}}
    ]
    for (const bad of hostile) {
      const cache = readCache()
      cache.entries['a.txt'] = [good[0], good[1], good[2], good[3], {messages: [bad]}]
      cache.entries['__proto__'] = [0, 'x', 1, 1, {messages: []}]
      cache.entries['b.txt'] = [99, 'x', 1, 1, {messages: []}]
      write(path.relative(dir, cacheFile()), JSON.stringify(cache))
      const result = mtlint(['--cache', '--format', 'json', 'a.txt'])
      expect(result.stderr, JSON.stringify(bad)).toMatch(/entries do not have the shape of a result/)
      expect(JSON.parse(result.stdout)[0].messages).toEqual([expect.objectContaining({ruleId: 'doubled-punctuation', reason: message.reason})])
    }
  })
})

describe('--baseline', () => {
  it('records findings, then reports and fails only on new ones, and says how many it held back', () => {
    write('a.txt', 'Old line. . Here.\n')
    const recorded = mtlint(['--baseline', 'baseline.json', '--update-baseline', 'a.txt'])
    expect(recorded.code).toBe(0)
    expect(recorded.stderr).toContain('holds 1 findings')

    const known = mtlint(['--baseline', 'baseline.json', 'a.txt'])
    expect(known.code).toBe(0)
    expect(known.stderr).toContain('1 known findings held back')

    // An edit elsewhere moves the known finding down a few lines; it stays known. A new one fails.
    write('a.txt', 'A new first paragraph.\n\nOld line. . Here.\n\nNew line. . Here.\n')
    const edited = mtlint(['--baseline', 'baseline.json', '--format', 'json', 'a.txt'])
    expect(edited.code).toBe(1)
    expect(JSON.parse(edited.stdout)[0].messages.map((message: {line: number}) => message.line)).toEqual([5])
  })

  it('a known finding holds back one finding, not every one like it', () => {
    write('a.txt', 'Old line. . Here.\n')
    mtlint(['--baseline', 'baseline.json', '--update-baseline', 'a.txt'])
    write('a.txt', 'Old line. . Here.\n\nOld line. . Here.\n')
    expect(mtlint(['--baseline', 'baseline.json', 'a.txt']).code).toBe(1)
  })

  it('an unreadable baseline is an error', () => {
    write('a.txt', 'Fine.\n')
    write('baseline.json', '{"what": 1}')
    const result = mtlint(['--baseline', 'baseline.json', 'a.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^mtlint: baseline\.json: cannot read baseline/)
  })
})

describe('--output-file', () => {
  it('writes the chosen format to the file and prints the human report', () => {
    write('a.txt', 'It ended. . Then.\n')
    const result = mtlint(['--format', 'json', '--output-file', 'report.json', 'a.txt'])
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))[0].messages[0].ruleId).toBe('doubled-punctuation')
    expect(result.stdout).toMatch(/1:10-1:12\s+error/)
    expect(result.code).toBe(1)
  })
})

describe('--jsonl', () => {
  it('writes one result line per record, in order, and keeps going past bad lines', () => {
    const input = [
      JSON.stringify({id: 1, text: 'It ended. . Then.'}),
      'this is not json',
      JSON.stringify({id: 'two', text: 42}),
      '',
      JSON.stringify({id: 3, text: 'Fine.'})
    ].join('\n')
    const result = mtlint(['--jsonl'], {input})
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.map((line) => line.id)).toEqual([1, null, 'two', 3])
    expect(lines[0].messages[0]).toMatchObject({ruleId: 'doubled-punctuation', line: 1, column: 10})
    expect(lines[1]).toMatchObject({line: 2, error: expect.stringContaining('JSON')})
    expect(lines[2]).toMatchObject({line: 3, error: 'expected a string `text`'})
    expect(lines[3]).toEqual({id: 3, messages: []})
  })

  it('with --fix, adds the fixed text and reports what remains', () => {
    const input = JSON.stringify({id: 1, text: 'It ended. . Then the the end.'})
    const [line] = mtlint(['--jsonl', '--fix'], {input}).stdout.trim().split('\n').map((text) => JSON.parse(text))
    expect(line).toEqual({id: 1, messages: [], fixed: 'It ended. Then the end.'})
  })

  it('a 20 MB line, invalid UTF-8 or a record without id or text gets its error line, and the run goes on', () => {
    const huge = JSON.stringify({id: 'huge', text: 'a'.repeat(20 * 1024 * 1024)})
    const input = Buffer.concat([
      Buffer.from(huge + '\n'),
      Buffer.from('{"id": 2, "text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n' + JSON.stringify({text: 'No id.'}) + '\n' + JSON.stringify({id: 4}) + '\n'),
      Buffer.from(JSON.stringify({id: 5, text: 'It ended. . Then.'}))
    ])
    const result = mtlint(['--jsonl', '--jobs', '1'], {input})
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.slice(0, 4)).toEqual([
      {id: null, line: 1, error: `record larger than --max-record-size ${16 * 1024 * 1024} bytes`},
      {id: null, line: 2, error: 'invalid UTF-8'},
      {id: null, line: 3, error: 'expected an `id`'},
      {id: 4, line: 4, error: 'expected a string `text`'}
    ])
    expect(lines[4]).toMatchObject({id: 5, messages: [{ruleId: 'doubled-punctuation'}]})
    const small = mtlint(['--jsonl', '--jobs', '1', '--max-record-size', '1KB'], {input: JSON.stringify({id: 1, text: 'a'.repeat(2000)}) + '\n{"id": 2, "text": "Fine."}'})
    expect(small.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      {id: null, line: 1, error: 'record larger than --max-record-size 1024 bytes'},
      {id: 2, messages: []}
    ])
  })

  it('gives the same results on worker threads', () => {
    const input = Array.from({length: 100}, (_, index) => JSON.stringify({id: index, text: index % 2 ? 'A. . B' : 'Fine.'})).join('\n')
    const serial = mtlint(['--jsonl', '--jobs', '1'], {input})
    const parallel = mtlint(['--jsonl', '--jobs', '2'], {input})
    expect(parallel.stdout).toBe(serial.stdout)
    expect(serial.stdout.trim().split('\n')).toHaveLength(100)
  })
})
