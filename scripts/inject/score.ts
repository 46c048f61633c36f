/** Linting and fixing injected articles, and tallying what the rules found and repaired. */
import type {VFileMessage} from 'vfile-message'
import {fix, lint} from '../../src/processor.js'
import {countWords} from '../corpus.js'
import type {Article} from './article.js'
import {paragraphStarts} from './article.js'
import type {InjectedArticle, InjectedParagraph, Injection} from './plan.js'

export interface Flag {
  rule: string
  from: number
  to: number
  reason: string
}

export function flagsOf(messages: readonly VFileMessage[]): Flag[] {
  return messages.map((message) => {
    const place = message.place && 'start' in message.place ? message.place : undefined
    const from = place?.start.offset ?? 0
    return {rule: message.ruleId ?? 'unknown', from, to: place?.end.offset ?? from, reason: message.reason}
  })
}

/** Ranges touch or overlap, with one character of slack. */
export const touches = (flag: Flag, from: number, to: number) => flag.from <= to + 1 && flag.to >= from - 1

export interface Outcome {
  injection: Injection
  paragraph: InjectedParagraph
  article: InjectedArticle
  hit: boolean
  /** Rules outside the class's that flagged the span. */
  otherRules: string[]
  /** For fixable injections: whether the fixed paragraph is what a correct fix gives. */
  restored?: boolean
  fixedParagraph?: string
  flags: Flag[]
}

export interface UntouchedParagraph {
  paragraph: InjectedParagraph
  article: InjectedArticle
  words: number
  /** Its flags, each marked when the clean article has it too, at the same place. */
  flags: Array<Flag & {alsoClean: boolean}>
  fixed?: string
  changed: boolean
  changedAlsoClean: boolean
}

export interface ArticleScore {
  outcomes: Outcome[]
  untouched: UntouchedParagraph[]
  /** Whether the fixed article still had one paragraph per paragraph (else the fix could not be compared). */
  aligned: boolean
}

/** What the clean article gives: its flags by paragraph and offset, and the paragraphs its fix changed. */
interface Baseline {
  flags: Set<string>
  changed: Set<number>
}

const baselines = new Map<Article, Baseline>()

function baselineOf(article: Article): Baseline {
  let baseline = baselines.get(article)
  if (baseline) return baseline
  const text = article.paragraphs.join(article.separator)
  const starts = paragraphStarts(article.paragraphs, article.separator)
  const flags = new Set<string>()
  for (const flag of flagsOf(lint(text).messages)) {
    const index = paragraphAt(starts, flag.from)
    flags.add(`${index}:${flag.rule}:${flag.from - starts[index]}`)
  }
  const fixed = String(fix(text).value).split(article.separator)
  const changed = new Set<number>()
  if (fixed.length !== article.paragraphs.length) article.paragraphs.forEach((_, index) => changed.add(index))
  else fixed.forEach((paragraph, index) => paragraph !== article.paragraphs[index] && changed.add(index))
  baseline = {flags, changed}
  baselines.set(article, baseline)
  return baseline
}

function paragraphAt(starts: readonly number[], offset: number): number {
  let index = 0
  while (index + 1 < starts.length && starts[index + 1] <= offset) index++
  return index
}

/**
 * Whether the fixed paragraph is what a correct fix gives: the clean text, or, where fix() changes
 * the clean paragraph too (a defect of the reference itself), what fix() makes of the clean text.
 */
function restores(article: Article, paragraph: InjectedParagraph, fixed: string, baseline: Baseline): boolean {
  if (fixed === paragraph.expected) return true
  if (!baseline.changed.has(paragraph.cleanIndex) || (paragraph.injection?.edit.paragraphs ?? 1) > 1) return false
  const paragraphs = article.paragraphs.map((clean, index) => (index === paragraph.cleanIndex ? paragraph.expected : clean))
  const fixedClean = String(fix(paragraphs.join(article.separator)).value).split(article.separator)
  return fixedClean.length === paragraphs.length && fixedClean[paragraph.cleanIndex] === fixed
}

export function scoreArticle(injected: InjectedArticle): ArticleScore {
  const flags = flagsOf(lint(injected.text).messages)
  const fixed = String(fix(injected.text).value).split(injected.article.separator)
  const aligned = fixed.length === injected.paragraphs.length
  const baseline = baselineOf(injected.article)
  const outcomes: Outcome[] = []
  const untouched: UntouchedParagraph[] = []
  injected.paragraphs.forEach((paragraph, index) => {
    const fixedParagraph = aligned ? fixed[index] : undefined
    const injection = paragraph.injection
    if (injection) {
      const onSpan = flags.filter((flag) => touches(flag, injection.from, injection.to))
      const outcome: Outcome = {
        injection,
        paragraph,
        article: injected,
        hit: onSpan.some((flag) => injection.defect.rules.includes(flag.rule)),
        otherRules: [...new Set(onSpan.map((flag) => flag.rule).filter((rule) => !injection.defect.rules.includes(rule)))],
        fixedParagraph,
        flags: flags.filter((flag) => flag.from >= paragraph.from && flag.from <= paragraph.from + paragraph.text.length)
      }
      if (injection.fixable) outcome.restored = fixedParagraph !== undefined && restores(injected.article, paragraph, fixedParagraph, baseline)
      outcomes.push(outcome)
      return
    }
    const own = flags.filter((flag) => flag.from >= paragraph.from && flag.from <= paragraph.from + paragraph.text.length)
    untouched.push({
      paragraph,
      article: injected,
      words: countWords(paragraph.text),
      flags: own.map((flag) => ({...flag, alsoClean: baseline.flags.has(`${paragraph.cleanIndex}:${flag.rule}:${flag.from - paragraph.from}`)})),
      fixed: fixedParagraph,
      changed: fixedParagraph !== paragraph.text,
      changedAlsoClean: baseline.changed.has(paragraph.cleanIndex)
    })
  })
  return {outcomes, untouched, aligned}
}
