import {mkdirSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {version} from '../version.js'
import type {CliOptions, Format} from './args.js'
import type {CliIo} from './io.js'
import {writeFileAtomic} from './write-file.js'

/** Each reporter is loaded only when its format is asked for. */
export async function formatReport(format: Format, files: VFile[], io: CliIo, ruleUrls = false): Promise<string> {
  if (format === 'json') return (await import('../reporters/json.js')).reportJson(files)
  if (format === 'sarif') return (await import('../reporters/sarif.js')).reportSarif(files, {cwd: io.cwd, version})
  if (format === 'github') return (await import('../reporters/github.js')).reportGithub(files, {cwd: io.cwd})
  if (format === 'junit') return (await import('../reporters/junit.js')).reportJunit(files, {cwd: io.cwd})
  if (format === 'codeclimate') return (await import('../reporters/codeclimate.js')).reportCodeclimate(files, {cwd: io.cwd})
  // Whether standard output shows links: `supports-hyperlinks`, by way of `terminal-link` (`FORCE_HYPERLINK=1` or `0` decides).
  const hyperlinks = io.hyperlinks ?? (await import('terminal-link')).default.isSupported
  return (await import('../reporters/stylish.js')).reportStylish(files, {color: io.color, hyperlinks, urls: ruleUrls})
}

/**
 * Print the report (on standard error when standard output carries fixed text or a diff); with
 * `--output-file`, write the `--format` report there and print the stylish one. Returns why the
 * report file could not be written, if it could not.
 */
export async function writeReport(files: VFile[], options: CliOptions, io: CliIo): Promise<string | undefined> {
  const reportStream = (options.stdin && options.fix) || options.fixDryRun ? io.stderr : io.stdout
  if (options.quiet) for (const file of files) file.messages = file.messages.filter((message) => message.fatal)
  if (options.outputFile === undefined) {
    reportStream.write(await formatReport(options.format, files, io, options.ruleUrls))
    return undefined
  }
  const target = path.resolve(io.cwd, options.outputFile)
  try {
    mkdirSync(path.dirname(target), {recursive: true})
    await writeFileAtomic(target, await formatReport(options.format, files, io))
  } catch (error) {
    return `${options.outputFile}: cannot write report: ${(error as Error).message}`
  }
  reportStream.write(await formatReport('stylish', files, io, options.ruleUrls))
  return undefined
}
