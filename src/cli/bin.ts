#!/usr/bin/env node
/**
 * The `mtlint` bin of the bundle (`dist/bundle/mtlint.js`, see `rolldown.config.ts`): runs the
 * command line, a CommonJS bundle beside it (`cli.cjs` and its chunks), compiled through V8's code
 * cache the build made (`src/cli/code-cache.ts`).
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {installCodeCache} from './code-cache.js'

const bundle = path.dirname(fileURLToPath(import.meta.url))
installCodeCache(bundle, 'read')
createRequire(import.meta.url)('./cli.cjs')
