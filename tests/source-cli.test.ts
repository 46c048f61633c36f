import {describe, expect, it} from 'vitest'
import {useProject} from './cli-helpers.js'

/** The source-* rules only, so that other rules do not add to the counts. */
const sourceRules = {
  preset: 'none',
  rules: {'source-number': 'warn', 'source-verbatim': 'warn', 'source-omission': 'warn', 'source-untranslated': 'warn', 'source-name': 'warn'}
}
const source = '参加者は3.5万人に上った。\n\n詳細は https://example.jp/event-2021 をご覧ください。\n'
const target = 'Participants numbered 3,500.\n\nSee https://example.jp/event2021 for details.\n'
const fixed = 'Participants numbered 3,500.\n\nSee https://example.jp/event-2021 for details.\n'

const ruleIds = (stdout: string) => (JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>).flatMap((file) => file.messages.map((message) => message.ruleId))

describe('--source', () => {
  const project = useProject('mtlint-source-', JSON.stringify(sourceRules))

  it('checks the one file against its source', () => {
    project.write('article.en.txt', target)
    project.write('article.ja.txt', source)
    const run = project.mtlint(['--format', 'json', '--source', 'article.ja.txt', 'article.en.txt'])
    expect(run.code).toBe(0)
    expect(ruleIds(run.stdout)).toEqual(['source-number', 'source-verbatim'])
  })

  it('is never answered from the cache, which does not know the source', () => {
    project.write('article.en.txt', target)
    project.write('article.ja.txt', source)
    const first = project.mtlint(['--format', 'json', '--cache', '--source', 'article.ja.txt', 'article.en.txt'])
    project.write('article.ja.txt', '参加者は3500人に上った。\n\n詳細は https://example.jp/event2021 をご覧ください。\n')
    const second = project.mtlint(['--format', 'json', '--cache', '--source', 'article.ja.txt', 'article.en.txt'])
    expect(ruleIds(first.stdout)).toEqual(['source-number', 'source-verbatim'])
    expect(ruleIds(second.stdout)).toEqual([])
  })

  it('stays silent without a source', () => {
    project.write('article.en.txt', target)
    const run = project.mtlint(['--format', 'json', 'article.en.txt'])
    expect(ruleIds(run.stdout)).toEqual([])
  })

  it('--fix restores the altered URL and nothing else, and checks standard input too', () => {
    project.write('article.en.txt', target)
    project.write('article.ja.txt', source)
    const run = project.mtlint(['--fix', '--source', 'article.ja.txt', 'article.en.txt'])
    expect(run.code).toBe(0)
    expect(project.read('article.en.txt').toString()).toBe(fixed)
    const piped = project.mtlint(['--stdin', '--fix', '--source', 'article.ja.txt'], {input: target})
    expect(piped.stdout).toBe(fixed)
  })

  it.each([
    [['--source', 'missing.txt', 'article.en.txt'], /^mtlint: --source missing\.txt: Cannot read file: ENOENT\n$/],
    [['--source', 'article.ja.txt', 'article.en.txt', 'other.en.txt'], /^mtlint: --source needs exactly one file to lint, not 2\n$/],
    [['--jsonl', '--source', 'article.ja.txt'], /--jsonl records carry their own `source`/],
    [['--source', 'binary.bin', 'article.en.txt'], /^mtlint: --source binary\.bin: .*binary/]
  ])('rejects %j with one line and exit code 2', (args, message) => {
    project.write('article.en.txt', target)
    project.write('other.en.txt', target)
    project.write('article.ja.txt', source)
    project.write('binary.bin', Buffer.from([0, 1, 2, 0]))
    const run = project.mtlint(args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('the `source` naming convention in configuration', () => {
  const project = useProject('mtlint-source-convention-', JSON.stringify({...sourceRules, source: {lang: 'ja'}}))

  it('pairs each translation with its source beside it, and leaves the sources out', () => {
    project.write('a/article.en.txt', target)
    project.write('a/article.ja.txt', source)
    project.write('a/plain.txt', 'A file outside the convention, linted alone.\n')
    const run = project.mtlint(['--format', 'json', 'a'])
    expect(run.code).toBe(0)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => message.ruleId)])).toEqual([
      ['a/article.en.txt', ['source-number', 'source-verbatim']],
      ['a/plain.txt', []]
    ])
    expect(run.stderr).toBe('mtlint: left out 1 source file (configuration `source`)\n')
  })

  it('answers standard input named like a source: --fix gives its text back, never nothing', () => {
    const piped = project.mtlint(['--fix', '--stdin-filename', 'article.ja.txt', '-'], {input: 'The the text..\n'})
    expect(piped.code).toBe(0)
    expect(piped.stdout).toBe('The the text..\n')
  })

  it('takes a pattern of its own', () => {
    project.write('.mtlintrc.json', JSON.stringify({...sourceRules, source: {pattern: '{lang}/{name}.{ext}'.replace('/', '_'), lang: 'ja'}}))
    project.write('en_article.txt', target)
    project.write('ja_article.txt', source)
    const run = project.mtlint(['--format', 'json', 'en_article.txt'])
    expect(ruleIds(run.stdout)).toEqual(['source-number', 'source-verbatim'])
  })

  it('makes a missing source a file error of its translation, and lints the others', () => {
    project.write('article.en.txt', target)
    project.write('clean.txt', 'Nothing to see.\n')
    const run = project.mtlint(['article.en.txt', 'clean.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^mtlint: article\.en\.txt: source article\.ja\.txt: Cannot read file: ENOENT$/m)
  })

  it.each([
    [{source: 'ja'}, /`source` must be an object/],
    [{source: {}}, /`source.lang` must be a language code/],
    [{source: {lang: 'ja', pattern: '{name}.txt'}}, /`source.pattern` must be a file name holding \{name\} and \{lang\}/],
    [{source: {lang: 'ja', pattern: '../{name}.{lang}.txt'}}, /may hold only a file name/],
    [{source: {lang: 'ja', patern: '{name}.{lang}.{ext}'}}, /unknown key `patern`/],
    [{source: {lang: 'ja', pattern: '{name}.{lang}.{name}'}}, /may hold \{name\} once/]
  ])('rejects a wrong setting %j, naming the configuration file', (config, message) => {
    project.write('.mtlintrc.json', JSON.stringify(config))
    project.write('article.en.txt', target)
    const run = project.mtlint(['article.en.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/\.mtlintrc\.json/)
    expect(run.stderr).toMatch(message)
  })
})

describe('--jsonl records with a source', () => {
  const project = useProject('mtlint-source-jsonl-', JSON.stringify(sourceRules))

  it('checks a record against its `source`, and rejects a `source` that is not a string', () => {
    const input = [JSON.stringify({id: 1, text: target, source}), JSON.stringify({id: 2, text: target}), JSON.stringify({id: 3, text: target, source: 5})].join('\n')
    const run = project.mtlint(['--jsonl', '--fix'], {input})
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as {id: number; messages?: Array<{ruleId: string}>; fixed?: string; error?: string})
    expect(lines[0].messages!.map((message) => message.ruleId)).toEqual(['source-number'])
    expect(lines[0].fixed).toBe(fixed)
    expect(lines[1].messages).toEqual([])
    expect(lines[2]).toEqual({id: 3, line: 3, error: 'expected a string `source`'})
  })
})
