/**
 * After a build: mark the package's own bins executable (tsc and rolldown do not), and link each
 * into `node_modules/.bin` when it is missing there, so that `npx mtlint` in a clone runs this
 * build. npm does not link a project's own bins, and its fallback for them fails when the clone's
 * folder has the bin's name (`mtlint/`, the default of `git clone`).
 */
import {chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync} from 'node:fs'
import path from 'node:path'

const {bin} = JSON.parse(readFileSync('package.json', 'utf8'))
for (const [name, file] of Object.entries(bin)) {
  chmodSync(file, 0o755)
  if (!existsSync('node_modules')) continue
  const link = path.join('node_modules', '.bin', name)
  if (exists(link)) continue
  mkdirSync(path.dirname(link), {recursive: true})
  symlinkSync(path.relative(path.dirname(link), file), link)
}

/** Whether a path exists, as a link too (a link whose target is gone still holds the name). */
function exists(file) {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}
