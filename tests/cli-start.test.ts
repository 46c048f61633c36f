import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, useProject} from './cli-helpers.js'

const project = useProject('mtlint-start-', JSON.stringify({preset: 'none', rules: {'repeated-word': 'warn'}}))

/** The built-in modules Node loaded for one run of the binary, as Node lists them (`NativeModule crypto`). */
function builtinsLoaded(args: string[]): string[] {
  const preload = project.write('record-modules.cjs', "process.on('exit', () => require('node:fs').writeFileSync(process.env.RECORD_TO, process.moduleLoadList.join('\\n')))\n")
  const record = path.join(project.dir, 'modules.txt')
  const result = runCli(args, {cwd: project.dir, env: {NODE_OPTIONS: `--require ${preload}`, RECORD_TO: record}})
  expect(result.code, result.stderr).toBe(0)
  return readFileSync(record, 'utf8').split('\n')
}

describe('start-up', () => {
  it('a plain run loads neither node:crypto (the cache, atomic writes) nor worker threads; runs that need them do', () => {
    for (let index = 0; index < 48; index++) project.write(`articles/${index}.txt`, 'It was the the end.\n')
    const plain = builtinsLoaded(['articles/0.txt'])
    expect(plain).toContain('NativeModule fs')
    expect(plain).not.toContain('NativeModule crypto')
    expect(plain).not.toContain('NativeModule worker_threads')
    expect(builtinsLoaded(['--cache', 'articles/0.txt'])).toContain('NativeModule crypto')
    expect(builtinsLoaded(['--jobs', '2', 'articles'])).toContain('NativeModule worker_threads')
  })
})
