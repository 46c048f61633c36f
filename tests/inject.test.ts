import {describe, expect, it} from 'vitest'
import type {Article} from '../scripts/inject/article.js'
import {layOut} from '../scripts/inject/article.js'
import {defectClasses} from '../scripts/inject/classes.js'
import {assemble, injectArticle} from '../scripts/inject/plan.js'
import type {InjectedArticle} from '../scripts/inject/plan.js'
import {createRng} from '../scripts/inject/rng.js'
import type {DefectClass, Edit} from '../scripts/inject/types.js'

/** Articles of our own, one per quote style, with a place for every class of defect. */
const straightArticle: Article = {
  id: 'straight',
  separator: '\n\n',
  source: '東京電力は月曜日に発表した。Москва объявила о новых мерах.',
  paragraphs: [
    'The company said on Monday that it would build the biggest factory in the region. Shares rose, and analysts were pleased.',
    '"We expect record profits this year," Li said. "The market is strong."',
    'The mayor said, "Nobody can make us go." Officials in Reykjavík (the capital) agreed — the plan had support.',
    'About 35,000 people attended the fair, which drew 12,500 visitors last year... Tickets cost $15 each.',
    'They spoke to reporters after the meeting, and he took the train home. The new factory is larger than the old one.',
    'According to the ministry, prices rose by 5% in June. Ms. Jónsdóttir said the "new rules" would help farmers.',
    'The committee approved the budget on Tuesday; members voted quickly. It is the highest total in years.'
  ]
}

const curlyArticle: Article = {
  id: 'curly',
  separator: '\n\n',
  paragraphs: [
    '“We will sign the deal,” the envoy said. “The talks went well.”',
    '“It’s a good day,” he added, before the vote on the “new plan” began.',
    'Nobody expected the result. The minister’s office — which had opposed the plan — welcomed it.',
    '“Prices are rising,” said a trader in Tokyo. “We are worried.”'
  ]
}

/** Ten short news paragraphs with an attributed quotation each, for fusing. */
const quotedArticle: Article = {
  id: 'quoted',
  separator: '\n\n',
  paragraphs: Array.from(
    {length: 12},
    (_, index) =>
      `“We had a long talk about the harbour and the roads in district ${index + 1},” the mayor said on Monday. The council will vote on the plan next week, officials added.`
  )
}

const articles = [straightArticle, curlyArticle, quotedArticle]

/** Every edit a class makes anywhere in the articles, under a few seeds. */
function editsOf(defect: DefectClass): Array<{article: Article; index: number; edit: Edit}> {
  const found = []
  for (const article of articles) {
    const text = article.paragraphs.join(article.separator)
    for (let index = 0; index < article.paragraphs.length; index++) {
      for (const seed of [1, 2, 3]) {
        const context = {paragraphs: article.paragraphs, separator: article.separator, text, index, source: article.source, taken: new Set<number>()}
        const edit = defect.inject(context, createRng(seed))
        if (edit) found.push({article, index, edit})
      }
    }
  }
  return found
}

/** Put the clean text of each injection back over its span, last first. */
function undo(injected: InjectedArticle): string {
  let text = injected.text
  const injections = injected.paragraphs.flatMap((paragraph) => (paragraph.injection ? [paragraph.injection] : []))
  for (const injection of injections.reverse()) text = text.slice(0, injection.from) + injection.clean + text.slice(injection.to)
  return text
}

describe('defect classes', () => {
  it('have unique names and name their rules', () => {
    expect(new Set(defectClasses.map((defect) => defect.name)).size).toBe(defectClasses.length)
    for (const defect of defectClasses) expect(defect.rules.length).toBeGreaterThan(0)
  })

  for (const defect of defectClasses) {
    it(`${defect.name}: changes the text, records a span over the change, and undoing restores it`, () => {
      const edits = editsOf(defect)
      expect(edits.length).toBeGreaterThan(0)
      for (const {article, index, edit} of edits) {
        const injected = assemble(article, new Map([[index, {defect, edit}]]))
        const injection = injected.paragraphs.find((paragraph) => paragraph.injection)!.injection!
        expect(injected.text).not.toBe(injected.cleanText)
        expect(injection.to).toBeGreaterThan(injection.from)
        // Outside the span the defective article is the clean one.
        expect(injected.text.slice(0, injection.from)).toBe(injected.cleanText.slice(0, injection.from))
        expect(injected.text.slice(injection.to)).toBe(injected.cleanText.slice(injected.cleanText.length - (injected.text.length - injection.to)))
        expect(undo(injected)).toBe(injected.cleanText)
      }
    })
  }
})

describe('injectArticle', () => {
  it('puts one defect into about half of the paragraphs, and undoing them all restores the article', () => {
    const injected = injectArticle(straightArticle, defectClasses, createRng(5), new Map())
    const count = injected.paragraphs.filter((paragraph) => paragraph.injection).length
    expect(count).toBeGreaterThanOrEqual(3)
    expect(count).toBeLessThanOrEqual(4)
    expect(undo(injected)).toBe(injected.cleanText)
  })

  it('gives the same injections for the same seed, and others for another', () => {
    const run = (seed: number) => articles.map((article) => injectArticle(article, defectClasses, createRng(seed), new Map()).text)
    expect(run(11)).toEqual(run(11))
    expect(run(11)).not.toEqual(run(12))
  })

  it('keeps a class within its limit per article', () => {
    const [styleMixed] = defectClasses.filter((defect) => defect.name === 'quote-style-mixed')
    const injected = injectArticle(curlyArticle, [styleMixed], createRng(1), new Map())
    expect(injected.paragraphs.filter((paragraph) => paragraph.injection).length).toBeLessThanOrEqual(1)
  })
})

describe('layOut', () => {
  it('makes each line a paragraph, keeping the lines of an open quotation together', () => {
    const text = 'Title\n"First line of a quote.\nSecond line," he said.\nLast.'
    expect(layOut(text, 'paragraphs')).toEqual({paragraphs: ['Title', '"First line of a quote.\nSecond line," he said.', 'Last.'], separator: '\n\n'})
    expect(layOut(text, 'lines').paragraphs.join('\n')).toBe(text)
  })
})
