import path from 'node:path'
import type {VFile} from 'vfile'
import type {LintResult} from '../lint-job.js'
import {fileErrorMessage} from '../message.js'
import type {MessageData} from '../message.js'
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
): Promise<MessageData[]> {
  let diff = ''
  /** The fixes that were applied, or would be with `--fix-dry-run`. */
  const done: MessageData[] = []
  const showDiff = options.fixDryRun ? await diffReporter(options, io) : undefined
  for (const [index, article] of articles.entries()) {
    const fixed = results[index].fixed
    if (fixed === undefined || article.text === undefined) continue
    const applied = fixed === article.text ? [] : results[index].applied ?? []
    if (options.fixDryRun) {
      diff += showDiff!(files[index].path, article.text, fixed)
      for (const message of applied) done.push(message)
    } else if (options.stdin) {
      io.stdout.write(encodeText(fixed, article.encoding))
    } else if (fixed !== article.text) {
      const why = await writeFixedFile(path.resolve(io.cwd, article.path!), encodeText(fixed, article.encoding), {state: article.stat!, text: article.text}, roots)
      if (why !== undefined) {
        io.stderr.write(`mtlint: ${article.path}: ${why}\n`)
        // Its findings are those of the fixed text, which is not where they are: report the failure alone.
        files[index].messages = []
        fileErrorMessage(files[index], why)
      } else {
        for (const message of applied) done.push(message)
      }
    }
  }
  if (diff) io.stdout.write(diff)
  return done
}

/** How `--fix-dry-run` shows a change (`--diff`): the changed words, or a unified diff (the default when nothing chose). */
async function diffReporter(options: CliOptions, io: CliIo): Promise<(filePath: string, before: string, after: string) => string> {
  if (options.diff === 'words') {
    const {reportWordDiff} = await import('../reporters/word-diff.js')
    return (filePath, before, after) => reportWordDiff(filePath, before, after, io.color)
  }
  return (await import('../reporters/diff.js')).reportDiff
}

/**
 * What `--fix` changed (or `--fix-dry-run` would), rule by rule, every pass included: `fixed 3
 * problems (doubled-punctuation 2, whitespace 1)`; empty when nothing.
 */
export function fixSummary(applied: readonly MessageData[], dryRun: boolean): string {
  if (applied.length === 0) return ''
  const counts = new Map<string, number>()
  for (const fix of applied) counts.set(fix.ruleId ?? 'unknown', (counts.get(fix.ruleId ?? 'unknown') ?? 0) + 1)
  const rules = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([rule, count]) => `${rule} ${count}`)
  const problems = applied.length === 1 ? '1 problem' : `${applied.length} problems`
  return `${dryRun ? 'would fix' : 'fixed'} ${problems} (${rules.join(', ')})`
}
