/** Putting defects into an article: about half of its paragraphs get one each. */
import type {Article} from './article.js'
import type {Rng} from './rng.js'
import type {ArticleContext, DefectClass, Edit} from './types.js'
import {splice} from './types.js'

export interface Injection {
  defect: DefectClass
  edit: Edit
  /** The span of the defect in the defective article. */
  from: number
  to: number
  /** The clean text the span replaced. */
  clean: string
  /** Whether a safe fix should restore it. */
  fixable: boolean
}

export interface InjectedParagraph {
  text: string
  /** Where it starts in the defective article. */
  from: number
  /** The clean text, and what a correct fix gives (the clean text, but for a documented repair). */
  clean: string
  expected: string
  injection?: Injection
  /** The clean paragraph it stands for (the first, for a run joined into one). */
  cleanIndex: number
}

export interface InjectedArticle {
  article: Article
  cleanText: string
  text: string
  paragraphs: InjectedParagraph[]
}

/**
 * Inject into about half of the paragraphs. Each slot goes to the class placed least often so far
 * (in `placed`, shared across articles, so the classes stay balanced); a class that finds no place
 * in any free paragraph yields to the next.
 */
export function injectArticle(article: Article, classes: readonly DefectClass[], rng: Rng, placed: Map<string, number>): InjectedArticle {
  const {paragraphs, separator} = article
  const text = paragraphs.join(separator)
  const candidates = paragraphs.flatMap((paragraph, index) => (/\S/.test(paragraph) ? [index] : []))
  const slots = Math.floor(candidates.length / 2) + (candidates.length % 2 === 1 && rng.chance(0.5) ? 1 : 0)
  const taken = new Set<number>()
  const chosen = new Map<number, {defect: DefectClass; edit: Edit}>()
  const perArticle = new Map<string, number>()
  const groups = new Set<string>()

  for (let slot = 0; slot < slots; slot++) {
    const order = classes
      .map((defect) => ({defect, key: placed.get(defect.name) ?? 0, tie: rng.next()}))
      .sort((a, b) => a.key - b.key || a.tie - b.tie)
      .map(({defect}) => defect)
    let done = false
    for (const defect of order) {
      if ((perArticle.get(defect.name) ?? 0) >= (defect.perArticle ?? Infinity)) continue
      if (defect.group && groups.has(defect.group)) continue
      const free = rng.shuffle(candidates.filter((index) => !taken.has(index)))
      const tries = defect.prefers ? [...free.filter((index) => defect.prefers!(paragraphs[index])), ...free.filter((index) => !defect.prefers!(paragraphs[index]))] : free
      for (const index of tries) {
        const context: ArticleContext = {paragraphs, separator, text, index, source: article.source, taken}
        const edit = defect.inject(context, rng)
        if (!edit) continue
        const span = edit.paragraphs ?? 1
        if (Array.from({length: span}, (_, offset) => index + offset).some((other) => taken.has(other) || other >= paragraphs.length)) continue
        const group = edit.group ?? defect.group
        if (group && groups.has(group)) continue
        for (let offset = 0; offset < span; offset++) taken.add(index + offset)
        chosen.set(index, {defect, edit})
        perArticle.set(defect.name, (perArticle.get(defect.name) ?? 0) + 1)
        if (group) groups.add(group)
        placed.set(defect.name, (placed.get(defect.name) ?? 0) + 1)
        done = true
        break
      }
      if (done) break
    }
    if (!done) break
  }
  return assemble(article, chosen)
}

/** The defective article, with the clean text and the injection of each of its paragraphs. */
export function assemble(article: Article, chosen: ReadonlyMap<number, {defect: DefectClass; edit: Edit}>): InjectedArticle {
  const {paragraphs, separator} = article
  const result: InjectedParagraph[] = []
  let offset = 0
  for (let index = 0; index < paragraphs.length; ) {
    const injected = chosen.get(index)
    const span = injected?.edit.paragraphs ?? 1
    const clean = paragraphs.slice(index, index + span).join(separator)
    let paragraph: InjectedParagraph = {text: clean, from: offset, clean, expected: clean, cleanIndex: index}
    if (injected) {
      const {defect, edit} = injected
      const replaced = clean.slice(edit.from, edit.to)
      paragraph = {
        ...paragraph,
        text: splice(clean, edit.from, edit.to, edit.insert),
        expected: splice(clean, edit.from, edit.to, edit.repaired ?? replaced),
        injection: {
          defect,
          edit,
          from: offset + edit.from,
          to: offset + edit.from + edit.insert.length,
          clean: replaced,
          fixable: defect.fixable && edit.fixable !== false
        }
      }
    }
    result.push(paragraph)
    offset += paragraph.text.length + separator.length
    index += span
  }
  return {
    article,
    cleanText: paragraphs.join(separator),
    text: result.map((paragraph) => paragraph.text).join(separator),
    paragraphs: result
  }
}
