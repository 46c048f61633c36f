import {existsSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {ConfigFileError, Discovery} from '../discover.js'
import {hashText, whyNotText} from '../text-file.js'
import {version} from '../version.js'
import type {FileJob, LintJob, LintResult} from '../lint-job.js'
import {fromData, isFailure} from '../message.js'
import type {CliOptions, Format} from './args.js'
import {Baseline, findingOf} from './baseline.js'
import type {Finding} from './baseline.js'
import {LintCache} from './cache.js'
import {collectArticles, readArticle, withOverrides} from './collect.js'
import type {Article} from './collect.js'
import {runJsonl} from './jsonl.js'
import {createProgress} from './progress.js'
import {createScheduler, createWorkers} from './scheduler.js'
import type {Workers} from './scheduler.js'
import {writeFileAtomic} from './write-file.js'

export interface CliIo {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  color: boolean
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string))
  return Buffer.concat(chunks)
}

/** Run mtlint as the command line does and return the exit code. */
export async function run(options: CliOptions, io: CliIo): Promise<number> {
  if (options.jsonl) return runJsonlMode(options, io)
  if (!options.stdin && options.files.length === 0) {
    return fail(io, 'no files given (use --stdin to read standard input); see mtlint --help')
  }
  const workers = createWorkers(options.jobs)
  try {
    return await lintAndReport(options, io, workers)
  } finally {
    await workers.close()
  }
}

async function lintAndReport(options: CliOptions, io: CliIo, workers: Workers): Promise<number> {
  const discovery = new Discovery(options.config === undefined ? undefined : path.resolve(io.cwd, options.config))
  const stdinName = options.stdinFilename ?? '<stdin>'
  let articles: Article[]
  try {
    articles = options.stdin ? [await stdinArticle(options, io, discovery)] : await fileArticles(options, io, discovery, workers)
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  if (articles.length === 0) return 0

  const fixing = options.fix || options.fixDryRun
  // Only a plain report may come from the cache without reading the file: the others need its text.
  const needText = fixing || options.baseline !== undefined
  if (needText) for (const article of articles) readArticle(article, io.cwd)
  let results: LintResult[]
  try {
    results = await lintAll(articles, fixing, options, io, workers)
  } catch (error) {
    return fail(io, `internal error: ${(error as Error).message.split('\n')[0]}`)
  }
  const broken = articles.filter((article) => article.error)
  if (broken.length > 0) {
    for (const article of broken) io.stderr.write(`mtlint: ${article.path ?? stdinName}: ${article.error}\n`)
    return 2
  }

  const files = articles.map((article, index) => {
    const file = new VFile({path: article.path ?? stdinName, cwd: io.cwd})
    file.messages = fromData(results[index].messages, file)
    return file
  })

  const fixedOutput = options.stdin && options.fix
  let diff = ''
  const {reportDiff} = options.fixDryRun ? await import('../reporters/diff.js') : {reportDiff: undefined}
  for (const [index, article] of articles.entries()) {
    const fixed = results[index].fixed
    if (fixed === undefined) continue
    if (options.fixDryRun) {
      diff += reportDiff!(article.path ?? stdinName, article.text!, fixed)
    } else if (fixedOutput) {
      io.stdout.write(fixed)
    } else if (fixed !== article.text) {
      try {
        await writeFileAtomic(path.resolve(io.cwd, article.path!), fixed)
      } catch (error) {
        return fail(io, `${article.path}: cannot write fixed file: ${(error as Error).message}`)
      }
    }
  }
  if (diff) io.stdout.write(diff)

  if (options.baseline !== undefined) {
    // Findings are described in the text they are in: the fixed text, when fixing.
    const texts = articles.map((article, index) => results[index].fixed ?? article.text!)
    const code = await applyBaseline(files, texts, options, io)
    if (code !== undefined) return code
  }

  let errors = 0
  let warnings = 0
  let failures = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (isFailure(message)) failures++
      if (message.fatal) errors++
      else warnings++
    }
    if (options.quiet) file.messages = file.messages.filter((message) => message.fatal)
  }

  // The report goes to standard output, unless that carries the fixed text or the diff.
  const reportStream = fixedOutput || options.fixDryRun ? io.stderr : io.stdout
  if (options.outputFile === undefined) {
    reportStream.write(await formatReport(options.format, files, io))
  } else {
    try {
      await writeFileAtomic(path.resolve(io.cwd, options.outputFile), await formatReport(options.format, files, io))
    } catch (error) {
      return fail(io, `${options.outputFile}: cannot write report: ${(error as Error).message}`)
    }
    reportStream.write(await formatReport('stylish', files, io))
  }

  // A rule that crashed on a file: its findings there cannot be trusted.
  if (failures > 0) return 2
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`mtlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`)
    return 1
  }
  return 0
}

/** Standard input as an article, with the settings found for `--stdin-filename` (or the folder). */
async function stdinArticle(options: CliOptions, io: CliIo, discovery: Discovery): Promise<Article> {
  const bytes = await readAll(io.stdin)
  const name = options.stdinFilename
  const cause = whyNotText(bytes)
  if (cause) return {path: name, settings: {}, error: cause}
  try {
    const {settings} = await discovery.configFor(path.resolve(io.cwd, name ?? 'stdin.txt'))
    return {path: name, text: bytes.toString('utf8'), settings: withOverrides(settings, options.rules)}
  } catch (error) {
    if (error instanceof ConfigFileError) return {path: name, settings: {}, error: error.message}
    throw error
  }
}

/** The files the paths name. A path or glob that names none is an error, unless all it named is ignored. */
async function fileArticles(options: CliOptions, io: CliIo, discovery: Discovery, workers: Workers): Promise<Article[]> {
  const {articles, ignored, empty} = await collectArticles(
    {
      cwd: io.cwd,
      paths: options.files,
      extensions: options.extensions,
      configPath: options.config,
      rules: options.rules,
      // Worker threads load mtlint while the files' settings are looked up; not when a cache may
      // answer for every file.
      onFound: options.cache && existsSync(path.resolve(io.cwd, options.cacheLocation)) ? undefined : (count) => workers.warm(count)
    },
    discovery
  )
  if (empty.length > 0) throw new Error(`no files matched ${empty.map((file) => `\`${file}\``).join(', ')}`)
  if (articles.length === 0 && ignored > 0) {
    io.stderr.write('mtlint: every given file is ignored (.mtlintignore or `ignore` in configuration)\n')
  }
  return articles
}

/** Each reporter is loaded only when its format is asked for. */
async function formatReport(format: Format, files: VFile[], io: CliIo): Promise<string> {
  if (format === 'json') return (await import('../reporters/json.js')).reportJson(files)
  if (format === 'sarif') return (await import('../reporters/sarif.js')).reportSarif(files, {cwd: io.cwd, version})
  if (format === 'github') return (await import('../reporters/github.js')).reportGithub(files, {cwd: io.cwd})
  return (await import('../reporters/stylish.js')).reportStylish(files, {color: io.color})
}

/** A worker thread's task: enough text that passing it to the thread costs little beside linting it. */
const batchCharacters = 256 * 1024
const batchArticles = 256

/**
 * Lint every article, in parallel when `--jobs` allows, from the cache where it can; results in
 * article order. An article that cannot be read gets its `error` and an empty result.
 */
async function lintAll(articles: Article[], fix: boolean, options: CliOptions, io: CliIo, workers: Workers): Promise<LintResult[]> {
  const warn = (line: string) => io.stderr.write(`mtlint: warning: ${line}\n`)
  const cache = options.cache ? await LintCache.load(path.resolve(io.cwd, options.cacheLocation), version, warn) : undefined
  const empty: LintResult = {messages: []}
  const results: Array<LintResult | undefined> = articles.map((article) => (article.error ? empty : undefined))
  const setups = articles.map((article) => (cache && article.path ? cache.setupOf(article.settings, fix) : -1))
  /** Hashes of the texts linted, for the cache. */
  const hashes: Array<string | undefined> = []

  if (cache) {
    const unsure: number[] = []
    for (const [index, article] of articles.entries()) {
      if (results[index] || !article.path) continue
      if (article.text === undefined && article.stat) results[index] = cache.byState(article.path, setups[index], article.stat)
      if (!results[index]) unsure.push(index)
    }
    // Changed by their state: read them, and look them up by content (a touched but unchanged file).
    // A file the cache knows nothing of is left for the worker thread that lints it to read.
    for (const index of unsure) {
      const article = articles[index]
      if (article.text === undefined && !cache.has(article.path!, setups[index])) continue
      readArticle(article, io.cwd)
      if (article.error) {
        results[index] = empty
        continue
      }
      hashes[index] = hashText(article.text!)
      results[index] = cache.byContent(article.path!, setups[index], hashes[index]!)
      // Unchanged but touched: the new state is stored, so that the next run need not read it.
      if (results[index] && article.stat) cache.set(article.path!, setups[index], hashes[index]!, article.stat, results[index]!)
    }
  }

  const todo = articles.flatMap((_, index) => (results[index] ? [] : [index]))
  const lintable: number[] = []
  if (todo.length > 0) {
    const scheduler = await workers.scheduler(todo.length)
    const progress = createProgress(io.stderr, todo.length)
    const running: Array<Promise<void>> = []
    const submit = (batch: number[]) => {
      // An article not read yet is read by the worker thread that lints it.
      const jobs = batch.map((index): LintJob | FileJob => {
        const {path: name, text, settings} = articles[index]
        return text === undefined
          ? {path: name, file: path.resolve(io.cwd, name!), settings, fix, hash: cache !== undefined}
          : {path: name, text, settings, fix}
      })
      running.push(
        scheduler.run(jobs).then((outcomes) => {
          for (const [position, outcome] of outcomes.entries()) {
            const index = batch[position]
            if ('unreadable' in outcome) {
              articles[index].error = outcome.unreadable
              results[index] = empty
            } else {
              results[index] = outcome.result
              hashes[index] ??= outcome.hash
              if (outcome.state && articles[index].stat) articles[index].stat = outcome.state
              lintable.push(index)
            }
            progress.tick()
          }
        })
      )
    }
    try {
      let batch: number[] = []
      let size = 0
      for (const index of todo) {
        const article = articles[index]
        batch.push(index)
        size += article.text?.length ?? article.stat?.size ?? 0
        if (size >= batchCharacters || batch.length >= batchArticles) {
          submit(batch)
          batch = []
          size = 0
        }
      }
      if (batch.length > 0) submit(batch)
      await Promise.all(running)
    } finally {
      progress.done()
    }
  }

  if (cache) {
    // In article order, whatever order the threads finished in: the cache file stays the same.
    lintable.sort((a, b) => a - b)
    for (const index of lintable) {
      const article = articles[index]
      if (!article.path || !article.stat || hashes[index] === undefined) continue
      if (results[index]!.messages.some((message) => message.kind !== 'finding')) continue
      cache.set(article.path, setups[index], hashes[index]!, article.stat, results[index]!)
    }
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

/** `--jsonl`: the settings are those found for `--stdin-filename` (or the working folder). */
async function runJsonlMode(options: CliOptions, io: CliIo): Promise<number> {
  const discovery = new Discovery(options.config === undefined ? undefined : path.resolve(io.cwd, options.config))
  let settings
  try {
    settings = (await discovery.configFor(path.resolve(io.cwd, options.stdinFilename ?? 'record.txt'))).settings
  } catch (error) {
    return fail(io, (error as Error).message.split('\n')[0])
  }
  const scheduler = await createScheduler(options.jobs)
  try {
    await runJsonl(io.stdin, io.stdout, scheduler, {
      settings: withOverrides(settings, options.rules),
      fix: options.fix,
      defaultPath: options.stdinFilename,
      window: options.jobs * 4
    })
  } finally {
    await scheduler.close()
  }
  return 0
}

function fail(io: CliIo, line: string): number {
  io.stderr.write(`mtlint: ${line}\n`)
  return 2
}
