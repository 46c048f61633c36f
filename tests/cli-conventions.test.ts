import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, renameSync, rmSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, runCli, useProject} from './cli-helpers.js'

/** Two rules only, so that these tests do not move when rules are added to the preset. */
const twoRules = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'space-before-punctuation': 'warn'}})
const project = useProject('mtlint-conventions-', twoRules)
const {mtlint, write} = project

/** The paths of a JSON report, in order. */
const reportedPaths = (stdout: string) => (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)

describe('input: -, no path, and the extensions folders are searched for', () => {
  it('`-` reads standard input, as --stdin does, and takes --stdin-filename', () => {
    const result = mtlint(['-', '--stdin-filename', 'draft.txt', '--format', 'json'], {input: 'He left. . Then.\n'})
    expect(result.code).toBe(1)
    expect(reportedPaths(result.stdout)).toEqual(['draft.txt'])
  })

  it('with no path, lints the working folder', () => {
    write('a.txt', 'He left. . Then.\n')
    write('sub/b.md', 'Fine.\n')
    const result = mtlint(['--format', 'json'])
    expect(result.code).toBe(1)
    expect(reportedPaths(result.stdout)).toEqual(['a.txt', path.join('sub', 'b.md')])
  })

  it('folders are searched for every extension that has a format, in any case', () => {
    const names = ['a.TXT', 'b.Md', 'c.mdown', 'd.mkd', 'e.xhtml', 'f.HTM', 'g.markdown', 'h.html']
    for (const name of names) write(`docs/${name}`, 'Fine.\n')
    write('docs/notes.json', '{}')
    write('docs/image.png', 'not an article')
    const result = mtlint(['docs', '--format', 'json'])
    expect(result.code).toBe(0)
    expect(reportedPaths(result.stdout)).toEqual(names.map((name) => path.join('docs', name)).sort())
  })

  it('SARIF gives the media type of every extension with a format, in any case', () => {
    for (const name of ['a.MKD', 'b.mdown', 'c.xhtml', 'd.HTM']) write(`docs/${name}`, 'Fine.\n')
    const artifacts = JSON.parse(mtlint(['docs', '--format', 'sarif']).stdout).runs[0].artifacts as Array<{mimeType?: string}>
    expect(artifacts.map((artifact) => artifact.mimeType)).toEqual(['text/markdown', 'text/markdown', 'application/xhtml+xml', 'text/html'])
  })

  it('--ext matches in any case too', () => {
    write('docs/a.RST', 'Fine.\n')
    expect(reportedPaths(mtlint(['docs', '--ext', 'rst', '--format', 'json']).stdout)).toEqual([path.join('docs', 'a.RST')])
  })
})

describe('usage errors', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['a misspelt option', ['--fixx'], /^mtlint: Unknown option '--fixx', did you mean --fix\? \(see mtlint --help\)\n$/],
    ['a misspelt rule id', ['--rule', 'repeated-wrod=off'], /^mtlint: unknown rule `repeated-wrod` in --rule, did you mean `repeated-word`\? \(see mtlint --help\)\n$/],
    ['a misspelt format', ['--format', 'sarf'], /^mtlint: unknown format `sarf`, did you mean `sarif`\?, expected one of .*junit, codeclimate \(see mtlint --help\)\n$/],
    ['--jsonl with --format sarif', ['--jsonl', '--format', 'sarif'], /^mtlint: --jsonl writes its own lines: it does not take --format \(see mtlint --help\)\n$/],
    ['--jsonl with --no-ignore', ['--jsonl', '--no-ignore'], /it does not take --no-ignore/],
    ['--color with --no-color', ['--color', '--no-color'], /^mtlint: use either --color or --no-color, not both/],
    ['--cache with standard input', ['-', '--cache'], /^mtlint: --cache does nothing with standard input/],
    ['--no-ignore with --ignore-path', ['--no-ignore', '--ignore-path', '.gitignore'], /--no-ignore reads no ignore file/],
    ['- beside a path', ['-', 'a.txt'], /^mtlint: `-` reads standard input: give no other paths, nor --stdin/],
    ['--diff without --fix-dry-run', ['--diff', 'words'], /^mtlint: --diff needs --fix-dry-run/],
    ['an unknown --diff style', ['--fix-dry-run', '--diff', 'word'], /^mtlint: unknown --diff style `word`, did you mean `words`\?/],
    ['--rule-urls with --format json', ['--rule-urls', '--format', 'json'], /^mtlint: --rule-urls is for the stylish report, not --format json/],
    ['--list-rules with a path', ['--list-rules', 'a.txt'], /^mtlint: --list-rules lints nothing: it does not take paths/],
    ['--print-config with --fix', ['--print-config', 'a.txt', '--fix'], /^mtlint: --print-config lints nothing: it does not take --fix/],
    ['--init with --list-rules', ['--init', '--list-rules'], /^mtlint: use one of --list-rules, --init at a time/],
    ['--print-config with --format sarif', ['--print-config', 'a.txt', '--format', 'sarif'], /^mtlint: --print-config does not take --format/]
  ]
  for (const [name, args, error] of cases) {
    it(`exits 2 with one line that ends with a pointer to --help: ${name}`, () => {
      const result = mtlint(args)
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(error)
      expect(result.stderr).toMatch(/ \(see mtlint --help\)\n$/)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stdout).toBe('')
    })
  }

  const configCases: Array<[string, string, RegExp]> = [
    ['a misspelt setting', '{"rule": {}}', /unknown setting `rule`, did you mean `rules`\?$/],
    ['a misspelt rule id', '{"rules": {"repeated-wrod": "off"}}', /unknown rule `repeated-wrod`, did you mean `repeated-word`\?$/],
    ['a rule id far from any', '{"rules": {"no-such-rule": "off"}}', /unknown rule `no-such-rule`$/]
  ]
  for (const [name, config, error] of configCases) {
    it(`a configuration with ${name} names the file and suggests the nearest key`, () => {
      write('.mtlintrc.json', config)
      write('a.txt', 'Fine.\n')
      const result = mtlint(['a.txt'])
      expect(result.code).toBe(2)
      expect(result.stderr.trim()).toMatch(/^mtlint: a\.txt: Cannot parse file `\.mtlintrc\.json`: /)
      expect(result.stderr.trim()).toMatch(error)
    })
  }

  it('--cache-location DIR/ puts the cache file inside the folder, creating it', () => {
    write('a.txt', 'Fine.\n')
    expect(mtlint(['--cache', '--cache-location', 'cache-here/', 'a.txt']).code).toBe(0)
    expect(JSON.parse(project.read('cache-here/.mtlintcache').toString()).mtlintCache).toBeTypeOf('number')
  })
})

describe('colour', () => {
  const red = '\u001B[31m'
  const cases: Array<[string, string[], Record<string, string>, boolean]> = [
    ['off by default on a pipe', [], {}, false],
    ['--color forces it', ['--color'], {}, true],
    ['FORCE_COLOR=1 forces it', [], {FORCE_COLOR: '1'}, true],
    ['FORCE_COLOR wins over NO_COLOR', [], {FORCE_COLOR: '1', NO_COLOR: '1'}, true],
    ['FORCE_COLOR=0 turns it off', ['--format', 'stylish'], {FORCE_COLOR: '0'}, false],
    ['--no-color wins over FORCE_COLOR', ['--no-color'], {FORCE_COLOR: '1'}, false],
    ['--color wins over NO_COLOR', ['--color'], {NO_COLOR: '1'}, true]
  ]
  for (const [name, args, env, coloured] of cases) {
    it(name, () => {
      write('a.txt', 'He left. . Then.\n')
      const base = {...process.env}
      delete base.FORCE_COLOR
      delete base.NO_COLOR
      const result = runCli(['a.txt', ...args], {cwd: project.dir, env: {...base, NO_COLOR: '', ...env}})
      expect(result.stdout.includes(red)).toBe(coloured)
    })
  }
})

describe('ignore files', () => {
  it('--ignore-path replaces .mtlintignore; its patterns are relative to its folder', () => {
    write('.mtlintignore', 'a.txt\n')
    write('lists/ignored-articles', '/drafts/\n')
    write('a.txt', 'Fine.\n')
    write('lists/drafts/b.txt', 'Fine.\n')
    write('drafts/c.txt', 'Fine.\n')
    const result = mtlint(['.', '--ignore-path', 'lists/ignored-articles', '--format', 'json'])
    expect(reportedPaths(result.stdout)).toEqual(['a.txt', path.join('drafts', 'c.txt')])
  })

  it('.gitignore is not read unless given with --ignore-path', () => {
    write('.gitignore', 'build/\n')
    write('build/a.txt', 'Fine.\n')
    expect(reportedPaths(mtlint(['--format', 'json']).stdout)).toEqual([path.join('build', 'a.txt')])
    const ignored = mtlint(['--ignore-path', '.gitignore', '--format', 'json'])
    expect(ignored.stdout).toBe('')
    expect(ignored.stderr).toMatch(/every given file is ignored .*use --no-ignore/)
  })

  it('a missing --ignore-path file is one line naming it, exit 2', () => {
    write('a.txt', 'Fine.\n')
    const result = mtlint(['a.txt', '--ignore-path', 'nope'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: Cannot read ignore file `nope`: no such file, or a folder\n')
  })

  it('--no-ignore lints what .mtlintignore and `ignore` in configuration leave out', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}, ignore: ['b.txt']}))
    write('.mtlintignore', 'a.txt\n')
    write('a.txt', 'Fine.\n')
    write('b.txt', 'Fine.\n')
    write('c.txt', 'Fine.\n')
    expect(reportedPaths(mtlint(['--format', 'json']).stdout)).toEqual(['c.txt'])
    expect(reportedPaths(mtlint(['--no-ignore', '--format', 'json']).stdout)).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })

  it('standard input named as an ignored file: a warning and no findings; --fix gives the text back unchanged', () => {
    write('.mtlintignore', 'vendor/\n')
    const text = 'He left. . Then.\n'
    const lint = mtlint(['--stdin', '--stdin-filename', 'vendor/a.txt', '--format', 'json'], {input: text})
    expect(lint.code).toBe(0)
    expect(lint.stdout).toBe('')
    expect(lint.stderr).toBe('mtlint: warning: vendor/a.txt is ignored (.mtlintignore, --ignore-path or `ignore` in configuration); use --no-ignore to lint it\n')
    const fix = mtlint(['-', '--fix', '--stdin-filename', 'vendor/a.txt'], {input: text})
    expect(fix.code).toBe(0)
    expect(fix.stdout).toBe(text)
    const notIgnored = mtlint(['-', '--no-ignore', '--stdin-filename', 'vendor/a.txt', '--format', 'json'], {input: text})
    expect(notIgnored.code).toBe(1)
    expect(reportedPaths(notIgnored.stdout)).toEqual(['vendor/a.txt'])
  })
})

describe('--init, --print-config, --list-rules', () => {
  it('--init writes a commented configuration that the loader accepts; it never overwrites one', () => {
    const dir = project.dir
    rmSync(path.join(dir, '.mtlintrc.json'))
    const init = mtlint(['--init'])
    expect(init.code).toBe(0)
    const written = readFileSync(path.join(dir, '.mtlintrc.json'), 'utf8')
    expect(written).toMatch(/^\/\/ /)
    write('a.txt', 'He said , the the talks.\n')
    const lint = mtlint(['a.txt', '--format', 'json'])
    expect(lint.code).toBe(0)
    expect(JSON.parse(lint.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['space-before-punctuation', 'repeated-word'])
    const again = mtlint(['--init'])
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/^mtlint: \.mtlintrc\.json already configures mtlint here/)
    expect(readFileSync(path.join(dir, '.mtlintrc.json'), 'utf8')).toBe(written)
  })

  it('comments in .mtlintrc.json are read; an error after one still names its line and column', () => {
    write('.mtlintrc.json', '// house style\n{\n  /* only one rule */ "preset": "none",\n  "rules": {"doubled-punctuation": "error"} // errors\n}\n')
    write('a.txt', 'He left. . Then.\n')
    expect(mtlint(['a.txt']).code).toBe(1)
    write('.mtlintrc.json', '// house style\n{\n  "preset": "none" // no comma\n  "rules": {}\n}\n')
    expect(mtlint(['a.txt']).stderr).toMatch(/Cannot parse file `\.mtlintrc\.json`: invalid JSON at line 4, column 3/)
    write('package.json', '{"mtlint": {} // a comment npm would refuse\n}')
    write('sub/a.txt', 'Fine.\n')
    project.write('.mtlintrc.json', twoRules)
    renameSync(path.join(project.dir, 'package.json'), path.join(project.dir, 'sub', 'package.json'))
    expect(mtlint(['sub/a.txt']).stderr).toMatch(/Cannot parse file `sub\/package\.json`: invalid JSON/)
  })

  it('--print-config FILE prints the settings that apply to it, with --rule on top and option defaults filled in', () => {
    write('news/.mtlintrc.json', JSON.stringify({preset: 'strict', rules: {'repeated-word': 'error'}, ignore: ['old/']}))
    const result = mtlint(['--print-config', 'news/today.md', '--rule', 'whitespace=off'])
    expect(result.code).toBe(0)
    const printed = JSON.parse(result.stdout)
    expect(printed).toMatchObject({file: 'news/today.md', configFile: 'news/.mtlintrc.json', ignored: false, format: 'markdown', preset: 'strict', ignore: ['old/']})
    expect(printed.rules['repeated-word']).toBe('error')
    expect(printed.rules.whitespace).toBe('off')
    expect(printed.rules['dash-style']).toEqual(['warn', expect.objectContaining({hyphen: 'always', style: 'auto'})])
    expect(JSON.parse(mtlint(['--print-config', 'news/old/a.txt']).stdout).ignored).toBe(true)
    expect(JSON.parse(mtlint(['--print-config', 'elsewhere.txt']).stdout)).toMatchObject({configFile: '.mtlintrc.json', preset: 'none'})
  })

  it('--print-config with a broken configuration is one line naming it', () => {
    write('.mtlintrc.json', '{"preset": "strickt"}')
    const result = mtlint(['--print-config', 'a.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^mtlint: Cannot parse file `\.mtlintrc\.json`: unknown preset `strickt`/)
  })

  it('--list-rules lists every rule: id, family, fix, severity in the active configuration, documentation URL', () => {
    const table = mtlint(['--list-rules'])
    expect(table.code).toBe(0)
    const lines = table.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^rule\s+family\s+fix\s+severity\s+documentation$/)
    expect(table.stdout).toMatch(/^doubled-punctuation\s+punctuation\s+safe\s+error\s+https:\/\/\S+\/rules\/doubled-punctuation\.md$/m)
    expect(table.stdout).toMatch(/^repeated-word\s+\w+\s+\w+\s+off\s+/m)
    const json = JSON.parse(mtlint(['--list-rules', '--format', 'json', '--rule', 'repeated-word=warn']).stdout)
    expect(json.preset).toBe('none')
    expect(json.rules.map((row: {id: string}) => row.id)).toEqual(rulePages())
    expect(json.rules.find((row: {id: string}) => row.id === 'repeated-word')).toMatchObject({severity: 'warn', fix: expect.any(String), family: expect.any(String)})
  })
})

/** The ids of the rule pages, which the registry test keeps equal to the registered rules. */
function rulePages(): string[] {
  const folder = new URL('../rules/', import.meta.url)
  return readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort()
}

describe('--fix-dry-run on prose', () => {
  /** A paragraph of prose is one long line. */
  const paragraph =
    'The talks went on for hours and the delegates said little to the press outside. Later they left. . ' +
    'The minister said , in a short statement, that the two sides would meet again next week in Geneva.\n'

  it('--diff words shows the changed words with their place and a little context, not the paragraph twice', () => {
    write('a.txt', paragraph)
    const result = mtlint(['--fix-dry-run', '--diff', 'words', 'a.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('a.txt\n  1:98     …to the press outside. Later they left. [-. -]The minister said[- -], in a short statement, that the two…\n\n')
    expect(project.read('a.txt').toString()).toBe(paragraph)
  })

  it('changes far apart get a line each; line breaks and invisible characters in a change are named', () => {
    write('a.txt', `He left. . Then.\n\n${'Word '.repeat(30)}and\u200B, so.\n`)
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'invisible-character': 'warn'}}))
    const result = mtlint(['--fix-dry-run', '--diff', 'words', 'a.txt'])
    const lines = result.stdout.split('\n')
    expect(lines[1]).toBe('  1:10     He left. [-. -]Then.')
    expect(lines[2]).toMatch(/^  3:154    …(Word )+and\[-<U\+200B zero-width space>-\], so\.$/)
  })

  it('removed blank lines between paragraphs are one small change, not the paragraphs again', () => {
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'space-before-punctuation': 'warn', whitespace: 'warn'}}))
    write('a.txt', 'First paragraph here.\n\n\n\nSecond paragraph , here.\n')
    expect(mtlint(['--fix-dry-run', '--diff', 'words', 'a.txt']).stdout).toBe('a.txt\n  3:1      [-⏎⏎-]Second paragraph[- -], here.\n\n')
  })

  it('a pipe gets the unified diff by default, as does --diff unified', () => {
    write('a.txt', paragraph)
    const piped = mtlint(['--fix-dry-run', 'a.txt'])
    expect(piped.stdout).toMatch(/^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n@@ -1,1 \+1,1 @@\n-The talks/)
    expect(mtlint(['--fix-dry-run', '--diff', 'unified', 'a.txt']).stdout).toBe(piped.stdout)
  })

  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('a terminal gets the changed words by default (run under `script`, which gives it one)', () => {
    write('a.txt', paragraph)
    const command = [process.execPath, cliPath, '--fix-dry-run', '--no-color', 'a.txt'].map((part) => `'${part}'`).join(' ')
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {cwd: project.dir, encoding: 'utf8'})
    expect(result.stdout.replace(/\r\n/g, '\n')).toContain('a.txt\n  1:98     …to the press outside.')
  })
  if (!hasScript) it('(the terminal default is not tested: `script` is missing)', () => {})

  it('--help says which diff each gets', () => {
    expect(mtlint(['--help']).stdout).toMatch(/--fix-dry-run\s+show the safe fixes, write nothing: the changed words on a terminal, a\s+unified diff otherwise/)
  })
})

describe('report formats CI systems read', () => {
  it('--format junit: a suite per file, a failure per finding, an error per file that could not be linted, a passing case for a clean file', () => {
    write('a.txt', 'He left. . Then he said , no.\n')
    write('clean.txt', 'Fine.\n')
    write('binary.txt', Buffer.from([0x00, 0x01]))
    // A control character in a file name, which no XML document may hold.
    write('odd\u0001.txt', 'Bad\u0001 , thing\n')
    write('.mtlintrc.json', JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error', 'space-before-punctuation': 'warn', 'invisible-character': 'warn'}}))
    const result = mtlint(['--format', 'junit', 'a.txt', 'binary.txt', 'clean.txt', 'odd\u0001.txt'])
    expect(result.code).toBe(2)
    const xml = result.stdout
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites tests="6" failures="4" errors="1" skipped="0">/)
    expect(xml).toContain('<testsuite name="a.txt" tests="2" failures="2" errors="0" skipped="0">')
    expect(xml).toContain('<failure message="1:9 Unexpected second period, remove it (doubled-punctuation)" type="error"/>')
    expect(xml).toContain('<failure message="1:24 Unexpected space before `,`, remove it (space-before-punctuation)" type="warning"/>')
    expect(xml).toContain('<error message="binary file (it contains NUL bytes)" type="file-error"/>')
    expect(xml).toContain('<testcase classname="clean.txt" name="clean.txt" time="0"/>')
    expect(xml).toContain('<testsuite name="odd\\u0001.txt" tests="2" failures="2"')
    // No character XML 1.0 forbids, whatever the article holds.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
  })

  it('--format codeclimate: GitLab code quality issues whose fingerprints do not move with the line', () => {
    write('a.txt', 'He left. . Then he said , no and , yes.\n')
    const first = JSON.parse(mtlint(['--format', 'codeclimate', 'a.txt']).stdout)
    expect(first).toHaveLength(3)
    expect(first[0]).toEqual({
      type: 'issue',
      check_name: 'doubled-punctuation',
      description: 'Unexpected second period, remove it',
      categories: ['Style'],
      severity: 'major',
      fingerprint: expect.stringMatching(/^[\da-f]{64}$/),
      location: {path: 'a.txt', positions: {begin: {line: 1, column: 9}, end: {line: 1, column: 11}}}
    })
    expect(first[1].severity).toBe('minor')
    // Two findings alike in everything but place still have fingerprints of their own.
    expect(new Set(first.map((issue: {fingerprint: string}) => issue.fingerprint)).size).toBe(3)
    write('a.txt', 'A new first line.\n\nHe left. . Then he said , no and , yes.\n')
    const moved = JSON.parse(mtlint(['--format', 'codeclimate', 'a.txt']).stdout)
    expect(moved[0].location.positions.begin.line).toBe(3)
    expect(moved.map((issue: {fingerprint: string}) => issue.fingerprint)).toEqual(first.map((issue: {fingerprint: string}) => issue.fingerprint))
  })

  it('--format codeclimate: a file that could not be linted is a blocker on its first line', () => {
    write('binary.txt', Buffer.from([0x00, 0x01]))
    const [issue] = JSON.parse(mtlint(['--format', 'codeclimate', 'binary.txt']).stdout)
    expect(issue).toMatchObject({check_name: 'mtlint/file-error', severity: 'blocker', location: {path: 'binary.txt', lines: {begin: 1, end: 1}}})
  })
})

describe('links to rule documentation', () => {
  const url = 'https://github.com/mtlint/mtlint/blob/main/rules/doubled-punctuation.md'

  it('--rule-urls gives each message its rule documentation URL in the stylish report', () => {
    write('a.txt', 'He left. . Then.\n')
    const result = mtlint(['--rule-urls', 'a.txt'])
    expect(result.stdout).toContain(`doubled-punctuation mtlint\n  [url]:\n    ${url}\n`)
    expect(mtlint(['a.txt']).stdout).not.toContain('https://')
  })

  it('a terminal that supports hyperlinks gets each rule id as an OSC 8 link; columns stay aligned', () => {
    write('a.txt', 'He left. . Then he said , no.\n')
    const linked = runCli(['a.txt'], {cwd: project.dir, env: {FORCE_HYPERLINK: '1'}})
    expect(linked.stdout).toContain(`\u001B]8;;${url}\u0007doubled-punctuation\u001B]8;;\u0007`)
    const plain = runCli(['a.txt'], {cwd: project.dir, env: {FORCE_HYPERLINK: '0'}})
    expect(plain.stdout).not.toContain('\u001B]8;;')
    // Without the links, the lines are those of the plain report, padding included.
    expect(linked.stdout.replace(/\u001B]8;;[^\u0007]*\u0007/g, '')).toBe(plain.stdout)
  })
})

describe('standard input and a broken ignore file', () => {
  it('an ignore file that cannot be read fails standard input named under it, with its name', () => {
    // A link to itself cannot be read (ELOOP), even by root.
    symlinkSync(path.join(project.dir, '.mtlintignore'), path.join(project.dir, '.mtlintignore'))
    const result = mtlint(['-', '--stdin-filename', 'a.txt'], {input: 'Fine.\n'})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: a.txt: Cannot read `.mtlintignore`: ELOOP\n')
  })
})
