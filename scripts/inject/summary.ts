/** Per-class and overall figures of one run, in the shape `--json` prints. */
import type {Layout} from './article.js'
import type {ArticleScore} from './score.js'
import type {DefectClass} from './types.js'

export const targets = {recall: 0.95, exactFix: 0.95, falseFlagsPerThousand: 0.5}

export interface Counts {
  placed: number
  hits: number
  fixable: number
  restored: number
}

export interface ClassSummary extends Counts {
  name: string
  rules: readonly string[]
  fixableClass: boolean
  variants: Record<string, Counts>
  /** Rules that flagged the span of a missed injection instead. */
  otherRulesOnMisses: Record<string, number>
}

export interface RunSummary {
  seed: number
  layout: Layout
  articles: number
  paragraphs: number
  classes: ClassSummary[]
  untouched: {
    paragraphs: number
    words: number
    flags: number
    flagsAlsoClean: number
    perThousand: number
    byRule: Record<string, {flags: number; alsoClean: number}>
    changedByFix: number
    changedAlsoClean: number
  }
  /** Articles whose fixed text no longer split into the same paragraphs. */
  misaligned: number
}

const emptyCounts = (): Counts => ({placed: 0, hits: 0, fixable: 0, restored: 0})

function add(counts: Counts, hit: boolean, restored: boolean | undefined) {
  counts.placed++
  if (hit) counts.hits++
  if (restored !== undefined) counts.fixable++
  if (restored) counts.restored++
}

export function summarize(seed: number, layout: Layout, classes: readonly DefectClass[], scores: readonly ArticleScore[], paragraphs: number): RunSummary {
  const byClass = new Map<string, ClassSummary>(
    classes.map((defect) => [
      defect.name,
      {name: defect.name, rules: defect.rules, fixableClass: defect.fixable, ...emptyCounts(), variants: {}, otherRulesOnMisses: {}}
    ])
  )
  const untouched: RunSummary['untouched'] = {
    paragraphs: 0,
    words: 0,
    flags: 0,
    flagsAlsoClean: 0,
    perThousand: 0,
    byRule: {},
    changedByFix: 0,
    changedAlsoClean: 0
  }
  for (const score of scores) {
    for (const outcome of score.outcomes) {
      const summary = byClass.get(outcome.injection.defect.name)!
      add(summary, outcome.hit, outcome.restored)
      const variant = outcome.injection.edit.variant ?? ''
      add((summary.variants[variant] ??= emptyCounts()), outcome.hit, outcome.restored)
      if (!outcome.hit) for (const rule of outcome.otherRules) summary.otherRulesOnMisses[rule] = (summary.otherRulesOnMisses[rule] ?? 0) + 1
    }
    for (const paragraph of score.untouched) {
      untouched.paragraphs++
      untouched.words += paragraph.words
      untouched.flags += paragraph.flags.length
      for (const flag of paragraph.flags) {
        const rule = (untouched.byRule[flag.rule] ??= {flags: 0, alsoClean: 0})
        rule.flags++
        if (flag.alsoClean) {
          rule.alsoClean++
          untouched.flagsAlsoClean++
        }
      }
      if (paragraph.changed) {
        untouched.changedByFix++
        if (paragraph.changedAlsoClean) untouched.changedAlsoClean++
      }
    }
  }
  untouched.perThousand = untouched.words === 0 ? 0 : (untouched.flags * 1000) / untouched.words
  return {
    seed,
    layout,
    articles: scores.length,
    paragraphs,
    classes: [...byClass.values()],
    untouched,
    misaligned: scores.filter((score) => !score.aligned).length
  }
}
