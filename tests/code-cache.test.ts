import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import Module from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import {afterEach, describe, expect, it} from 'vitest'

const bundle = path.resolve('dist/bundle')
const codeCache = path.resolve('dist/src/cli/code-cache.js')
const chunks = readdirSync(bundle).filter((name) => name.endsWith('.cjs'))

/** Compile a chunk as the bin does (`src/cli/code-cache.ts`), with this cache. */
const compiled = (chunk: string, cachedData: Buffer) =>
  new vm.Script(Module.wrap(readFileSync(chunk, 'utf8').replace(/^#!.*/, '')), {filename: chunk, cachedData})

describe("the bundle's code cache", () => {
  it('is written by the build for the chunks a run over the samples loads, and V8 takes each', () => {
    const caches = readdirSync(bundle).filter((name) => name.endsWith('.cjs.v8cache'))
    expect(caches).toEqual(expect.arrayContaining(['cli.cjs.v8cache', 'lint-job.cjs.v8cache']))
    expect(caches.some((name) => name.startsWith('rules-'))).toBe(true)
    for (const cache of caches) {
      const chunk = path.join(bundle, cache.slice(0, -'.v8cache'.length))
      // The first four bytes are the hash of the chunk the cache was made from.
      expect(compiled(chunk, readFileSync(path.join(bundle, cache)).subarray(4)).cachedDataRejected, cache).toBe(false)
    }
  })

  it('compiles chunks that call no import(), which a script compiled from a cache cannot do on Node 20', () => {
    // worker.cjs is loaded by piscina in the worker thread, where no code cache is installed.
    const dynamicImport = /(?<![\w$.])import\(/
    for (const chunk of chunks.filter((name) => name !== 'worker.cjs')) {
      const code = readFileSync(path.join(bundle, chunk), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\/|\/\*)/.test(line))
      expect(code.filter((line) => dynamicImport.test(line)), chunk).toEqual([])
    }
  })

  describe('on chunks of its own', () => {
    let folder = ''
    afterEach(() => rmSync(folder, {recursive: true, force: true}))

    /** Require `chunk` in a fresh Node with the code cache of `folder` installed in `mode`; what it exports. */
    function load(mode: 'read' | 'write', chunk: string): string {
      const script = `import {installCodeCache} from ${JSON.stringify(codeCache)}
        import {createRequire} from 'node:module'
        installCodeCache(${JSON.stringify(folder)}, ${JSON.stringify(mode)})
        process.stdout.write(String(createRequire(${JSON.stringify(path.join(folder, 'x.js'))})('./${chunk}')))`
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
      expect(result.stderr).toBe('')
      return result.stdout
    }

    it('runs a chunk from its cache, and from source when the chunk is not the text the cache was made from', () => {
      folder = mkdtempSync(path.join(tmpdir(), 'mtlint-code-cache-'))
      const chunk = path.join(folder, 'answer.cjs')
      writeFileSync(chunk, "#!/usr/bin/env node\nmodule.exports = (() => 'old')()\n")
      expect(load('write', 'answer.cjs')).toBe('old')
      expect(compiled(chunk, readFileSync(`${chunk}.v8cache`).subarray(4)).cachedDataRejected).toBe(false)
      expect(load('read', 'answer.cjs')).toBe('old')
      // The same length, and file times that say nothing: V8 would take the cache and run the old
      // code; the hash at the cache's start tells the two texts apart.
      writeFileSync(chunk, "#!/usr/bin/env node\nmodule.exports = (() => 'new')()\n")
      const then = new Date(2000, 0, 1)
      utimesSync(chunk, then, then)
      expect(load('read', 'answer.cjs')).toBe('new')
    })
  })
})
