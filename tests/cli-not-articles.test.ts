import {execFileSync} from 'node:child_process'
import {symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {useProject} from './cli-helpers.js'

const onlyDoubledPunctuation = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}})
const fixable = 'He left. . Then he came back,, and said so.\n'

const project = useProject('mtlint-entries-', onlyDoubledPunctuation)
const {mtlint, write} = project
const paths = (stdout: string) => JSON.parse(stdout).map((file: {path: string}) => file.path)

describe('files that are not articles', () => {
  it('a folder walk never opens a FIFO or a link to a device, and says how many it skipped', () => {
    write('news/a.txt', fixable)
    execFileSync('mkfifo', [path.join(project.dir, 'news/pipe.txt')])
    symlinkSync('/dev/zero', path.join(project.dir, 'news/zero.txt'))
    const result = mtlint(['--format', 'json', 'news'])
    expect(result.code).toBe(1)
    expect(paths(result.stdout)).toEqual(['news/a.txt'])
    expect(result.stderr).toBe('mtlint: skipped 2 entries that are not regular files or lead outside the folders given\n')
  })

  it('a FIFO or a device named on the command line is a file error for that path; the others are linted', () => {
    write('a.txt', fixable)
    execFileSync('mkfifo', [path.join(project.dir, 'pipe.txt')])
    const result = mtlint(['--format', 'json', 'a.txt', 'pipe.txt', '/dev/zero'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'mtlint: /dev/zero: not a regular file (a device)\nmtlint: pipe.txt: not a regular file (a FIFO)\n'.replace('/dev/zero', path.relative(project.dir, '/dev/zero'))
    )
    const report = JSON.parse(result.stdout)
    expect(report.map((file: {messages: unknown[]}) => file.messages.length)).toEqual([1, 2, 1])
  })

  it('--max-file-size: a larger file is a file error, the run goes on; sizes take units', () => {
    write('small.txt', fixable)
    write('big.txt', 'Word. '.repeat(300))
    const result = mtlint(['--max-file-size', '1KB', '--format', 'json', '.'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: big.txt: too large (1800 bytes, more than --max-file-size 1024)\n')
    expect(paths(result.stdout)).toEqual(['big.txt', 'small.txt'])
    expect(mtlint(['--max-file-size', '2k', 'big.txt']).code).toBe(0)
    const wrong = mtlint(['--max-file-size', '12 parsecs', '.'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toBe('mtlint: --max-file-size expects a size in bytes (such as 1000000 or 32MB), not `12 parsecs` (see mtlint --help)\n')
  })

  it('--max-file-size holds with worker threads as on one thread', () => {
    for (let index = 0; index < 40; index++) write(`news/${String(index).padStart(2, '0')}.txt`, fixable)
    write('news/big.txt', 'Word. '.repeat(300))
    const result = mtlint(['--max-file-size', '1000', '--jobs', '2', 'news'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('mtlint: news/big.txt: too large (1800 bytes, more than --max-file-size 1000)\n')
  })

  it('a folder walk does not follow a link to a file outside the folder; a link inside is linted', () => {
    write('outside/x.txt', fixable)
    write('news/a.txt', fixable)
    symlinkSync(path.join(project.dir, 'outside/x.txt'), path.join(project.dir, 'news/out.txt'))
    symlinkSync(path.join(project.dir, 'news/a.txt'), path.join(project.dir, 'news/in.txt'))
    const result = mtlint(['--format', 'json', 'news'])
    expect(paths(result.stdout)).toEqual(['news/a.txt', 'news/in.txt'])
    expect(result.stderr).toContain('skipped 1 entries')
  })
})
