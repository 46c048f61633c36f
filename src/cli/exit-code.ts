import type {VFile} from 'vfile'
import {isFailure} from '../message.js'
import type {CliOptions} from './args.js'
import type {CliIo} from './io.js'

export interface Tally {
  errors: number
  warnings: number
  /** Crashes and file errors: the run cannot vouch for those files. */
  failures: number
}

/** Count the messages, before `--quiet` hides the warnings (which still count). */
export function tally(files: readonly VFile[]): Tally {
  const counts: Tally = {errors: 0, warnings: 0, failures: 0}
  for (const file of files) {
    for (const message of file.messages) {
      if (isFailure(message)) counts.failures++
      else if (message.fatal) counts.errors++
      else counts.warnings++
    }
  }
  return counts
}

/**
 * 2 when a file could not be linted or a rule crashed (its findings cannot be trusted); 1 on an
 * error, too many warnings, or any new finding under `--baseline`; else 0.
 */
export function exitCode(counts: Tally, options: CliOptions, io: CliIo): number {
  if (counts.failures > 0) return 2
  if (counts.errors > 0) return 1
  if (options.baseline !== undefined && !options.updateBaseline && counts.warnings > 0) {
    io.stderr.write(`mtlint: ${counts.warnings} new warnings not in the baseline ${options.baseline}\n`)
    return 1
  }
  if (options.maxWarnings !== undefined && counts.warnings > options.maxWarnings) {
    io.stderr.write(`mtlint: ${counts.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}
