import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readTextFile} from '../src/text-file.js'

const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-text-file-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('readTextFile', () => {
  it.each([0, 1, 100, 65_535, 65_536, 65_537, 200_001])('reads a file of %i bytes whole, in one read where it can', (size) => {
    const file = path.join(folder, `${size}.txt`)
    const text = 'abcdefghij\n'.repeat(Math.ceil(size / 11)).slice(0, size)
    writeFileSync(file, text)
    const read = readTextFile(file)
    expect('error' in read ? read.error : read.text).toBe(text)
  })

  // procfs says its files have 0 bytes and reads them a page at a time: a short read is no end there.
  it.runIf(existsSync('/proc/self/smaps'))('reads a file whose size says nothing to its end', () => {
    const read = readTextFile('/proc/self/smaps')
    if ('error' in read) throw new Error(read.error)
    expect(read.text.length).toBeGreaterThan(3 * 4096)
    expect(read.text.endsWith('\n')).toBe(true)
  })

  it('stops one byte past the limit and says the file is too large', () => {
    const file = path.join(folder, 'big.txt')
    writeFileSync(file, 'x'.repeat(5000))
    expect(readTextFile(file, 4096)).toEqual({error: 'too large (5000 bytes, more than --max-file-size 4096)'})
  })
})
