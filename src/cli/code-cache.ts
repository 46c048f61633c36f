import {readFileSync, writeFileSync} from 'node:fs'
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
 * it checks only the length of the source, so each cache starts with a hash of the chunk it was
 * made from, and one made from other text is not offered (an edited chunk, file times evened out).
 */
export type CodeCacheMode = 'read' | 'write'

type Compile = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown
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
  const compiled = new Map<string, {script: vm.Script; hash: Buffer}>()
  modulePrototype._compile = function (this: Module, content: string, filename: string, ...rest: unknown[]) {
    // Other modules as Node compiles them, with whatever else it passes (Node 22: their format).
    if (path.dirname(filename) !== directory || !filename.endsWith('.cjs')) return compile.call(this, content, filename, ...rest)
    const script = new vm.Script(Module.wrap(content.replace(hashbang, '')), {
      filename,
      cachedData: mode === 'read' ? cachedCode(filename, content) : undefined
    })
    if (mode === 'write') compiled.set(filename, {script, hash: hashOf(content)})
    const wrapper = script.runInThisContext() as (...parameters: unknown[]) => unknown
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, directory)
  }
  // After the run: the cache then holds the functions the run compiled, not only the top level.
  if (mode === 'write') {
    process.once('exit', () => {
      for (const [filename, {script, hash}] of compiled) writeFileSync(cacheOf(filename), Buffer.concat([hash, script.createCachedData()]))
    })
  }
}

/** The cache of a chunk, when there is one made from this text of it. */
function cachedCode(chunk: string, content: string): Buffer | undefined {
  let cache: Buffer
  try {
    cache = readFileSync(cacheOf(chunk))
  } catch {
    return undefined
  }
  return cache.length > hashLength && cache.subarray(0, hashLength).equals(hashOf(content)) ? cache.subarray(hashLength) : undefined
}

const hashLength = 4

/** A 32-bit FNV-1a hash of a chunk's text, in the cache's first bytes: a cheap check, no crypto to load. */
function hashOf(content: string): Buffer {
  let hash = 0x811c9dc5
  for (let at = 0; at < content.length; at++) hash = Math.imul(hash ^ content.charCodeAt(at), 0x01000193)
  const bytes = Buffer.alloc(hashLength)
  bytes.writeUInt32LE(hash >>> 0)
  return bytes
}
