import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const bin = path.resolve('dist/bundle/mtlint.js')
const unbundled = path.resolve('dist/src/cli.js')
const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-bundle-report-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Loaded first in the child: counts the `Intl.Segmenter`s made, and prints the count as it exits. */
const countSegmenters = path.join(folder, 'count-segmenters.cjs')
writeFileSync(
  countSegmenters,
  `let made = 0
const Made = Intl.Segmenter
Intl.Segmenter = function (...args) { made++; return new Made(...args) }
process.on('exit', () => process.stderr.write('segmenters ' + made + '\\n'))
`
)

function run(entry: string, text: string, name: string): {stdout: string; segmenters: number} {
  const file = path.join(folder, name)
  writeFileSync(file, text)
  const result = spawnSync(process.execPath, ['--require', countSegmenters, entry, '--no-color', name], {cwd: folder, encoding: 'utf8'})
  const count = /segmenters (\d+)/.exec(result.stderr)
  expect(count, result.stderr).not.toBeNull()
  return {stdout: result.stdout, segmenters: Number(count![1])}
}

describe("the bundle's stylish report", () => {
  it('makes no Intl.Segmenter for a report in plain ASCII (some 9 ms of a cold start), one where text needs it', () => {
    expect(run(bin, 'He said it was fine ,then left. It rained.\n', 'ascii.txt').segmenters).toBe(0)
    expect(run(bin, 'The plan was new. It said 東京 ，then left.\n', 'wide.txt').segmenters).toBe(1)
  })

  it('lays out wide characters as the command line loaded module by module does', () => {
    const text = 'The plan was new. It said 東京 ，then left. A 👍 ,here.\n'
    expect(run(bin, text, 'same.txt').stdout).toBe(run(unbundled, text, 'same.txt').stdout)
  })
})
