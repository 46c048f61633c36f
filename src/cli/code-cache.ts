import {readFileSync, statSync, writeFileSync} from 'node:fs'
import Module from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

/**
 * V8's code cache for the command line's bundle (issue 12: the cold start). Node 20 keeps no
 * compiled code between runs (Node 22's `module.enableCompileCache` does), so each run compiled
 * the bundle's chunks again: about a third of a cold start's CPU time. `npm run build` runs the
 * bundle once over the samples and keeps V8's code of each chunk beside it (`CHUNK.cjs.v8cache`,
 * `scripts/write-code-cache.mjs`); a run compiles each chunk from its cache.
 *
 * The cache is as trusted as the code beside it: it is written by the build only, never by a run.
 * V8 rejects a cache made by another V8 or with other flags, and the chunk is compiled from source;
 * it checks only the length of the source, so a cache older than its chunk is not offered.
 */
export type CodeCacheMode = 'read' | 'write'

type Compile = (this: Module, content: string, filename: string) => unknown
const modulePrototype = Module.prototype as unknown as {_compile: Compile}

/** A script's first line when it names its interpreter: V8 reads it only at the start of a source, not inside Node's wrapper. */
const hashbang = /^#!.*/

const cacheOf = (chunk: string) => `${chunk}.v8cache`

/**
 * Compile the CommonJS files of `directory` (the bundle's chunks, `.cjs`) through V8's code cache:
 * from the cache beside each (`read`), or from source, keeping the code V8 made for it by the end of
 * the process (`write`, for the build). Other modules load as Node loads them.
 */
export function installCodeCache(directory: string, mode: CodeCacheMode): void {
  const compile = modulePrototype._compile
  const compiled = new Map<string, vm.Script>()
  modulePrototype._compile = function (this: Module, content: string, filename: string) {
    if (path.dirname(filename) !== directory || !filename.endsWith('.cjs')) return compile.call(this, content, filename)
    const script = new vm.Script(Module.wrap(content.replace(hashbang, '')), {
      filename,
      cachedData: mode === 'read' ? cachedCode(filename) : undefined
    })
    if (mode === 'write') compiled.set(filename, script)
    const wrapper = script.runInThisContext() as (...parameters: unknown[]) => unknown
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, directory)
  }
  // After the run: the cache then holds the functions the run compiled, not only the top level.
  if (mode === 'write') {
    process.once('exit', () => {
      for (const [filename, script] of compiled) writeFileSync(cacheOf(filename), script.createCachedData())
    })
  }
}

/** The cache of a chunk, when there is one at least as new as the chunk. */
function cachedCode(chunk: string): Buffer | undefined {
  try {
    const cache = cacheOf(chunk)
    return statSync(cache).mtimeMs >= statSync(chunk).mtimeMs ? readFileSync(cache) : undefined
  } catch {
    return undefined
  }
}
