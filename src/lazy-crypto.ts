import {createRequire} from 'node:module'

const nodeRequire = createRequire(import.meta.url)

/**
 * `node:crypto`, loaded on first use: it takes some 10 ms to load, and only a run that hashes (the
 * cache) or writes a file needs it. Required, not imported: the command line's bundle is CommonJS
 * compiled through V8's code cache (`src/cli/code-cache.ts`), where `import()` is not available.
 */
export function lazyCrypto(): typeof import('node:crypto') {
  return nodeRequire('node:crypto') as typeof import('node:crypto')
}
