import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, useProject} from './cli-helpers.js'

const onlyDoubledPunctuation = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'warn'}})
const project = useProject('mtlint-trust-', onlyDoubledPunctuation)
const {mtlint, write} = project

describe('configuration is checked, not trusted', () => {
  it('refuses a configuration file that is a link out of the project; a link inside it is read', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'mtlint-elsewhere-'))
    try {
      writeFileSync(path.join(elsewhere, 'secret.json'), '{"preset": "none"}')
      mkdirSync(path.join(project.dir, '.git'))
      write('news/a.txt', 'It ended. . Then.\n')
      symlinkSync(path.join(elsewhere, 'secret.json'), path.join(project.dir, 'news/.mtlintrc.json'))
      const result = mtlint(['news'])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'mtlint: news/a.txt: `news/.mtlintrc.json` is a symbolic link that leads outside the project; refusing to read it\n'
      )
      rmSync(path.join(project.dir, 'news/.mtlintrc.json'))
      write('shared.json', onlyDoubledPunctuation)
      symlinkSync(path.join(project.dir, 'shared.json'), path.join(project.dir, 'news/.mtlintrc.json'))
      expect(mtlint(['news']).code).toBe(0)
    } finally {
      rmSync(elsewhere, {recursive: true, force: true})
    }
  })

  const parseErrors: Array<[string, string, string]> = [
    ['.mtlintrc.json', '{"rules": {\n  "doubled-punctuation": secret-value\n}}', 'invalid JSON at line 2, column 26: unexpected character'],
    ['.mtlintrc.json', '{"rules": {\n  "a": "secret-value",\n}', 'invalid JSON at line 3, column 1: expected double-quoted property name'],
    ['.mtlintrc.json', 'secret-value', 'invalid JSON at line 1, column 1: unexpected character'],
    ['.mtlintrc.yaml', 'rules:\n  a: [secret-value\nb: c', 'invalid YAML at line 3, column 1']
  ]
  for (const [name, text, error] of parseErrors) {
    it(`a parse error names line and column, never the text: ${JSON.stringify(text)}`, () => {
      if (name !== '.mtlintrc.json') rmSync(path.join(project.dir, '.mtlintrc.json'))
      write(name, text)
      write('a.txt', 'Fine.\n')
      const result = mtlint(['a.txt'])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`Cannot parse file \`${name}\`: ${error}`)
      expect(result.stderr).not.toContain('secret')
    })
  }
})

describe('the baseline is checked, not trusted', () => {
  const entry = {rule: 'doubled-punctuation', file: 'a.txt', context: 'x', count: 1}
  const malformed: Array<[string, unknown, string]> = [
    ['a count of 0', {...entry, count: 0}, '`count` must be a positive whole number'],
    ['a count of 1.5', {...entry, count: 1.5}, '`count` must be a positive whole number'],
    ['no count', {rule: entry.rule, file: entry.file, context: entry.context}, '`count` must be a positive whole number'],
    ['an unknown rule', {...entry, rule: 'no-such-rule'}, '`rule` is not a known rule id'],
    ['a file that is not a string', {...entry, file: ['a.txt']}, '`file` must be a string'],
    ['a context that is not a string', {...entry, context: null}, '`context` must be a string'],
    ['an entry that is not an object', 'a.txt', 'expected an object']
  ]
  for (const [name, bad, reason] of malformed) {
    it(`a baseline with ${name} is a usage error naming the entry`, () => {
      write('a.txt', 'It ended. . Then.\n')
      write('baseline.json', JSON.stringify({mtlintBaseline: 1, findings: [entry, bad]}))
      const result = mtlint(['--baseline', 'baseline.json', 'a.txt'])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`mtlint: baseline.json: cannot read baseline: entry 1: ${reason}\n`)
    })
  }

  it('paths are relative to the baseline file: a run from another folder matches', () => {
    write('site/news/a.txt', 'It ended. . Then.\n')
    const recorded = runCli(['--baseline', 'ci/baseline.json', '--update-baseline', 'news'], {cwd: path.join(project.dir, 'site')})
    expect(recorded.code).toBe(0)
    expect(JSON.parse(project.read('site/ci/baseline.json').toString()).findings[0].file).toBe('../news/a.txt')
    const fromTop = mtlint(['--baseline', 'site/ci/baseline.json', 'site/news'])
    expect(fromTop.code).toBe(0)
    expect(fromTop.stderr).toContain('1 known findings held back')
  })

  it('fails on a new finding of any severity, a warning too', () => {
    write('a.txt', 'Old line. . Here.\n')
    expect(mtlint(['--baseline', 'baseline.json', '--update-baseline', 'a.txt']).code).toBe(0)
    expect(mtlint(['--baseline', 'baseline.json', 'a.txt']).code).toBe(0)
    write('a.txt', 'Old line. . Here.\n\nNew line. . Here.\n')
    // Without a baseline, warnings pass; under one, a new warning fails the gate.
    expect(mtlint(['a.txt']).code).toBe(0)
    const gated = mtlint(['--baseline', 'baseline.json', 'a.txt'])
    expect(gated.code).toBe(1)
    expect(gated.stderr).toContain('1 new warnings not in the baseline baseline.json')
  })
})
