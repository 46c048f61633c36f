import {spawnSync} from 'node:child_process'
import {chmodSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {cliPath, runCli, writeIn} from './cli-helpers.js'
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))

/** One rule only, so that these tests do not move when rules are added to the preset. */
const onlyDoubledPunctuation = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}})
const fixable = 'He left. . Then he came back,, and said so.\n'
const fixed = 'He left. Then he came back, and said so.\n'
/** `.,` before a number has two possible repairs, so it is reported but never fixed. */
const unfixable = 'The talks ended., 2020 was hard.\n'

let dir: string

const mtlint = (args: string[], options: {input?: string | Buffer} = {}) => runCli(args, {cwd: dir, ...options})
const write = (name: string, content: string | Buffer) => writeIn(dir, name, content)

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtlint-cli-'))
  write('.mtlintrc.json', onlyDoubledPunctuation)
})

afterEach(() => {
  rmSync(dir, {recursive: true, force: true})
})

describe('mtlint command line', () => {
  it('runs as a command of its own (shebang and executable bit), as npx runs it', () => {
    const result = spawnSync(cliPath, ['--version'], {encoding: 'utf8'})
    expect(result.stdout.trim()).toBe(packageJson.version)
  })

  it('prints help and version', () => {
    const help = mtlint(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: mtlint')
    const version = mtlint(['--version'])
    expect(version.stdout.trim()).toBe(packageJson.version)
  })

  it('reports problems with their rule and place, and exits 1 on errors', () => {
    write('article.txt', fixable)
    const result = mtlint(['article.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('article.txt')
    expect(result.stdout).toMatch(/1:9-1:11\s+error\s+.*doubled-punctuation/)
  })

  it('the stylish report has no line for a clean file, and ends with one summary line', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'space-before-punctuation': 'warn'}}))
    write('clean.txt', 'Fine.\n')
    write('article.txt', 'He left. . Then he said , no.\n')
    const result = mtlint(['clean.txt', 'article.txt'])
    expect(result.stdout).not.toContain('clean.txt')
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 problems (1 error, 1 warning), 2 fixable with --fix')
    expect(mtlint(['clean.txt']).stdout).toBe('')
  })

  it('exits 0 on warnings, and 1 when they pass --max-warnings', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'warn'}}))
    write('article.txt', fixable)
    expect(mtlint(['article.txt']).code).toBe(0)
    expect(mtlint(['--max-warnings', '2', 'article.txt']).code).toBe(0)
    const over = mtlint(['--max-warnings', '1', 'article.txt'])
    expect(over.code).toBe(1)
    expect(over.stderr).toContain('--max-warnings 1')
    expect(mtlint(['--max-warnings', '-1', 'article.txt']).code).toBe(0)
    const quiet = mtlint(['--quiet', 'article.txt'])
    expect(quiet.code).toBe(0)
    // Warnings hidden, the file has nothing to show: no line at all.
    expect(quiet.stdout).toBe('')
  })

  it('prints one JSON array of files and messages with places and fixes', () => {
    write('article.txt', fixable)
    const result = mtlint(['--format', 'json', 'article.txt'])
    const report = JSON.parse(result.stdout)
    expect(report).toHaveLength(1)
    expect(report[0].path).toBe('article.txt')
    expect(report[0].messages[0]).toMatchObject({
      ruleId: 'doubled-punctuation',
      source: 'mtlint',
      line: 1,
      column: 9,
      place: {start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 11, offset: 10}},
      fatal: true,
      fixable: true,
      actual: ' .',
      expected: [''],
      url: expect.stringContaining('doubled-punctuation.md')
    })
    expect(report[0].messages[0]).not.toHaveProperty('ancestors')
  })

  it('--fix rewrites the file in place, keeps its mode, and reports what remains', () => {
    const file = write('article.txt', fixable + unfixable)
    chmodSync(file, 0o640)
    const result = mtlint(['--fix', 'article.txt'])
    expect(readFileSync(file, 'utf8')).toBe(fixed + unfixable)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/2:16-2:18\s+error/)
    expect(result.stdout).not.toMatch(/1:9/)
    expect(result.stderr).toBe('mtlint: fixed 2 problems (doubled-punctuation 2)\n')
  })

  it('--fix counts the fixes of every pass, rule by rule, and --fix-dry-run says what it would fix', () => {
    // The capital comes in the second pass, after the stray period is gone.
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'sentence-capitalization': 'error'}}))
    write('article.txt', 'It rained. . then it stopped. It was late.\n')
    expect(mtlint(['--fix-dry-run', 'article.txt']).stderr).toContain('mtlint: would fix 2 problems (doubled-punctuation 1, sentence-capitalization 1)\n')
    expect(mtlint(['--fix', 'article.txt']).stderr).toBe('mtlint: fixed 2 problems (doubled-punctuation 1, sentence-capitalization 1)\n')
  })

  it('--fix exits 0 when everything was fixed, and writes nothing when nothing changes', () => {
    const file = write('article.txt', fixable)
    expect(mtlint(['--fix', 'article.txt']).code).toBe(0)
    const before = statSync(file)
    expect(mtlint(['--fix', 'article.txt']).code).toBe(0)
    const after = statSync(file)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
  })

  it('--fix keeps CRLF line endings and a byte-order mark', () => {
    const file = write('article.txt', '\uFEFFHe left. . Then\r\n\r\nShe came,, too.\r\n')
    mtlint(['--fix', 'article.txt'])
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFHe left. Then\r\n\r\nShe came, too.\r\n')
  })

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const file = write('article.txt', fixable)
    const result = mtlint(['--fix-dry-run', 'article.txt'])
    expect(readFileSync(file, 'utf8')).toBe(fixable)
    expect(result.stdout).toContain('--- a/article.txt\n+++ b/article.txt\n')
    expect(result.stdout).toContain('-' + fixable)
    expect(result.stdout).toContain('+' + fixed)
  })

  it('--stdin --fix prints the fixed text on stdout and the report on stderr', () => {
    const result = mtlint(['--stdin', '--fix', '--stdin-filename', 'piped.txt'], {input: fixable + unfixable})
    expect(result.stdout).toBe(fixed + unfixable)
    expect(result.stderr).toContain('piped.txt')
    expect(result.stderr).toContain('doubled-punctuation')
    expect(result.code).toBe(1)
  })

  it('--stdin reports under the given name', () => {
    const result = mtlint(['--stdin', '--format', 'json', '--stdin-filename', 'piped.txt'], {input: fixable})
    expect(JSON.parse(result.stdout)[0].path).toBe('piped.txt')
  })

  it('finds configuration upward from each file: .mtlintrc.json and package.json', () => {
    write('a/b/article.txt', fixable)
    write('a/.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'off'}}))
    expect(mtlint(['a/b/article.txt']).stdout).not.toContain('doubled-punctuation')
    write('c/package.json', JSON.stringify({name: 'x', mtlint: {preset: 'none', rules: {'doubled-punctuation': 'warn'}}}))
    write('c/article.txt', fixable)
    expect(mtlint(['c/article.txt']).stdout).toMatch(/warning.*doubled-punctuation/)
  })

  it('--rule sets the severity and keeps the options the configuration gives the rule', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'dash-style': ['warn', {doubleHyphen: 'always'}]}}))
    // `--` three times is the article's own dash style, flagged only under the configured `always`.
    write('article.txt', 'It rained -- a lot. We waited -- for hours. Then -- at last -- the sun.\n')
    const result = mtlint(['--format', 'json', '--rule', 'dash-style=error', 'article.txt'])
    const messages = JSON.parse(result.stdout)[0].messages as Array<{ruleId: string; fatal: boolean}>
    expect(messages.length).toBe(4)
    expect(messages.every((message) => message.ruleId === 'dash-style' && message.fatal)).toBe(true)
  })

  it('--rule keeps the options the preset gives the rule', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'strict'}))
    write('article.txt', 'It rained -- a lot. We waited -- for hours. Then -- at last -- the sun.\n')
    const result = mtlint(['--format', 'json', '--rule', 'dash-style=error', 'article.txt'])
    expect(result.code).toBe(1)
    const messages = JSON.parse(result.stdout)[0].messages as Array<{ruleId: string; fatal: boolean}>
    expect(messages.filter((message) => message.ruleId === 'dash-style' && message.fatal)).toHaveLength(4)
  })

  it('--config and --rule override found configuration', () => {
    write('article.txt', fixable)
    write('other.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'warn'}}))
    expect(mtlint(['--config', 'other.json', 'article.txt']).code).toBe(0)
    expect(mtlint(['--rule', 'doubled-punctuation=off', 'article.txt']).stdout).not.toContain('doubled-punctuation')
  })

  it('recurses into directories for text, Markdown and HTML files, and more with --ext', () => {
    write('docs/one.txt', fixable)
    write('docs/deep/two.txt', fixable)
    write('docs/three.md', fixable)
    write('docs/four.html', `<p>${fixable}</p>`)
    write('docs/five.rst', fixable)
    write('docs/notes.json', '{}')
    const report = (args: string[]) => JSON.parse(mtlint(['--format', 'json', ...args]).stdout).map((file: {path: string}) => file.path)
    expect(report(['docs'])).toEqual(['docs/deep/two.txt', 'docs/four.html', 'docs/one.txt', 'docs/three.md'])
    expect(report(['--ext', 'rst', 'docs'])).toContain('docs/five.rst')
  })

  it('skips files matched by .mtlintignore or by `ignore` in configuration', () => {
    write('news/one.txt', fixable)
    write('news/archive/old.txt', fixable)
    write('news/drafts/draft.txt', fixable)
    write('.mtlintignore', 'news/archive/\n')
    write('news/.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}, ignore: ['drafts/']}))
    const paths = JSON.parse(mtlint(['--format', 'json', 'news']).stdout).map((file: {path: string}) => file.path)
    expect(paths).toEqual(['news/one.txt'])
    const ignoredByName = mtlint(['news/archive/old.txt'])
    expect(ignoredByName.code).toBe(0)
    expect(ignoredByName.stderr).toContain('ignored')
  })

  it('a file that .mtlintignore names stays ignored under a broken configuration; its neighbours report it', () => {
    write('.mtlintignore', 'news/old.txt\n')
    write('news/.mtlintrc.json', '{"rules": {"no-such-rule": "warn"}}')
    write('news/old.txt', fixable)
    expect(mtlint(['news/old.txt'])).toMatchObject({code: 0})
    write('news/new.txt', fixable)
    const result = mtlint(['news'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^mtlint: news\/new\.txt: Cannot parse file `news\/\.mtlintrc\.json`: unknown rule `no-such-rule`\n$/)
  })

  it('a configuration or ignore file that cannot be read fails the files it concerns, with its name and the cause', () => {
    write('.mtlintignore', 'private/old.txt\n')
    write('private/old.txt', fixable)
    write('private/new.txt', fixable)
    write('public/a.txt', 'Fine.\n')
    // A link to itself cannot be read (ELOOP), even by root, unlike a file without permissions.
    symlinkSync(path.join(dir, 'private/.mtlintrc.json'), path.join(dir, 'private/.mtlintrc.json'))
    const unreadableConfig = mtlint(['.'])
    expect(unreadableConfig.code).toBe(2)
    expect(unreadableConfig.stderr).toBe('mtlint: private/new.txt: Cannot read `private/.mtlintrc.json`: ELOOP\n')

    symlinkSync(path.join(dir, 'public/.mtlintignore'), path.join(dir, 'public/.mtlintignore'))
    const unreadableIgnore = mtlint(['public'])
    expect(unreadableIgnore.code).toBe(2)
    expect(unreadableIgnore.stderr).toBe('mtlint: public/a.txt: Cannot read `public/.mtlintignore`: ELOOP\n')
  })

  it('drops flags on `allow` phrases of the configuration', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}, allow: ['came back,,']}))
    write('article.txt', fixable)
    const messages = JSON.parse(mtlint(['--format', 'json', 'article.txt']).stdout)[0].messages
    expect(messages.map((message: {actual: string}) => message.actual)).toEqual([' .'])
  })

  it('--stdin-filename picks the parser: Markdown code is not prose', () => {
    const markdown = 'Fine text.\n\n```\nHe left. . Then\n```\n\nIt ended. . Then.\n'
    const result = mtlint(['--stdin', '--format', 'json', '--stdin-filename', 'piped.md'], {input: markdown})
    const messages = JSON.parse(result.stdout)[0].messages
    expect(messages.map((message: {line: number}) => message.line)).toEqual([7])
  })

  it('accepts paths that name the same files twice, and globs skip node_modules', () => {
    write('docs/a.txt', fixable)
    write('docs/node_modules/pkg/readme.txt', fixable)
    const overlapping = mtlint(['--format', 'json', 'docs', 'docs/a.txt'])
    expect(overlapping.code).toBe(1)
    expect(JSON.parse(overlapping.stdout).map((file: {path: string}) => file.path)).toEqual(['docs/a.txt'])
    const globbed = mtlint(['--format', 'json', '**/*.txt'])
    expect(JSON.parse(globbed.stdout).map((file: {path: string}) => file.path)).toEqual(['docs/a.txt'])
  })

  it('--fix through a symbolic link fixes the file it points to and keeps the link', () => {
    const target = write('real/article.txt', fixable)
    symlinkSync(target, path.join(dir, 'link.txt'))
    expect(mtlint(['--fix', 'link.txt']).code).toBe(0)
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe(fixed)
  })


  it('does not follow links to folders, in the folders given or outside them; says how many it left out', () => {
    write('archive/2024/story.txt', fixable)
    write('news/today.txt', fixable)
    symlinkSync(path.join(dir, 'archive'), path.join(dir, 'news/archive'))
    symlinkSync(path.join(dir, 'news'), path.join(dir, 'news/loop'))
    symlinkSync(path.join(dir, 'news/selfloop'), path.join(dir, 'news/selfloop'))
    const run = (args: string[]) => mtlint(['--format', 'json', ...args])
    const report = (args: string[]) => JSON.parse(run(args).stdout).map((file: {path: string}) => file.path)
    expect(report(['news'])).toEqual(['news/today.txt'])
    expect(run(['news']).stderr).toBe('mtlint: skipped 1 entries that are not regular files or lead outside the folders given\n')
    // Given both, each file is linted once, under its own path.
    expect(report(['news', 'archive'])).toEqual(['archive/2024/story.txt', 'news/today.txt'])
  })

  it('a link into the tree does not get around ignore globs', () => {
    write('archive/2024/story.txt', fixable)
    write('news/today.txt', fixable)
    write('.mtlintrc.json', JSON.stringify({ignore: ['archive/**']}))
    symlinkSync(path.join(dir, 'archive/2024'), path.join(dir, '2024'))
    const result = mtlint(['--format', 'json', '.'])
    expect(JSON.parse(result.stdout).map((file: {path: string}) => file.path)).toEqual(['news/today.txt'])
  })

  it('reports an article it cannot read through a link: one that points nowhere or loops', () => {
    write('news/today.txt', fixable)
    symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'news/broken.txt'))
    symlinkSync(path.join(dir, 'news/loop.txt'), path.join(dir, 'news/loop.txt'))
    const result = mtlint(['news'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: news/broken.txt: No such file or folder\nmtlint: news/loop.txt: Cannot read file: ELOOP\n')
  })

  it('stops quietly when the reader of its output goes away', () => {
    const input = Array.from({length: 3000}, (_, index) => JSON.stringify({id: index, text: 'It ended. . Then.'})).join('\n')
    write('records.jsonl', input)
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cliPath}" --jsonl --jobs 1 < records.jsonl | head -n 1`], {cwd: dir, encoding: 'utf8'})
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toBe('')
  })

  it('an empty file lints clean', () => {
    write('empty.txt', '')
    expect(mtlint(['empty.txt']).code).toBe(0)
  })

  const badInput: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['missing.txt'], /^mtlint: missing\.txt: No such file or folder\n$/],
    ['a glob that matches nothing', () => ['nothing/*.txt'], /^mtlint: no files matched `nothing\/\*\.txt`\n$/],
    ['a glob that matches nothing beside a file that exists', () => (write('a.txt', 'Fine.'), ['a.txt', 'drafts/*.md']), /^mtlint: no files matched `drafts\/\*\.md`\n$/],
    ['a folder without articles', () => (write('empty/notes.json', '{}'), ['empty']), /^mtlint: no files matched `empty`\n$/],
    ['a missing --config file', () => (write('a.txt', 'Fine.'), ['--config', 'nope.json', 'a.txt']), /^mtlint: a\.txt: Cannot read configuration `.*nope\.json`\n$/],
    ['a binary file', () => (write('data.txt', Buffer.from([0x89, 0x50, 0x00, 0x01])), ['data.txt']), /^mtlint: data\.txt: binary file/],
    ['invalid UTF-8', () => (write('latin1.txt', Buffer.from('caf\xe9\n', 'latin1')), ['latin1.txt']), /^mtlint: latin1\.txt: invalid UTF-8\n$/],
    ['an unknown rule in configuration', () => (write('.mtlintrc.json', '{"rules": {"no-such-rule": "warn"}}'), write('a.txt', 'Fine.'), ['a.txt']), /unknown rule `no-such-rule`/],
    ['an unknown rule on the command line', () => ['--rule', 'no-such-rule=warn', '.'], /^mtlint: unknown rule `no-such-rule` in --rule \(see mtlint --help\)\n$/],
    [
      'a wrong option value in configuration',
      () => (write('.mtlintrc.json', '{"rules": {"dash-style": ["warn", {"style": "emdash"}]}}'), write('a.txt', 'Fine -- really.'), ['a.txt']),
      /^mtlint: a\.txt: Cannot parse file `\.mtlintrc\.json`: rule `dash-style`: option `style` is `"emdash"`, expected one of "auto", "em", "em-spaced", "en-spaced"\n$/
    ],
    ['broken JSON configuration', () => (write('.mtlintrc.json', '{bad'), write('a.txt', 'Fine.'), ['a.txt']), /^mtlint: a\.txt: Cannot parse file `\.mtlintrc\.json`/],
    ['an unknown option', () => ['--frobnicate'], /^mtlint: Unknown option '--frobnicate' \(see mtlint --help\)\n$/],
    ['a misspelt option', () => ['--fixx', '.'], /^mtlint: Unknown option '--fixx', did you mean --fix\? \(see mtlint --help\)\n$/],
    ['another misspelt option', () => ['--max-warning', '3', '.'], /^mtlint: Unknown option '--max-warning', did you mean --max-warnings\? \(see mtlint --help\)\n$/],
    ['--jsonl with --format sarif', () => ['--jsonl', '--format', 'sarif'], /^mtlint: --jsonl writes its own lines: it does not take --format \(see mtlint --help\)\n$/],
    ['--jsonl with --output-file', () => ['--jsonl', '--output-file', 'x.json'], /^mtlint: --jsonl writes its own lines: it does not take --output-file \(see mtlint --help\)\n$/],
    ['--cache-location without --cache', () => ['--cache-location', 'c/', '.'], /^mtlint: --cache-location needs --cache \(see mtlint --help\)\n$/],
    ['--max-record-size without --jsonl', () => ['--max-record-size', '1MB', '.'], /^mtlint: --max-record-size needs --jsonl \(see mtlint --help\)\n$/],
    ['--max-warnings below -1', () => ['--max-warnings', '-2', '.'], /^mtlint: --max-warnings expects a whole number \(or -1 for no limit\)/],
    ['no paths, in a folder without articles', () => [], /^mtlint: no files matched `\.`\n$/]
  ]
  for (const [name, setup, error] of badInput) {
    it(`exits 2 with one line naming the cause for ${name}`, () => {
      const result = mtlint(setup())
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(error)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }

  it('reports invalid UTF-8 on standard input', () => {
    const result = mtlint(['--stdin'], {input: Buffer.from([0x63, 0xe9, 0x0a])})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: <stdin>: invalid UTF-8\n')
  })
})
