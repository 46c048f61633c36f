import {fileURLToPath} from 'node:url'
import {defaultClientConditions, defineConfig} from 'vite'

/** The playground: `npm run build:web` writes it to web/dist, a static site with relative paths (GitHub Pages ready). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // The linter runs in a Web Worker, which has no DOM: packages that offer a `worker` build (as
  // decode-named-character-reference does, whose `browser` build decodes through a DOM element)
  // must give that one.
  resolve: {
    conditions: ['worker', ...defaultClientConditions],
    // The word list is read from Node's file system: the page goes without it (src/lexicon-browser.ts).
    alias: [{find: /^(\.\.\/)+src\/lexicon\.js$/, replacement: fileURLToPath(new URL('../src/lexicon-browser.ts', import.meta.url))}]
  },
  build: {outDir: 'dist', emptyOutDir: true, target: 'es2022', modulePreload: {polyfill: false}},
  worker: {format: 'es'},
  preview: {host: '127.0.0.1', port: 4174, strictPort: false},
  server: {host: '127.0.0.1'}
})
