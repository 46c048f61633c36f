import {existsSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {ConfigFileError} from '../discover.js'
import type {Discovery} from '../discover.js'
import {decodeText} from '../text-file.js'
import type {LintResult} from '../lint-job.js'
import {fileErrorMessage, fromData, isFileError} from '../message.js'
import type {CliOptions} from './args.js'
import {collectArticles, createDiscovery, readArticle, withOverrides} from './collect.js'
import type {Article, Collected} from './collect.js'
import {exitCode, tally} from './exit-code.js'
import {attachSources} from './sources.js'
import {lintAll} from './lint-all.js'
import {writeReport} from './report.js'
import {createScheduler, createWorkers} from './scheduler.js'
import type {Workers} from './scheduler.js'
import {fail} from './io.js'
import type {CliIo} from './io.js'

export type {CliIo} from './io.js'

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}

/**
 * Run mtlint as the command line does and return the exit code. What only some runs need (fixing,
 * a baseline, the cache, `--jsonl`) is imported by those runs: a plain run starts without it.
 */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
  let discovery: Discovery
  try {
    discovery = createDiscovery(options, io.cwd)
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  if (options.jsonl) return runJsonlMode(options, io, discovery)
  if (options.stdin && (await stdinIgnored(options, io, discovery))) return 0
  const workers = createWorkers(options.jobs)
  try {
    return await lintAndReport(options, io, workers, discovery)
  } finally {
    await workers.close()
  }
}

async function lintAndReport(options: CliOptions, io: CliIo, workers: Workers, discovery: Discovery): Promise<number> {
  let articles: Article[]
  let roots: string[] | undefined
  try {
    if (options.stdin) articles = [await stdinArticle(options, io, discovery)]
    else ({articles, roots} = await fileArticles(options, io, discovery, workers))
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  const paired = attachSources(articles, options, io)
  if ('error' in paired) return fail(io, paired.error)
  articles = paired.articles
  if (articles.length === 0) return 0

  const fixing = options.fix || options.fixDryRun
  // Only a plain report may come from the cache without reading the file: the others need its text.
  const needText = fixing || options.baseline !== undefined
  if (needText) for (const article of articles) readArticle(article, io.cwd, options.maxFileSize)
  let results: LintResult[]
  try {
    results = await lintAll(articles, fixing, options, io, workers)
  } catch (error) {
    return fail(io, `internal error: ${(error as Error).message.split('\n')[0]}`)
  }
  const files = toFiles(articles, results, options, io)
  if (fixing) {
    const {applyFixes, fixSummary} = await import('./fixes.js')
    const summary = fixSummary(await applyFixes(articles, results, files, options, io, roots), options.fixDryRun)
    // Every change, later passes' too, is counted here: the report below shows what remains.
    if (summary && !options.stdin) io.stderr.write(`mtlint: ${summary}\n`)
  }

  if (options.baseline !== undefined) {
    // Findings are described in the text they are in: the fixed text, when fixing.
    const texts = articles.map((article, index) => results[index].fixed ?? article.text ?? '')
    const code = await (await import('./baseline.js')).applyBaseline(files, texts, options, io)
    if (code !== undefined) return code
  }

  const counts = tally(files)
  const failed = await writeReport(files, options, io)
  if (failed !== undefined) return fail(io, failed)
  return exitCode(counts, options, io)
}

/**
 * The reports of the articles, one file each. An article that could not be linted has a file error
 * as its one message, and a line on standard error; the others are reported as they are.
 */
function toFiles(articles: readonly Article[], results: readonly LintResult[], options: CliOptions, io: CliIo): VFile[] {
  const stdinName = options.stdinFilename ?? '<stdin>'
  return articles.map((article, index) => {
    const file = new VFile({path: article.path ?? stdinName, cwd: io.cwd})
    if (article.error) {
      io.stderr.write(`mtlint: ${article.path ?? stdinName}: ${article.error}\n`)
      fileErrorMessage(file, article.error)
    } else {
      file.messages = fromData(results[index].messages, file)
      // Found while parsing (an XLIFF file that is not well-formed, markup nested too deeply to
      // parse): said on standard error like any file error.
      for (const message of file.messages) {
        if (isFileError(message)) io.stderr.write(`mtlint: ${article.path ?? stdinName}: ${message.reason}\n`)
      }
    }
    return file
  })
}

/**
 * Whether `--stdin-filename` names an ignored file: then, as ESLint does, a warning and no findings;
 * with `--fix`, the text goes back out unchanged, so that an editor piping through mtlint keeps it.
 */
async function stdinIgnored(options: CliOptions, io: CliIo, discovery: Discovery): Promise<boolean> {
  const name = options.stdinFilename
  if (name === undefined) return false
  try {
    if (!(await discovery.isIgnored(path.resolve(io.cwd, name)))) return false
  } catch (error) {
    // A configuration or ignore file that cannot be used: `stdinArticle` reports it as the article's error.
    if (error instanceof ConfigFileError) return false
    throw error
  }
  const text = await readAll(io.stdin)
  io.stderr.write(`mtlint: warning: ${name} is ignored (.mtlintignore, --ignore-path or \`ignore\` in configuration); use --no-ignore to lint it\n`)
  if (options.fix) io.stdout.write(text)
  return true
}

/** Standard input as an article, with the settings found for `--stdin-filename` (or the folder). */
async function stdinArticle(options: CliOptions, io: CliIo, discovery: Discovery): Promise<Article> {
  const bytes = await readAll(io.stdin)
  const name = options.stdinFilename
  const decoded = decodeText(bytes)
  if ('error' in decoded) return {path: name, settings: {}, error: decoded.error}
  try {
    const {settings} = await discovery.configFor(path.resolve(io.cwd, name ?? 'stdin.txt'))
    // An ignore file that cannot be read fails the article here (`stdinIgnored` left it to this).
    if (name !== undefined) await discovery.isIgnored(path.resolve(io.cwd, name))
    return {path: name, text: decoded.text, encoding: decoded.encoding, settings: withOverrides(settings, options.rules)}
  } catch (error) {
    if (error instanceof ConfigFileError) return {path: name, settings: {}, error: error.message}
    throw error
  }
}

/** The files the paths name. A path or glob that names none is an error, unless all it named is ignored. */
async function fileArticles(options: CliOptions, io: CliIo, discovery: Discovery, workers: Workers): Promise<Collected> {
  const fixing = options.fix || options.fixDryRun
  // Worker threads load mtlint while the files' settings are looked up; not when a cache may answer for every file.
  const cacheMayAnswer = options.cache && !fixing && existsSync((await import('./cache.js')).cacheFile(io.cwd, options.cacheLocation))
  const collected = await collectArticles(
    {
      cwd: io.cwd,
      paths: options.files,
      extensions: options.extensions,
      configPath: options.config,
      rules: options.rules,
      maxFileSize: options.maxFileSize,
      onFound: cacheMayAnswer ? undefined : (count) => workers.warm(count)
    },
    discovery
  )
  const {articles, ignored, empty, skipped} = collected
  if (skipped > 0) {
    io.stderr.write(`mtlint: skipped ${skipped} entries that are not regular files or lead outside the folders given\n`)
  }
  if (empty.length > 0) throw new Error(`no files matched ${empty.map((file) => `\`${file}\``).join(', ')}`)
  if (articles.length === 0 && ignored > 0) {
    io.stderr.write('mtlint: every given file is ignored (.mtlintignore, --ignore-path or `ignore` in configuration); use --no-ignore to lint them\n')
  }
  return collected
}

/** `--jsonl`: the settings are those found for `--stdin-filename` (or the working folder). */
async function runJsonlMode(options: CliOptions, io: CliIo, discovery: Discovery): Promise<number> {
  let settings
  try {
    settings = (await discovery.configFor(path.resolve(io.cwd, options.stdinFilename ?? 'record.txt'))).settings
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  const {runJsonl} = await import('./jsonl.js')
  const scheduler = await createScheduler(options.jobs)
  try {
    await runJsonl(io.stdin, io.stdout, scheduler, {
      settings: withOverrides(settings, options.rules),
      fix: options.fix,
      defaultPath: options.stdinFilename,
      maxRecordSize: options.maxRecordSize,
      window: options.jobs * 4
    })
  } finally {
    await scheduler.close()
  }
  return 0
}

