/**
 * The command line as a bundle (`npm run build`, after tsc; issue 12). Loading the CLI module by
 * module, some 200 files, took most of its cold start; a bundle is a handful of files. It is built
 * from tsc's output in `dist/src`, so it runs the code the tests type-check. The library entry and
 * the language server are not bundled.
 *
 * `dist/bundle/mtlint.js` is the `mtlint` bin: it runs `cli.cjs`, the command line, compiled
 * through V8's code cache (`src/cli/code-cache.ts`), which Node 20 offers to CommonJS only: so the
 * chunks are CommonJS. Whatever a run may not need (a reporter, the worker pool, the cache, the
 * Markdown and HTML parsers) is imported dynamically, and stays a chunk of its own that only a run
 * that needs it loads.
 */
import {defineConfig} from 'rolldown'

const out = 'dist/bundle'

export default defineConfig([
  {
    // The linter is an entry too: the worker threads load it, sharing chunks with the CLI.
    input: {cli: 'dist/src/cli.js', 'lint-job': 'dist/src/lint-job.js'},
    platform: 'node',
    // piscina starts its threads from a file of its own, found beside its code: it stays in node_modules.
    external: ['piscina'],
    // jsonc-parser's main file is UMD, whose require()s a bundler cannot follow: take its ES module build.
    resolve: {alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'}},
    // Chunks are named by their content: a build removes the last one's, and their code caches.
    output: {dir: out, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', cleanDir: true}
  },
  {
    // The worker thread (see `src/cli/worker.cts`) imports the bundled linter beside it. Built after
    // the first, whose `cleanDir` would remove it (rolldown builds in order).
    input: 'dist/src/cli/worker.cjs',
    platform: 'node',
    external: (id) => id.endsWith('/lint-job.js') || id === '../lint-job.js',
    output: {file: `${out}/worker.cjs`, format: 'cjs', paths: () => './lint-job.cjs'}
  },
  {
    // The bin: installs the code cache, then requires `cli.cjs`.
    input: 'dist/src/cli/bin.js',
    platform: 'node',
    output: {file: `${out}/mtlint.js`, format: 'esm'}
  }
])
