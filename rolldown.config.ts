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
import type {Plugin} from 'rolldown'

const out = 'dist/bundle'

/**
 * string-width, which the stylish report measures its columns with, makes an `Intl.Segmenter`
 * when it loads: ICU's break rules, some 9 ms of every cold start, though it segments only text
 * that is not printable ASCII, which most reports are. Here it is made on first use instead. Should
 * a new version make it otherwise, the build fails, so that it is looked at, not shipped as is.
 */
const lazySegmenter: Plugin = {
  name: 'lazy-intl-segmenter',
  transform(code, id) {
    if (!/[\\/]string-width[\\/]index\.js$/.test(id) || !code.includes('Intl.Segmenter')) return null
    const eager = 'const segmenter = new Intl.Segmenter();'
    if (!code.includes(eager)) throw new Error(`${id}: string-width no longer makes its segmenter as \`${eager}\``)
    return code.replace(eager, 'let madeSegmenter;\nconst segmenter = {segment: (text) => (madeSegmenter ??= new Intl.Segmenter()).segment(text)};')
  }
}

export default defineConfig([
  {
    // The linter is an entry too: the worker threads load it, sharing chunks with the CLI.
    input: {cli: 'dist/src/cli.js', 'lint-job': 'dist/src/lint-job.js'},
    platform: 'node',
    // piscina starts its threads from a file of its own, found beside its code: it stays in node_modules.
    external: ['piscina'],
    // jsonc-parser's main file is UMD, whose require()s a bundler cannot follow: take its ES module build.
    resolve: {alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'}},
    plugins: [lazySegmenter],
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
