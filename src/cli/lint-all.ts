import path from 'node:path'
import type {FileJob, LintJob, LintResult} from '../lint-job.js'
import {hashText} from '../text-file.js'
import {version} from '../version.js'
import type {CliOptions} from './args.js'
import type {LintCache} from './cache.js'
import {readArticle} from './collect.js'
import type {Article} from './collect.js'
import {createProgress} from './progress.js'
import type {Workers} from './scheduler.js'
import type {CliIo} from './io.js'

/** A worker thread's task: enough text that passing it to the thread costs little beside linting it. */
const batchCharacters = 256 * 1024
const batchArticles = 256

/**
 * Lint every article, in parallel when `--jobs` allows, from the cache where it can; results in
 * article order. An article that cannot be read gets its `error` and an empty result.
 */
export async function lintAll(articles: Article[], fix: boolean, options: CliOptions, io: CliIo, workers: Workers): Promise<LintResult[]> {
  const warn = (line: string) => io.stderr.write(`mtlint: warning: ${line}\n`)
  // A cached result only answers a lint: a fix is always made from the file's own text.
  // The cache's module is loaded only by a run that uses it.
  const cacheModule = options.cache && !fix ? await import('./cache.js') : undefined
  const location = cacheModule?.cacheFile(io.cwd, options.cacheLocation) ?? ''
  const cache: LintCache | undefined = cacheModule ? await cacheModule.LintCache.load(location, version, warn) : undefined
  const empty: LintResult = {messages: []}
  const results: Array<LintResult | undefined> = articles.map((article) => (article.error ? empty : undefined))
  // The cache keys on a file's text and settings, not on its source's text: a file with a source is always linted.
  const cached = (article: Article) => cache !== undefined && article.path !== undefined && article.source === undefined
  const setups = articles.map((article) => (cached(article) ? cache!.setupOf(article.settings, fix) : -1))
  /** Hashes of the texts linted, for the cache. */
  const hashes: Array<string | undefined> = []

  if (cache) {
    const unsure: number[] = []
    for (const [index, article] of articles.entries()) {
      if (results[index] || !cached(article)) continue
      if (article.text === undefined && article.stat) results[index] = cache.byState(article.path!, setups[index], article.stat)
      if (!results[index]) unsure.push(index)
    }
    // Changed by their state: read them, and look them up by content (a touched but unchanged file).
    // A file the cache knows nothing of is left for the worker thread that lints it to read.
    for (const index of unsure) {
      const article = articles[index]
      if (article.text === undefined && !cache.has(article.path!, setups[index])) continue
      readArticle(article, io.cwd, options.maxFileSize)
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
        const {path: name, text, settings, source} = articles[index]
        return text === undefined
          ? {path: name, file: path.resolve(io.cwd, name!), settings, fix, source, hash: cache !== undefined, maxSize: options.maxFileSize}
          : {path: name, text, settings, fix, source}
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
      if (!cached(article) || !article.stat || hashes[index] === undefined) continue
      if (results[index]!.messages.some((message) => message.kind !== 'finding')) continue
      cache.set(article.path!, setups[index], hashes[index]!, article.stat, results[index]!)
    }
    try {
      await cache.save()
    } catch (error) {
      warn(`cannot write cache ${path.relative(io.cwd, location)}: ${(error as Error).message}`)
    }
  }
  return results as LintResult[]
}
