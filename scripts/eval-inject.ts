/**
 * The injected-defect benchmark: puts one known defect into about half of the paragraphs of each
 * WMT21 human reference (seeded), lints and fixes each article whole, and prints per defect class
 * the recall of its rules and how often fix() restores the clean paragraph exactly; and, on the
 * paragraphs left untouched, the false flags per 1,000 words and the share that fix() changed.
 * Usage: npm run eval:inject [-- --seed N | --seeds 1,2,3] [--class NAME] [--layout paragraphs|lines]
 *        [--variants] [--show-misses CLASS] [--show-bad-fixes CLASS] [--show-untouched]
 *        [--show-injections CLASS] [--show-false-flags RULE] [--limit N] [--json]
 */
import {isWmt21Reference, loadWmt21, requireCorpus} from './corpus.js'
import type {Article, Layout} from './inject/article.js'
import {layOut} from './inject/article.js'
import {defectClasses, findClass} from './inject/classes.js'
import {injectArticle} from './inject/plan.js'
import {printBadFixes, printFalseFlags, printOutcomes, printRun, printSpread, printUntouchedChanges} from './inject/report.js'
import {createRng} from './inject/rng.js'
import {scoreArticle} from './inject/score.js'
import type {ArticleScore} from './inject/score.js'
import {summarize, targets} from './inject/summary.js'
import type {RunSummary} from './inject/summary.js'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const flag = (name: string) => process.argv.includes(name)

function usageError(message: string): never {
  console.error(message)
  process.exit(2)
}

const seeds = (argument('--seeds') ?? argument('--seed') ?? '1').split(',').map((value) => {
  const seed = Number(value)
  if (!Number.isInteger(seed)) usageError(`Unexpected seed \`${value}\`, expected an integer`)
  return seed
})
const layout = (argument('--layout') ?? 'paragraphs') as Layout
if (layout !== 'paragraphs' && layout !== 'lines') usageError(`Unexpected layout \`${layout}\`, expected paragraphs or lines`)
const className = argument('--class')
const shown = ['--show-misses', '--show-bad-fixes', '--show-injections'].map(argument)
for (const name of [className, ...shown]) {
  if (name !== undefined && !findClass(name)) usageError(`Unexpected class \`${name}\`, expected one of: ${defectClasses.map((defect) => defect.name).join(', ')}`)
}
const classes = className ? [findClass(className)!] : defectClasses
const limit = Number(argument('--limit') ?? 20)
const json = flag('--json')

requireCorpus('wmt21')
const articles: Article[] = loadWmt21()
  .filter(isWmt21Reference)
  .map((document) => ({id: `${document.pair}/${document.doc}/${document.system}`, ...layOut(document.text, layout), source: document.source}))
const paragraphCount = articles.reduce((sum, article) => sum + article.paragraphs.length, 0)

const summaries: RunSummary[] = []
for (const seed of seeds) {
  const rng = createRng(seed)
  const placed = new Map<string, number>()
  const scores: ArticleScore[] = articles.map((article) => scoreArticle(injectArticle(article, classes, rng, placed)))
  const summary = summarize(seed, layout, classes, scores, paragraphCount)
  summaries.push(summary)
  if (json) continue
  printRun(summary, flag('--variants'))
  const outcomes = scores.flatMap((score) => score.outcomes)
  const untouched = scores.flatMap((score) => score.untouched)
  const ofClass = (name: string) => outcomes.filter((outcome) => outcome.injection.defect.name === name)
  const [misses, badFixes, injections] = shown
  if (misses) printOutcomes('Missed', ofClass(misses).filter((outcome) => !outcome.hit), ofClass(misses).length, limit)
  if (badFixes) printBadFixes(ofClass(badFixes), limit)
  if (injections) printOutcomes('Injected', ofClass(injections), ofClass(injections).length, limit)
  if (flag('--show-untouched')) printUntouchedChanges(untouched, limit)
  const falseFlags = argument('--show-false-flags')
  if (falseFlags) printFalseFlags(untouched, falseFlags, limit)
}

if (json) console.log(JSON.stringify({targets, runs: summaries}, null, 2))
else if (summaries.length > 1) printSpread(summaries)
