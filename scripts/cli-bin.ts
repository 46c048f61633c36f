import {readFileSync} from 'node:fs'
import path from 'node:path'
import {projectRoot} from './corpus.js'

/** The `mtlint` bin as the package ships it (the bundle `npm run build` makes): what the benchmarks run. */
export const cliBin = path.join(
  projectRoot,
  (JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {bin: {mtlint: string}}).bin.mtlint
)
