import {chmodSync, chownSync, linkSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFixedFile} from '../src/cli/write-file.js'
import {useProject} from './cli-helpers.js'

const onlyDoubledPunctuation = JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'error'}})
const fixable = 'He left. . Then he came back,, and said so.\n'
const fixed = 'He left. Then he came back, and said so.\n'

const project = useProject('mtlint-fix-', onlyDoubledPunctuation)
const {mtlint, write} = project
const read = (name: string) => project.read(name).toString('utf8')

describe('--fix respects the file', () => {
  it('does not rewrite a read-only file (even as root): a file error, exit 2; the others are fixed', () => {
    write('news/locked.txt', fixable)
    write('news/open.txt', fixable)
    chmodSync(path.join(project.dir, 'news/locked.txt'), 0o444)
    const result = mtlint(['--fix', '--format', 'json', 'news'])
    expect(result.code).toBe(2)
    // The fixes of the file not written are not counted.
    expect(result.stderr).toBe('mtlint: news/locked.txt: not written: the file is read-only\nmtlint: fixed 2 problems (doubled-punctuation 2)\n')
    expect(read('news/locked.txt')).toBe(fixable)
    expect(read('news/open.txt')).toBe(fixed)
    const report = JSON.parse(result.stdout)
    expect(report[0].messages).toMatchObject([{kind: 'file-error', reason: 'not written: the file is read-only'}])
    expect(report[1].messages).toEqual([])
  })

  it('rewrites a file with several hard links in place: every link sees the fix, the inode stays', () => {
    write('news/a.txt', fixable)
    linkSync(path.join(project.dir, 'news/a.txt'), path.join(project.dir, 'other.txt'))
    const inode = statSync(path.join(project.dir, 'news/a.txt')).ino
    expect(mtlint(['--fix', 'news']).code).toBe(0)
    expect(statSync(path.join(project.dir, 'news/a.txt')).ino).toBe(inode)
    expect(read('other.txt')).toBe(fixed)
  })

  it.runIf(process.getuid?.() === 0)('rewrites a file owned by another user in place: owner and inode stay', () => {
    write('news/a.txt', fixable)
    chownSync(path.join(project.dir, 'news/a.txt'), 12345, 12345)
    const before = statSync(path.join(project.dir, 'news/a.txt'))
    expect(mtlint(['--fix', 'news']).code).toBe(0)
    const after = statSync(path.join(project.dir, 'news/a.txt'))
    expect([after.ino, after.uid, after.gid]).toEqual([before.ino, 12345, 12345])
    expect(read('news/a.txt')).toBe(fixed)
  })

  it('never rewrites, through a link in a folder walk, a file outside the folder given', () => {
    write('outside/secret.txt', fixable)
    write('news/a.txt', fixable)
    symlinkSync(path.join(project.dir, 'outside/secret.txt'), path.join(project.dir, 'news/link.txt'))
    const result = mtlint(['--fix', 'news'])
    expect(result.code).toBe(0)
    expect(read('outside/secret.txt')).toBe(fixable)
    expect(read('news/a.txt')).toBe(fixed)
  })

  describe('the write itself', () => {
    const setup = () => {
      const file = write('a.txt', fixable)
      const stat = statSync(file)
      return {file, read: {state: {mtimeMs: stat.mtimeMs, size: stat.size}, text: fixable}}
    }

    it('writes a file that is as it was read', async () => {
      const {file, read: as} = setup()
      expect(await writeFixedFile(file, Buffer.from(fixed), as)).toBeUndefined()
      expect(readFileSync(file, 'utf8')).toBe(fixed)
    })

    it('does not overwrite a file that changed since it was read, even at the same time and size', async () => {
      const {file, read: as} = setup()
      const changedText = fixable.replace('He', 'We')
      writeFileSync(file, changedText)
      const stat = statSync(file)
      expect(await writeFixedFile(file, Buffer.from(fixed), {...as, state: {mtimeMs: stat.mtimeMs, size: stat.size}})).toBe(
        'not written: the file changed since it was read'
      )
      expect(await writeFixedFile(file, Buffer.from(fixed), {...as, state: {mtimeMs: 1, size: as.state.size}})).toBe(
        'not written: the file changed since it was read'
      )
      expect(readFileSync(file, 'utf8')).toBe(changedText)
    })

    it('does not create again a file that is gone', async () => {
      const {file, read: as} = setup()
      rmSync(file)
      expect(await writeFixedFile(file, Buffer.from(fixed), as)).toBe('not written: the file is gone since it was read')
      expect(() => statSync(file)).toThrow()
    })

    it('does not write outside the roots it is given', async () => {
      const {file, read: as} = setup()
      expect(await writeFixedFile(file, Buffer.from(fixed), as, [path.join(project.dir, 'news')])).toBe(
        'not written: it leads outside the files and folders given'
      )
    })
  })
})
