import path from 'node:path'
import type {VFile} from 'vfile'
import type {LintResult} from '../lint-job.js'
import {fileErrorMessage} from '../message.js'
import {encodeText} from '../text-file.js'
import type {CliOptions} from './args.js'
import type {Article} from './collect.js'
import type {CliIo} from './io.js'
import {writeFixedFile} from './write-file.js'

/**
 * Put the fixes where they go: a diff on standard output (`--fix-dry-run`), the fixed text on
 * standard output (`--stdin --fix`), or each changed file rewritten (`--fix`). A file that cannot
 * or must not be written gets a file error, and the others are still written.
 */
export async function applyFixes(
  articles: readonly Article[],
  results: readonly LintResult[],
  files: readonly VFile[],
  options: CliOptions,
  io: CliIo,
  roots?: readonly string[]
): Promise<void> {
  let diff = ''
  const {reportDiff} = options.fixDryRun ? await import('../reporters/diff.js') : {reportDiff: undefined}
  for (const [index, article] of articles.entries()) {
    const fixed = results[index].fixed
    if (fixed === undefined || article.text === undefined) continue
    if (options.fixDryRun) {
      diff += reportDiff!(files[index].path, article.text, fixed)
    } else if (options.stdin) {
      io.stdout.write(encodeText(fixed, article.encoding))
    } else if (fixed !== article.text) {
      const why = await writeFixedFile(path.resolve(io.cwd, article.path!), encodeText(fixed, article.encoding), {state: article.stat!, text: article.text}, roots)
      if (why !== undefined) {
        io.stderr.write(`mtlint: ${article.path}: ${why}\n`)
        // Its findings are those of the fixed text, which is not where they are: report the failure alone.
        files[index].messages = []
        fileErrorMessage(files[index], why)
      }
    }
  }
  if (diff) io.stdout.write(diff)
}
