import {existsSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isFileError, lintFiles} from '../engine.js'
import {whyNotText} from '../input-check.js'
import {reportDiff} from '../reporters/diff.js'
import {reportJson} from '../reporters/json.js'
import {reportStylish} from '../reporters/stylish.js'
import type {CliOptions} from './args.js'
import {writeFileAtomic} from './write-file.js'

export interface CliIo {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
  color: boolean
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}

/** Run mtlint as the command line does and return the exit code. */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
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
    files = await lintFiles({
      cwd: io.cwd,
      files: options.stdin ? [] : options.files,
      streamIn,
      filePath: options.stdin ? options.stdinFilename : undefined,
      extensions: options.extensions,
      configPath: options.config,
      rules: options.rules,
      fix: options.fix || options.fixDryRun
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

  const fixedOutput = options.stdin && options.fix
  let diff = ''
  for (const file of files) {
    const result = file.data.mtlint
    if (!result) continue
    if (options.fixDryRun) {
      diff += reportDiff(displayPath(file, stdinName), result.original, result.fixed)
    } else if (fixedOutput) {
      io.stdout.write(result.fixed)
    } else if (options.fix && result.fixed !== result.original) {
      try {
        await writeFileAtomic(path.resolve(file.cwd, file.path), result.fixed)
      } catch (error) {
        return fail(io, `${file.path}: cannot write fixed file: ${(error as Error).message}`)
      }
    }
  }
  if (diff) io.stdout.write(diff)

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

  const report =
    options.format === 'json' ? reportJson(files) : reportStylish(files, {color: io.color})
  const reportStream = fixedOutput || options.fixDryRun ? io.stderr : io.stdout
  reportStream.write(report)

  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`mtlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
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
