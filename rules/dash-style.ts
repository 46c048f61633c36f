import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {chainEndWords, clauseStartPhrases, clauseStartWords} from './data/dash-function-words.js'
import {
  compoundHeads,
  compoundPrefixes,
  compoundsEndingInClauseWord,
  numberCompoundHeads,
  numberWords
} from './data/hyphen-compounds.js'

/** How a dash is written: em dash closed (`a—b`), em dash spaced (`a — b`), en dash spaced (`a – b`). */
export type DashStyle = 'em' | 'em-spaced' | 'en-spaced'

/**
 * When to flag a makeshift dash (a hyphen, `--` or a spaced hyphen standing for a dash):
 * - `always`;
 * - `unless-house-style`: not when the article has no real dash and writes this form at least three
 *   times and more often than any other makeshift dash (a plain-text convention, `--` above all);
 * - `mixed`: only in an article that also uses real dashes (`—`, ` – `);
 * - `never`.
 */
export type MakeshiftPolicy = 'always' | 'unless-house-style' | 'mixed' | 'never'
const makeshiftPolicies: readonly MakeshiftPolicy[] = ['always', 'unless-house-style', 'mixed', 'never']

export interface DashStyleOptions {
  /** The dash fixes write, and the one real dashes must use. `auto`: the article's most used. */
  style: 'auto' | DashStyle
  /** A hyphen glued between two words where a dash is meant (`the universe-a series`). */
  hyphen: MakeshiftPolicy
  /** `--` (and `- -`) as a dash. */
  doubleHyphen: MakeshiftPolicy
  /** A hyphen with a space on each side (`closer - it was`, `self - assembly`). */
  spacedHyphen: MakeshiftPolicy
}

type Makeshift = 'hyphen' | 'doubleHyphen' | 'spacedHyphen'

type MessageId = 'hyphen' | 'doubleHyphen' | 'spacedHyphen' | 'spacedAmbiguous' | 'spacedCompound' | 'mixed' | 'style'

/** A real dash, with the spaces or tabs around it: `—`, ` — `, ` – `. */
const realDash = /[ \t]*[—–][ \t]*/g

/** `--` or `- -` used as a dash, with the spaces around it. Three or more hyphens are a rule or art. */
const doubleHyphen = /[ \t]*(?<!-)(?:--|- -(?=[ \t]))(?!-)[ \t]*/g

/** A hyphen with spaces or tabs on both sides, between two visible characters of one line. */
const spacedHyphen = /(?<=[^\s-])[ \t]+[-‐][ \t]+(?=[^\s-])/g

/** A hyphen glued to a word (or `%`, `)`, a closing quote) on its left and a lowercase word on its right. */
const gluedHyphen = /(?<=[\p{L}%)\]”"’])[-‐](?=\p{Ll})/gu

/** The lowercase word right after a glued hyphen, ending a hyphen chain (not `state-of-the-art`). */
const wordAfterHyphen = /\p{Ll}+(?![\p{L}\p{N}]|[-‐][\p{L}\p{N}])/uy
/** The word before a hyphen or spaces (letters, digits, apostrophes). */
const wordBefore = /[\p{L}\p{N}'’]+$/u
/** The word after spaces. */
const wordAfter = /^[\p{L}\p{N}'’]+/u
/** A character before a word that makes it part of an identifier or a path: `x.y-the`, `a/b-the`, `3b-the`. */
const joinedBefore = /[./\\@_#\p{N}]/u
const digit = /\p{N}/u
/** A digit or a currency sign: a spaced hyphen beside one is a range, a score or a table row. */
const numberLike = /[\p{N}$€£¥₽₹%]/u
/** A sentence's end, a colon or a semicolon: a spaced hyphen after one starts a list item. */
const afterMark = /[.?!:;]/
const allDigits = /^\p{N}+$/u
const uppercaseStart = /^\p{Lu}/u
const shortName = /^\p{Lu}\p{Ll}{0,5}$/u
/** A capitalized word right before a name: its surname (`Kim Seung-a`). */
const surnameBefore = /(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,5} $/u
/** Marks that close a phrase: no space goes between them and a dash before them. */
const closing = /[)\]}”’"'.,;:!?…]/
/** Marks that open a phrase: no space goes between a dash before them and them. */
const opening = /[([{“‘]/
/** After a compound head, a word that makes it a participle opening an aside: `- based on`, `- led by`. */
const prepositionAfterHead = /^\s+(?:on|upon|in|by|to|with|at|from|for|of|and|or|the|a|an)\b/
const sentenceEnd = /[.?!…]["”’)\]]*\s*$/

/** The longest line that can be a heading. */
const headingLength = 200

/** How many times an article must write a makeshift dash for it to be the article's house style. */
const houseStyleMinimum = 3

/** How many spaced hyphens in how many characters make a table or a list of `label - value` rows. */
const tableCount = 3
const tableWindow = 200

const phraseAfterHyphen = new RegExp(`^(?:${clauseStartPhrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u')

const dashMark: Record<DashStyle, string> = {em: '—', 'em-spaced': '—', 'en-spaced': '–'}

interface Found {
  kind: 'hyphen' | 'doubleHyphen' | 'spaced' | 'real'
  from: number
  to: number
  /** Whether the dash may take a space on its left / right (a word or a mark on that side, same line). */
  leftOpen: boolean
  rightOpen: boolean
  /** For real dashes: how they are written. For spaced hyphens: what they are. */
  style?: DashStyle | 'em-unknown'
  spacedKind?: 'dash' | 'compound' | 'ambiguous' | 'unsafeDash' | 'skip'
  /** The words around the mark, for the message: `universe` and `a`. */
  left?: string
  right?: string
}

export default defineRule<MessageId, DashStyleOptions>({
  id: 'dash-style',
  category: 'typography',
  fix: 'safe',
  description: 'Flags a hyphen or `--` used as a dash, a spaced hyphen, and a mix of dash styles in one article',
  messages: {
    hyphen: 'Unexpected hyphen as a dash in `{actual}`, expected `{expected}`',
    doubleHyphen: 'Unexpected `{actual}` as a dash, expected `{expected}`',
    spacedHyphen: 'Unexpected spaced hyphen as a dash in `{actual}`, expected `{expected}`',
    spacedAmbiguous: 'Unexpected spaced hyphen in `{actual}`, expected a dash `{expected}` or a hyphen `{compound}`',
    spacedCompound: 'Unexpected spaces around the hyphen of `{actual}`, expected `{expected}`',
    mixed: 'Unexpected `{actual}` in an article that mostly writes `{expected}`, expected `{expected}`',
    style: 'Unexpected `{actual}`, expected `{expected}` (the configured dash style)'
  },
  defaultOptions: {style: 'auto', hyphen: 'unless-house-style', doubleHyphen: 'unless-house-style', spacedHyphen: 'mixed'},
  schema: {
    style: {type: 'enum', values: ['auto', 'em', 'em-spaced', 'en-spaced']},
    hyphen: {type: 'enum', values: makeshiftPolicies},
    doubleHyphen: {type: 'enum', values: makeshiftPolicies},
    spacedHyphen: {type: 'enum', values: makeshiftPolicies}
  },
  create(context) {
    const {options, text} = context
    const found: Found[] = []
    let emClosed = 0
    let emSpaced = 0
    let emOther = 0
    let enSpaced = 0
    /** The kind of the first real dash: breaks a tie between em and en dashes. */
    let firstReal: 'em' | 'en' | undefined

    /** Whether a dash at `from..to` may have a space on each side: something visible on that side of the same line. */
    function openSides(from: number, to: number): [boolean, boolean] {
      const before = from > 0 ? text[from - 1] : '\n'
      const after = to < text.length ? text[to] : '\n'
      return [before !== '\n' && before !== '\r' && !opening.test(before), after !== '\n' && after !== '\r' && !closing.test(after)]
    }

    function scanReal(value: string, offset: number) {
      for (const match of value.matchAll(realDash)) {
        const raw = match[0]
        const markAt = raw.search(/[—–]/)
        const mark = raw[markAt]
        const spacedBefore = markAt > 0
        const spacedAfter = markAt < raw.length - 1
        const from = offset + match.index
        const to = from + raw.length
        const [leftOpen, rightOpen] = openSides(from, to)
        if (mark === '–') {
          // A closed en dash joins a range or a compound (`1990–2000`, `Franco–German`): not a dash.
          if (!spacedBefore || !spacedAfter || !leftOpen || !rightOpen) continue
          if (digit.test(text[from - 1]) && digit.test(text[to])) continue
          enSpaced++
          firstReal ??= 'en'
          found.push({kind: 'real', from, to, leftOpen, rightOpen, style: 'en-spaced'})
          continue
        }
        firstReal ??= 'em'
        let style: DashStyle | 'em-unknown' = 'em-unknown'
        if (leftOpen && rightOpen && spacedBefore === spacedAfter) style = spacedBefore ? 'em-spaced' : 'em'
        if (style === 'em') emClosed++
        else if (style === 'em-spaced') emSpaced++
        else emOther++
        found.push({kind: 'real', from, to, leftOpen, rightOpen, style})
      }
    }

    function scanDoubleHyphens(value: string, offset: number) {
      for (const match of value.matchAll(doubleHyphen)) {
        const raw = match[0]
        const from = offset + match.index
        const to = from + raw.length
        const markFrom = from + raw.search(/-/)
        const markTo = markFrom + (raw.includes('- -') ? 3 : 2)
        const [leftOpen, rightOpen] = openSides(from, to)
        const before = text[from - 1] ?? '\n'
        const after = text[to] ?? '\n'
        // At the start of a line: a signature (`-- Ann`) or a list; `<!--` and `-->`: markup.
        if (!leftOpen && !opening.test(before)) continue
        if (before === '!' || after === '>') continue
        // A command-line flag: `run --fix`.
        if (markFrom > from || before === ' ' || before === '\t') {
          if (markTo === to && /[\p{L}\p{N}]/u.test(after)) continue
        }
        // A range in TeX style (`pages 10--20`), or `- -` beside a number: a table's empty cell.
        if (markFrom === from && markTo === to && digit.test(before) && digit.test(after)) continue
        if (markTo - markFrom === 3 && (numberLike.test(before) || numberLike.test(after))) continue
        if (context.isProtected(markFrom, markTo)) continue
        found.push({kind: 'doubleHyphen', from, to, leftOpen, rightOpen})
      }
    }

    function classifySpaced(left: string, right: string, after: string): NonNullable<Found['spacedKind']> {
      const leftLower = left.toLowerCase()
      const rightLower = right.toLowerCase()
      if (compoundPrefixes.has(leftLower) && right && !uppercaseStart.test(right) && !clauseStartWords.has(right)) {
        return 'compound'
      }
      if (right && compoundHeads.has(rightLower) && !prepositionAfterHead.test(after.slice(right.length))) return 'compound'
      if ((allDigits.test(left) || numberWords.has(leftLower)) && numberCompoundHeads.has(rightLower)) return 'compound'
      if (right === 'I' || clauseStartWords.has(right)) return 'dash'
      if (!right || uppercaseStart.test(right) || opening.test(after[0]) || after[0] === '"') return 'unsafeDash'
      return 'ambiguous'
    }

    function scanSpacedHyphens(value: string, offset: number) {
      const matches = [...value.matchAll(spacedHyphen)]
      if (matches.length === 0) return
      const kinds: Found[] = []
      for (const match of matches) {
        const at = match.index
        const end = at + match[0].length
        const before = value.slice(Math.max(0, at - 40), at)
        const after = value.slice(end, end + 40)
        const left = wordBefore.exec(before)?.[0] ?? ''
        const right = wordAfter.exec(after)?.[0] ?? ''
        let spacedKind = phraseAfterHyphen.test(after) ? 'dash' : classifySpaced(left, right, after)
        // Beside a number, not in a compound: a range, a score or a table (`1990 - 2000`, `Year -
        // 1870 - 38,558,371`). After a sentence's end or a colon: a list item (`results: - Final`).
        if (spacedKind !== 'compound' && (numberLike.test(value[at - 1]) || numberLike.test(value[end]) || afterMark.test(value[at - 1]))) {
          spacedKind = 'skip'
        }
        const from = offset + at
        const to = offset + end
        kinds.push({kind: 'spaced', from, to, leftOpen: true, rightOpen: true, spacedKind, left, right})
      }
      // Several spaced hyphens close together that are not compounds: a table or `label - value` rows.
      const dashes = kinds.filter((item) => item.spacedKind !== 'compound')
      const inTable = new Set<Found>()
      for (let index = 0; index + tableCount - 1 < dashes.length; index++) {
        const last = dashes[index + tableCount - 1]
        if (last.from - dashes[index].from <= tableWindow) {
          for (let k = index; k < index + tableCount; k++) inTable.add(dashes[k])
        }
      }
      for (const item of kinds) {
        if (item.spacedKind === 'skip' || inTable.has(item)) continue
        if (item.spacedKind !== 'compound' && isHeadingLine(item.from)) continue
        if (context.isProtected(item.from, item.to)) continue
        found.push(item)
      }
    }

    /** A line without a sentence end and shorter than a sentence: a headline (`Markets - live`). */
    function isHeadingLine(at: number): boolean {
      let lineStart = at
      while (lineStart > 0 && text[lineStart - 1] !== '\n') if (at - --lineStart > headingLength) return false
      let lineEnd = at
      while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
        if (++lineEnd - lineStart > headingLength) return false
      }
      return !sentenceEnd.test(text.slice(lineStart, lineEnd).trim())
    }

    function scanGluedHyphens(value: string, offset: number) {
      for (const match of value.matchAll(gluedHyphen)) {
        const at = match.index
        wordAfterHyphen.lastIndex = at + 1
        const right = wordAfterHyphen.exec(value)?.[0]
        if (!right) continue
        const phrase = phraseAfterHyphen.test(value.slice(at + 1, at + 40))
        if (!phrase && !clauseStartWords.has(right)) continue
        const left = wordBefore.exec(value.slice(Math.max(0, at - 40), at))?.[0] ?? ''
        const leftLower = left.toLowerCase()
        if (left) {
          const beforeLeft = value[at - left.length - 1]
          // The end of a chain (`two-dimensional-the chain`) only before a word no compound ends in.
          const chained = beforeLeft === '-' || beforeLeft === '‐'
          if (chained ? !chainEndWords.has(right) : beforeLeft !== undefined && joinedBefore.test(beforeLeft)) continue
          if (left.length === 1 || compoundPrefixes.has(leftLower)) continue
          if (compoundsEndingInClauseWord.has(`${leftLower}-${right}`)) continue
          // Korean and Chinese given names: `Hyun-a`, `Xi-an`, `Kim Seung-a`.
          if ((right === 'a' || right === 'an') && shortName.test(left)) {
            if (left.length <= 4 || surnameBefore.test(value.slice(Math.max(0, at - left.length - 12), at - left.length))) continue
          }
          if (allDigits.test(left)) continue
        }
        const from = offset + at
        if (context.isProtected(from, from + 1)) continue
        const actualLeft = left || value[at - 1]
        found.push({kind: 'hyphen', from, to: from + 1, leftOpen: true, rightOpen: true, left: actualLeft, right})
      }
    }

    /** The dash to write in the target style, with spaces only where a word or mark is on that side. */
    function dashFor(style: DashStyle, leftOpen: boolean, rightOpen: boolean): string {
      if (style === 'em') return '—'
      return `${leftOpen ? ' ' : ''}${dashMark[style]}${rightOpen ? ' ' : ''}`
    }

    /** Whether makeshift dashes of one form are flagged, given how often the article writes each form. */
    function shouldFlag(policy: MakeshiftPolicy, form: Makeshift, counts: Record<Makeshift, number>, real: number): boolean {
      if (policy === 'always') return true
      if (policy === 'never') return false
      if (policy === 'mixed') return real > 0
      const isHouseStyle =
        real === 0 &&
        counts[form] >= houseStyleMinimum &&
        (Object.keys(counts) as Makeshift[]).every((other) => other === form || counts[other] < counts[form])
      return !isHouseStyle
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        const offset = start(node)
        if (value.includes('—') || value.includes('–')) scanReal(value, offset)
        if (!value.includes('-') && !value.includes('‐')) return
        if (options.doubleHyphen !== 'never' && value.includes('-')) scanDoubleHyphens(value, offset)
        if (options.spacedHyphen !== 'never') scanSpacedHyphens(value, offset)
        if (options.hyphen !== 'never') scanGluedHyphens(value, offset)
      },
      'RootNode:exit'() {
        const em = emClosed + emSpaced + emOther
        const real = em + enSpaced
        const hasRealDashes = real > 0
        const counts: Record<Makeshift, number> = {hyphen: 0, doubleHyphen: 0, spacedHyphen: 0}
        for (const item of found) {
          if (item.kind === 'hyphen' || item.kind === 'doubleHyphen') counts[item.kind]++
          else if (item.kind === 'spaced' && item.spacedKind !== 'compound') counts.spacedHyphen++
        }
        const flag = {
          hyphen: shouldFlag(options.hyphen, 'hyphen', counts, real),
          doubleHyphen: shouldFlag(options.doubleHyphen, 'doubleHyphen', counts, real),
          spacedHyphen: shouldFlag(options.spacedHyphen, 'spacedHyphen', counts, real)
        }
        let target: DashStyle
        if (options.style !== 'auto') target = options.style
        else if (!hasRealDashes) target = 'em'
        else if (enSpaced > em || (enSpaced === em && firstReal === 'en')) target = 'en-spaced'
        else target = emSpaced > emClosed ? 'em-spaced' : 'em'

        for (const item of found) {
          const replacement = dashFor(target, item.leftOpen, item.rightOpen)
          const actual = text.slice(item.from, item.to)
          if (item.kind === 'real') {
            const kindDiffers = (item.style === 'en-spaced') !== (target === 'en-spaced')
            const spacingDiffers = item.style !== 'em-unknown' && item.style !== target
            if (options.style === 'auto' ? !kindDiffers : !kindDiffers && !spacingDiffers) continue
            if (context.isProtected(item.from, item.to)) continue
            context.report({
              messageId: options.style === 'auto' ? 'mixed' : 'style',
              data: {actual: actual.trim() === actual ? actual : actual.trim(), expected: replacement.trim()},
              from: item.from,
              to: item.to,
              expected: [replacement]
            })
            continue
          }
          if (item.kind === 'doubleHyphen') {
            if (!flag.doubleHyphen) continue
            context.report({
              messageId: 'doubleHyphen',
              data: {actual: actual.trim(), expected: replacement.trim()},
              from: item.from,
              to: item.to,
              expected: [replacement]
            })
            continue
          }
          if (item.kind === 'hyphen') {
            if (!flag.hyphen) continue
            context.report({
              messageId: 'hyphen',
              data: {actual: `${item.left}-${item.right}`, expected: `${item.left}${replacement}${item.right}`},
              from: item.from,
              to: item.to,
              expected: [replacement]
            })
            continue
          }
          // A spaced hyphen.
          const shown = `${item.left} - ${item.right}`
          if (item.spacedKind === 'compound') {
            context.report({
              messageId: 'spacedCompound',
              data: {actual: shown, expected: `${item.left}-${item.right}`},
              from: item.from,
              to: item.to,
              expected: ['-']
            })
            continue
          }
          if (!flag.spacedHyphen) continue
          if (item.spacedKind === 'ambiguous') {
            context.report({
              messageId: 'spacedAmbiguous',
              data: {actual: shown, expected: `${item.left}${replacement}${item.right}`, compound: `${item.left}-${item.right}`},
              from: item.from,
              to: item.to,
              expected: [replacement, '-']
            })
            continue
          }
          context.report({
            messageId: 'spacedHyphen',
            data: {actual: shown, expected: `${item.left}${replacement}${item.right}`},
            from: item.from,
            to: item.to,
            expected: [replacement],
            ...(item.spacedKind === 'dash' ? {} : {safe: false})
          })
        }
      }
    }
  }
})
