import path from 'node:path'
import {locateSource} from '../source/locate.js'
import {readTextFile} from '../text-file.js'
import type {CliOptions} from './args.js'
import type {Article} from './collect.js'
import type {CliIo} from './io.js'

/**
 * Give each article the source it translates: the `--source` file for the one article linted, else
 * the file the configuration's `source` convention names beside it. A file that is itself a source
 * is left out (one line on standard error says how many); a source that cannot be read is the
 * article's file error. Returns the articles to lint, or why `--source` cannot be used.
 */
export function attachSources(articles: Article[], options: CliOptions, io: CliIo): {articles: Article[]} | {error: string} {
  if (options.source !== undefined) {
    if (articles.length !== 1) return {error: `--source needs exactly one file to lint, not ${articles.length}`}
    const read = readTextFile(path.resolve(io.cwd, options.source), options.maxFileSize)
    if ('error' in read) return {error: `--source ${options.source}: ${read.error}`}
    articles[0].source = {text: read.text, path: options.source}
    return {articles}
  }
  let sources = 0
  const kept = articles.filter((article) => {
    const setting = article.settings.source
    if (!setting || !article.path || article.error) return true
    const located = locateSource(article.path, setting)
    if (!located) return true
    if ('isSource' in located) {
      // Standard input is always answered (an editor piping its buffer through `--fix` takes the
      // output as the new text): a source piped in is linted as it is, without a source.
      if (options.stdin) return true
      sources++
      return false
    }
    const read = readTextFile(path.resolve(io.cwd, located.source), options.maxFileSize)
    if ('error' in read) article.error = `source ${located.source}: ${read.error}`
    else article.source = {text: read.text, path: located.source}
    return true
  })
  if (sources > 0) io.stderr.write(`mtlint: left out ${sources} source file${sources === 1 ? '' : 's'} (configuration \`source\`)\n`)
  return {articles: kept}
}
