/** Printing the benchmark's tables and examples. */
import type {Outcome, UntouchedParagraph} from './score.js'
import type {ClassSummary, RunSummary} from './summary.js'
import {targets} from './summary.js'

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part * 100) / whole).toFixed(1)} %`)
/** A count, its share, and a `*` when the share is under the target. */
function rate(part: number, whole: number, target: number): string {
  if (whole === 0) return '–'.padEnd(17)
  const mark = part / whole < target ? ' *' : '  '
  return `${`${part}/${whole}`.padStart(9)} ${percent(part, whole).padStart(7)}${mark}`
}

export const targetLine = `Targets: recall ≥ ${targets.recall * 100} %, exact fix ≥ ${targets.exactFix * 100} % of fixable, ≤ ${targets.falseFlagsPerThousand} false flags per 1,000 words (* marks a figure under its target)`

function classRow(summary: ClassSummary): string {
  const exact = summary.fixableClass ? rate(summary.restored, summary.fixable, targets.exactFix) : '(no safe fix)'
  return `${summary.name.padEnd(34)} ${summary.rules.join(', ').padEnd(32)} ${rate(summary.hits, summary.placed, targets.recall)} ${exact}`
}

export function printRun(summary: RunSummary, showVariants: boolean): void {
  console.log(`\n# Seed ${summary.seed}: ${summary.articles} articles, ${summary.paragraphs} paragraphs (layout: ${summary.layout})`)
  console.log(targetLine)
  console.log(`${'class'.padEnd(34)} ${'expected rule'.padEnd(32)} ${'recall'.padEnd(19)} exact fix`)
  for (const summary_ of summary.classes) {
    console.log(classRow(summary_))
    if (showVariants && Object.keys(summary_.variants).length > 1) {
      for (const [variant, counts] of Object.entries(summary_.variants).sort()) {
        const exact = counts.fixable === 0 ? '' : rate(counts.restored, counts.fixable, targets.exactFix)
        console.log(`    ${variant.padEnd(63)} ${rate(counts.hits, counts.placed, targets.recall)} ${exact}`)
      }
    }
    const others = Object.entries(summary_.otherRulesOnMisses).sort((a, b) => b[1] - a[1])
    if (others.length > 0) console.log(`    misses flagged by other rules: ${others.map(([rule, count]) => `${rule} ${count}`).join(', ')}`)
  }
  const total = summary.classes.reduce((sum, item) => ({placed: sum.placed + item.placed, hits: sum.hits + item.hits, fixable: sum.fixable + item.fixable, restored: sum.restored + item.restored}), {placed: 0, hits: 0, fixable: 0, restored: 0})
  console.log(`${'all classes'.padEnd(34)} ${''.padEnd(32)} ${rate(total.hits, total.placed, targets.recall)} ${rate(total.restored, total.fixable, targets.exactFix)}`)
  const notPlaced = summary.classes.filter((item) => item.placed === 0).map((item) => item.name)
  if (notPlaced.length > 0) console.log(`Not placed anywhere: ${notPlaced.join(', ')}`)

  const {untouched} = summary
  const mark = untouched.perThousand > targets.falseFlagsPerThousand ? ' *' : ''
  console.log(`\nUntouched paragraphs: ${untouched.paragraphs}, ${untouched.words} words`)
  console.log(
    `False flags: ${untouched.flags} = ${untouched.perThousand.toFixed(3)} per 1,000 words${mark} (target ≤ ${targets.falseFlagsPerThousand}); ${untouched.flagsAlsoClean} of them are on the clean article too`
  )
  for (const [rule, counts] of Object.entries(untouched.byRule).sort((a, b) => b[1].flags - a[1].flags)) {
    console.log(`  ${rule.padEnd(34)} ${String(counts.flags).padStart(4)}  ${((counts.flags * 1000) / untouched.words).toFixed(3)}  (${counts.alsoClean} on the clean article too)`)
  }
  console.log(
    `fix() changed ${untouched.changedByFix}/${untouched.paragraphs} untouched paragraphs = ${percent(untouched.changedByFix, untouched.paragraphs)}; ${untouched.changedAlsoClean} of them change in the clean article too`
  )
  if (summary.misaligned > 0) console.log(`${summary.misaligned} articles came out of fix() with a different number of paragraphs: their fixes count as not restored`)
}

export function printSpread(summaries: readonly RunSummary[]): void {
  console.log(`\n# Spread over seeds ${summaries.map((summary) => summary.seed).join(', ')}`)
  console.log(`${'class'.padEnd(34)} ${'placed'.padEnd(16)} ${'recall'.padEnd(26)} exact fix`)
  const share = (part: number, whole: number) => (whole === 0 ? undefined : (part * 100) / whole)
  const range = (values: Array<number | undefined>) => {
    const known = values.filter((value): value is number => value !== undefined)
    if (known.length === 0) return '–'
    return `${Math.min(...known).toFixed(1)}–${Math.max(...known).toFixed(1)} %`
  }
  summaries[0].classes.forEach((first, index) => {
    const rows = summaries.map((summary) => summary.classes[index])
    const placed = rows.map((row) => row.placed).join('/')
    const recall = range(rows.map((row) => share(row.hits, row.placed)))
    const exact = first.fixableClass ? range(rows.map((row) => share(row.restored, row.fixable))) : '(no safe fix)'
    console.log(`${first.name.padEnd(34)} ${placed.padEnd(16)} ${recall.padEnd(26)} ${exact}`)
  })
  const rates = summaries.map((summary) => summary.untouched.perThousand)
  const changed = summaries.map((summary) => share(summary.untouched.changedByFix, summary.untouched.paragraphs))
  console.log(`False flags per 1,000 words on untouched paragraphs: ${Math.min(...rates).toFixed(3)}–${Math.max(...rates).toFixed(3)}`)
  console.log(`Untouched paragraphs changed by fix(): ${range(changed)}`)
}

/** `text` around `from..to`, with the span in ⟦ ⟧ and line breaks shown as ⏎. */
export function excerpt(text: string, from: number, to: number, radius = 70): string {
  const start = Math.max(0, from - radius)
  const end = Math.min(text.length, to + radius)
  const show = (part: string) => part.replace(/\n/g, '⏎')
  return `${start > 0 ? '…' : ''}${show(text.slice(start, from))}⟦${show(text.slice(from, to))}⟧${show(text.slice(to, end))}${end < text.length ? '…' : ''}`
}

/** The first stretch where two texts differ, each with some context. */
export function difference(before: string, after: string, radius = 50): [string, string] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  return [excerpt(before, start, endBefore, radius), excerpt(after, start, endAfter, radius)]
}

const visible = (text: string) => JSON.stringify(text).slice(1, -1)

/** Injections in context: each with its clean text, its defect, and the flags in its paragraph. */
export function printOutcomes(title: string, outcomes: readonly Outcome[], total: number, limit: number): void {
  console.log(`\n## ${title}: ${outcomes.length} of ${total}${outcomes.length > limit ? `, the first ${limit}` : ''}`)
  for (const outcome of outcomes.slice(0, limit)) {
    const {injection, paragraph, article} = outcome
    const local = injection.from - paragraph.from
    const defective = paragraph.text.slice(local, local + injection.edit.insert.length)
    console.log(`- ${article.article.id} [${injection.edit.variant ?? ''}] ${outcome.hit ? 'hit' : 'MISS'}: \`${visible(injection.clean)}\` → \`${visible(defective)}\``)
    console.log(`  ${excerpt(paragraph.text, local, local + injection.edit.insert.length)}`)
    for (const flag of outcome.flags) console.log(`  flag ${flag.rule} at ${flag.from - paragraph.from}: ${flag.reason}`)
  }
}

export function printBadFixes(outcomes: readonly Outcome[], limit: number): void {
  const bad = outcomes.filter((outcome) => outcome.restored === false)
  const fixable = outcomes.filter((outcome) => outcome.restored !== undefined).length
  console.log(`\n## Not restored by fix(): ${bad.length} of ${fixable}${bad.length > limit ? `, the first ${limit}` : ''}`)
  for (const outcome of bad.slice(0, limit)) {
    const {injection, paragraph, article} = outcome
    console.log(`- ${article.article.id} [${injection.edit.variant ?? ''}] hit: ${outcome.hit ? 'yes' : 'no'}`)
    if (outcome.fixedParagraph === undefined) {
      console.log('  (the fixed article no longer splits into the same paragraphs)')
      continue
    }
    const [expected, fixed] = difference(paragraph.expected, outcome.fixedParagraph)
    console.log(`  expected: ${expected}`)
    console.log(`  fixed:    ${fixed}`)
  }
}

export function printUntouchedChanges(paragraphs: readonly UntouchedParagraph[], limit: number): void {
  const changed = paragraphs.filter((paragraph) => paragraph.changed)
  console.log(`\n## Untouched paragraphs that fix() changed: ${changed.length}${changed.length > limit ? `, the first ${limit}` : ''}`)
  for (const paragraph of changed.slice(0, limit)) {
    console.log(`- ${paragraph.article.article.id}${paragraph.changedAlsoClean ? ' (changes in the clean article too)' : ''}`)
    if (paragraph.fixed === undefined) {
      console.log('  (the fixed article no longer splits into the same paragraphs)')
      continue
    }
    const [before, after] = difference(paragraph.paragraph.text, paragraph.fixed)
    console.log(`  before: ${before}`)
    console.log(`  after:  ${after}`)
  }
}

export function printFalseFlags(paragraphs: readonly UntouchedParagraph[], rule: string, limit: number): void {
  const flags = paragraphs.flatMap((paragraph) => paragraph.flags.filter((flag) => flag.rule === rule).map((flag) => ({paragraph, flag})))
  console.log(`\n## Flags of ${rule} on untouched paragraphs: ${flags.length}${flags.length > limit ? `, the first ${limit}` : ''}`)
  for (const {paragraph, flag} of flags.slice(0, limit)) {
    const local = flag.from - paragraph.paragraph.from
    console.log(`- ${paragraph.article.article.id}${flag.alsoClean ? ' (on the clean article too)' : ''}: ${flag.reason}`)
    console.log(`  ${excerpt(paragraph.paragraph.text, local, local + flag.to - flag.from)}`)
  }
}
