/**
 * After the bundle is built: run its command line once over the samples with its chunks compiled
 * through `installCodeCache(…, 'write')`, which keeps V8's code for each chunk beside it for the
 * runs to come (see `src/cli/code-cache.ts`). What the run prints is not wanted here.
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import {installCodeCache} from '../dist/src/cli/code-cache.js'

const bundle = path.resolve('dist/bundle')
installCodeCache(bundle, 'write')
process.argv = [process.argv[0], path.join(bundle, 'mtlint.js'), '--jobs', '1', 'samples']
process.stdout.write = () => true
// The samples hold warnings only: the run exits with 0. Any other code (an uncaught error, a
// failed lint) fails the build.
createRequire(import.meta.url)('../dist/bundle/cli.cjs')
