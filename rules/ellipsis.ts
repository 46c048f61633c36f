import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {cjkLetter} from './data/scripts.js'
import {sentenceAbbreviations} from './data/sentence-abbreviations.js'
import {twoPeriods} from './lib/sentence-marks.js'

/** How an article writes an ellipsis: `…`, `...` or `. . .`. */
export type EllipsisStyle = 'character' | 'periods' | 'spaced'

export interface EllipsisOptions {
  /** The ellipsis fixes write. `auto`: the article's most used form, else `…`. */
  style: 'auto' | EllipsisStyle
}

/**
 * Anything that may be an ellipsis: a spaced one (`. . .`, `. . . .`), a run of periods and
 * ellipsis characters (`...`, `......`, `…`, `……`, `…..`), and the CJK forms (`。。。`, `．．．`,
 * `⋯`, `・・・`, `···`).
 */
const candidate = /(?<![.…][ \t]?)\.(?:[ \t]\.){2,3}(?![ \t]?[.…])|[.…]{2,}|…|[。｡．]{3,}|⋯+|・{3,}|·{3,}/g
/** What every candidate holds: two periods (maybe a space apart), or one of the other marks. */
const anyCandidate = /\.[ \t]?\.|[…⋯。｡．・·]/

/** After `....` or `….`: the end of a sentence, so the fourth mark is the sentence's period. */
const sentenceEndAfter = /^["”’)\]]*(?:$|\r?\n|[ \t]+["“‘(\[]*[\p{Lu}\p{N}])/u
/** The word before a run of periods, with inner periods (`U.S`, `etc`). */
const wordBefore = /(?:^|[^\p{L}.])(\p{L}[\p{L}.]*)$/u

/** A word that ends in its own period, so `....` after it is that period and an ellipsis: `U.S.`, `etc.`. */
function endsInAbbreviation(before: string): boolean {
  const word = wordBefore.exec(before)?.[1]
  return word !== undefined && (word.includes('.') || sentenceAbbreviations.has(word))
}
/** Leader dots of a table: a number, a currency or other dots just before, or a number soon after. */
const leaderBefore = /(?:[\p{N}$€£¥%]|\.{3,}|…)[ \t]?$/u
const numberSoonAfter = /^[^\n]{0,15}?\p{N}/u

const wordChar = /[\p{L}\p{N}]/u

const forms: Record<EllipsisStyle, string> = {character: '…', periods: '...', spaced: '. . .'}

interface Found {
  from: number
  to: number
  /** A well-formed ellipsis and its style, or `undefined` for a malformed one. */
  style?: EllipsisStyle
  /** Whether a sentence's period follows the ellipsis inside the run (`....`, `….`). */
  withPeriod: boolean
}

/** The ellipses of a paragraph, well-formed or not, with offsets in it. */
function ellipsesIn(value: string): Found[] {
  const found: Found[] = []
  const add = (from: number, to: number, style: EllipsisStyle | undefined, withPeriod = false) => found.push({from, to, style, withPeriod})
  for (const match of value.matchAll(candidate)) {
    const run = match[0]
    const at = match.index
    const from = at
    const to = from + run.length
    const after = value.slice(at + run.length, at + run.length + 20)
    const head = run[0]
    if (head === '.' && run.length > 1 && run[1] !== '.' && run[1] !== '…') {
      add(from, to, 'spaced', run.length > 5)
      continue
    }
    if (head === '.' || head === '…') {
      // A run of exactly two periods inside a run: `doubled-punctuation` reports it (`…..`, `..…`).
      if (twoPeriods.test(run)) continue
      if (run === '...' || (run === '....' && endsInAbbreviation(value.slice(Math.max(0, at - 12), at)))) {
        // `...`, or an abbreviation's period and `...` (`in the U.S....`, `etc....`).
        add(from, to, 'periods')
      }
      else if (run === '…') add(from, to, 'character')
      else if ((run === '....' || run === '….') && sentenceEndAfter.test(after)) {
        add(from, to, run === '....' ? 'periods' : 'character', true)
      } else if (/^\.+$/.test(run) && (leaderBefore.test(value.slice(Math.max(0, at - 20), at)) || numberSoonAfter.test(after))) {
        // Leader dots of a table row: `Receipts $198 ....... $182`, `second class ......mills 8.5`.
        continue
      } else add(from, to, undefined)
      continue
    }
    // `。。。`, `⋯`, `・・・`, `···`: skip them inside untranslated CJK text (beside a CJK letter).
    if (cjkLetter.test(value[at - 1] ?? '') || cjkLetter.test(value[at + run.length] ?? '')) continue
    add(from, to, undefined)
  }
  return found
}

export default defineRule<'malformed' | 'mixed' | 'style', EllipsisOptions>({
  id: 'ellipsis',
  category: 'punctuation',
  fix: 'safe',
  description: 'Flags malformed ellipses (`......`, `。。。`, `……`, `Now.... agree`) and ellipsis styles mixed in one article',
  trigger: anyCandidate,
  messages: {
    malformed: 'Unexpected `{actual}`, expected `{expected}`',
    mixed: 'Unexpected `{actual}` in an article that mostly writes `{expected}`, expected `{expected}`',
    style: 'Unexpected `{actual}`, expected `{expected}` (the configured ellipsis style)'
  },
  defaultOptions: {style: 'auto'},
  schema: {style: {type: 'enum', values: ['auto', 'character', 'periods', 'spaced']}},
  create(context) {
    const {options, text} = context
    const found: Found[] = []
    const counts: Record<EllipsisStyle, number> = {character: 0, periods: 0, spaced: 0}
    let first: EllipsisStyle | undefined

    function add(from: number, to: number, style: EllipsisStyle | undefined, withPeriod = false) {
      if (context.isProtected(from, to)) return
      if (style) {
        counts[style]++
        first ??= style
      }
      found.push({from, to, style, withPeriod})
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        // Most paragraphs hold no candidate at all: no need to keep that.
        if (!anyCandidate.test(value)) return
        const offset = start(node)
        for (const {from, to, style, withPeriod} of context.memo('ellipses', value, () => ellipsesIn(value))) {
          add(offset + from, offset + to, style, withPeriod)
        }
      },
      'RootNode:exit'() {
        if (found.length === 0) return
        const ranked = (Object.keys(counts) as EllipsisStyle[]).sort((a, b) => counts[b] - counts[a])
        const [top, second] = ranked
        /** A style is the article's when used more often than each other one. */
        const dominant = counts[top] > counts[second] ? top : undefined
        const target: EllipsisStyle = options.style !== 'auto' ? options.style : (dominant ?? first ?? 'character')

        for (const item of found) {
          const actual = text.slice(item.from, item.to)
          let expected = forms[target] + (item.withPeriod ? (target === 'spaced' ? ' .' : '.') : '')
          if (target === 'spaced') {
            // A spaced ellipsis stands apart from the words around it: `on . . . and`.
            if (wordChar.test(text[item.from - 1] ?? '')) expected = ` ${expected}`
            if (wordChar.test(text[item.to] ?? '')) expected = `${expected} `
          }
          if (item.style === undefined) {
            context.report({messageId: 'malformed', data: {actual, expected}, from: item.from, to: item.to, expected: [expected]})
            continue
          }
          if (item.style === target) continue
          if (options.style === 'auto' && dominant === undefined) continue
          context.report({
            messageId: options.style === 'auto' ? 'mixed' : 'style',
            data: {actual, expected},
            from: item.from,
            to: item.to,
            expected: [expected]
          })
        }
      }
    }
  }
})
