import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {discoverFiles, isFileError} from '../engine.js'
import {whyNotText} from '../input-check.js'
import type {LintJob, LintResult} from '../lint-job.js'
import {reportDiff} from '../reporters/diff.js'
import {reportGithub} from '../reporters/github.js'
import {fromJsonMessage, reportJson} from '../reporters/json.js'
import {reportSarif} from '../reporters/sarif.js'
import {reportStylish} from '../reporters/stylish.js'
import type {CliOptions, Format} from './args.js'
import {Baseline, findingOf} from './baseline.js'
import type {Finding} from './baseline.js'
import {LintCache} from './cache.js'
import {runJsonl} from './jsonl.js'
import {createProgress} from './progress.js'
import {createScheduler} from './scheduler.js'
import {writeFileAtomic} from './write-file.js'

export interface CliIo {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  color: boolean
}

const version = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}
).version

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}

/** Run mtlint as the command line does and return the exit code. */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
  if (options.jsonl) return runJsonlMode(options, io)

  const stdinName = options.stdinFilename ?? '<stdin>'
  let streamIn: Readable | undefined
  if (options.stdin) {
    const bytes = await readAll(io.stdin)
    const cause = whyNotText(bytes)
    if (cause) return fail(io, `${stdinName}: ${cause}`)
    streamIn = Readable.from([bytes.toString('utf8')])
  } else if (options.files.length === 0) {
    return fail(io, 'no files given (use --stdin to read standard input); see mtlint --help')
  }

  let files: VFile[]
  try {
    files = await discoverFiles({
      cwd: io.cwd,
      files: options.stdin ? [] : options.files,
      streamIn,
      filePath: options.stdin ? options.stdinFilename : undefined,
      extensions: options.extensions,
      configPath: options.config,
      rules: options.rules
    })
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }

  if (files.length === 0) {
    // Paths that exist but are all ignored are not a mistake; paths and globs that match nothing are.
    if (options.files.every((file) => existsSync(path.resolve(io.cwd, file)))) {
      io.stderr.write('mtlint: every given file is ignored (.mtlintignore or `ignore` in configuration)\n')
      return 0
    }
    return fail(io, `no files matched ${options.files.map((file) => `\`${file}\``).join(', ')}`)
  }

  const broken = files.flatMap((file) =>
    file.messages.filter(isFileError).map((message) => `${displayPath(file, stdinName)}: ${oneLine(message)}`)
  )
  if (broken.length > 0) {
    for (const line of broken) io.stderr.write(`mtlint: ${line}\n`)
    return 2
  }

  const fixing = options.fix || options.fixDryRun
  const originals = files.map((file) => String(file.value))
  let results: LintResult[]
  try {
    results = await lintAll(files, fixing, options, io)
  } catch (error) {
    return fail(io, `internal error: ${(error as Error).message.split('\n')[0]}`)
  }
  files.forEach((file, index) => {
    file.messages = results[index].messages.map((message) => fromJsonMessage(message, file))
  })

  // What the rest of the run reports on: the text after fixing, when fixing.
  const texts = files.map((file, index) => results[index].fixed ?? originals[index])

  const fixedOutput = options.stdin && options.fix
  let diff = ''
  for (const [index, file] of files.entries()) {
    const fixed = results[index].fixed
    if (fixed === undefined) continue
    if (options.fixDryRun) {
      diff += reportDiff(displayPath(file, stdinName), originals[index], fixed)
    } else if (fixedOutput) {
      io.stdout.write(fixed)
    } else if (fixed !== originals[index]) {
      try {
        await writeFileAtomic(path.resolve(file.cwd, file.path), fixed)
      } catch (error) {
        return fail(io, `${file.path}: cannot write fixed file: ${(error as Error).message}`)
      }
    }
  }
  if (diff) io.stdout.write(diff)

  if (options.baseline !== undefined) {
    const code = await applyBaseline(files, texts, options, io)
    if (code !== undefined) return code
  }

  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++
      else warnings++
    }
    if (options.quiet) file.messages = file.messages.filter((message) => message.fatal)
    if (!file.path && options.stdin) file.path = stdinName
  }

  // The report goes to standard output, unless that carries the fixed text or the diff.
  const reportStream = fixedOutput || options.fixDryRun ? io.stderr : io.stdout
  if (options.outputFile === undefined) {
    reportStream.write(formatReport(options.format, files, io))
  } else {
    try {
      await writeFileAtomic(path.resolve(io.cwd, options.outputFile), formatReport(options.format, files, io))
    } catch (error) {
      return fail(io, `${options.outputFile}: cannot write report: ${(error as Error).message}`)
    }
    reportStream.write(reportStylish(files, {color: io.color}))
  }

  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`mtlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

function formatReport(format: Format, files: VFile[], io: CliIo): string {
  if (format === 'json') return reportJson(files)
  if (format === 'sarif') return reportSarif(files, {cwd: io.cwd, version})
  if (format === 'github') return reportGithub(files, {cwd: io.cwd})
  return reportStylish(files, {color: io.color})
}

const filesPerWorker = 16

/** Lint every file, in parallel when `--jobs` allows, from the cache where it can; results in file order. */
async function lintAll(files: VFile[], fix: boolean, options: CliOptions, io: CliIo): Promise<LintResult[]> {
  const warn = (line: string) => io.stderr.write(`mtlint: warning: ${line}\n`)
  const cache = options.cache ? await LintCache.load(path.resolve(io.cwd, options.cacheLocation), version, warn) : undefined
  const jobs: LintJob[] = files.map((file) => ({
    path: file.path || undefined,
    text: String(file.value),
    settings: file.data.mtlintSettings ?? {},
    fix
  }))
  const results: Array<LintResult | undefined> = jobs.map((job) => (cache && job.path ? cache.get(job.path, cache.key(job)) : undefined))
  const todo = jobs.flatMap((job, index) => (results[index] ? [] : [index]))

  // A worker thread takes about a second to load mtlint: it pays for itself only with enough files.
  const scheduler = createScheduler(Math.min(options.jobs, Math.floor(todo.length / filesPerWorker)))
  const progress = createProgress(io.stderr, todo.length)
  try {
    await Promise.all(
      todo.map(async (index) => {
        results[index] = await scheduler.run(jobs[index])
        progress.tick()
      })
    )
  } finally {
    progress.done()
    await scheduler.close()
  }

  if (cache) {
    for (const index of todo) if (jobs[index].path) cache.set(jobs[index].path!, cache.key(jobs[index]), results[index]!)
    try {
      await cache.save()
    } catch (error) {
      warn(`cannot write cache ${options.cacheLocation}: ${(error as Error).message}`)
    }
  }
  return results as LintResult[]
}

/** `--baseline`: record the findings, or hold back the known ones. Returns an exit code to stop with. */
async function applyBaseline(files: VFile[], texts: string[], options: CliOptions, io: CliIo): Promise<number | undefined> {
  const location = path.resolve(io.cwd, options.baseline!)
  const relative = (file: VFile) => path.relative(io.cwd, path.resolve(file.cwd, file.path || '<stdin>')).split(path.sep).join('/')
  if (options.updateBaseline) {
    const findings: Finding[] = files.flatMap((file, index) =>
      file.messages.map((message) => findingOf(message, relative(file), texts[index]))
    )
    await Baseline.write(location, findings)
    io.stderr.write(`mtlint: baseline ${options.baseline} now holds ${findings.length} findings\n`)
    return 0
  }
  let baseline: Baseline
  try {
    baseline = await Baseline.load(location)
  } catch (error) {
    return fail(io, `${options.baseline}: cannot read baseline: ${(error as Error).message.split('\n')[0]}`)
  }
  let held = 0
  for (const [index, file] of files.entries()) {
    file.messages = file.messages.filter((message) => {
      const known = baseline.take(findingOf(message, relative(file), texts[index]))
      if (known) held++
      return !known
    })
  }
  if (held > 0) io.stderr.write(`mtlint: ${held} known findings held back by the baseline ${options.baseline}\n`)
  return undefined
}

/** `--jsonl`: the settings come from the configuration found for `--stdin-filename` (or the folder). */
async function runJsonlMode(options: CliOptions, io: CliIo): Promise<number> {
  const name = path.resolve(io.cwd, options.stdinFilename ?? 'record.txt')
  let settingsFile: VFile | undefined
  try {
    ;[settingsFile] = await discoverFiles({
      cwd: io.cwd,
      files: [new VFile({path: name, value: ''})],
      configPath: options.config,
      rules: options.rules
    })
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  const configError = settingsFile?.messages.find(isFileError)
  if (configError) return fail(io, `${options.stdinFilename ?? 'configuration'}: ${oneLine(configError)}`)

  const scheduler = createScheduler(options.jobs)
  try {
    await runJsonl(io.stdin, io.stdout, scheduler, {
      settings: settingsFile?.data.mtlintSettings ?? {},
      fix: options.fix,
      defaultPath: options.stdinFilename,
      window: options.jobs * 16
    })
  } finally {
    await scheduler.close()
  }
  return 0
}

function displayPath(file: VFile, stdinName: string): string {
  return file.path ? file.path : stdinName
}

/** The reason, followed by the innermost cause that says something the reason does not. */
function oneLine(message: VFileMessage): string {
  let reason = message.reason.split('\n')[0]
  let cause: unknown = message.cause
  while (cause instanceof Error) {
    // A system error's own text repeats the path and the call; the reason already says it.
    if ('code' in cause) break
    const text = cause.message.split('\n')[0]
    if (!reason.includes(text)) reason = `${reason}: ${text}`
    cause = cause.cause
  }
  return reason.replace(/^Cannot process file: /, '')
}

function fail(io: CliIo, line: string): number {
  io.stderr.write(`mtlint: ${line}\n`)
  return 2
}
