import type {Paragraph} from 'nlcst'
import {end, start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {scanDoubleHyphens} from './lib/dash/double-hyphens.js'
import {reach} from './lib/dash/found.js'
import type {DashStyle, Found, Scan} from './lib/dash/found.js'
import {scanGluedHyphens} from './lib/dash/glued-hyphens.js'
import {scanRealDashes} from './lib/dash/real-dashes.js'
import {scanSpacedHyphens} from './lib/dash/spaced-hyphens.js'

export type {DashStyle} from './lib/dash/found.js'

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


/** How many times an article must write a makeshift dash for it to be the article's house style. */
const houseStyleMinimum = 3

const dashMark: Record<DashStyle, string> = {em: '—', 'em-spaced': '—', 'en-spaced': '–'}
/** A sentence's end between two spaced hyphens: they are not a pair. */
const sentenceEndBetween = /[.?!]\s/

/**
 * The stretch of text around `from..to` that the scanners read: from the line break before it, or
 * `reach` characters back, to the line break after it, or `reach` characters on, both included.
 */
function linesAround(text: string, from: number, to: number): {from: number; to: number} {
  const head = Math.max(0, from - reach)
  const before = text.slice(head, from).lastIndexOf('\n')
  const after = text.slice(to, to + reach).search(/[\n\r]/)
  return {from: before === -1 ? head : head + before, to: after === -1 ? Math.min(text.length, to + reach) : to + after + 1}
}

/** A hyphen or a real dash: a paragraph without one is not scanned, so an article without one has no finding. */
const anyDashOrHyphen = /[-‐—–]/

export default defineRule<MessageId, DashStyleOptions>({
  id: 'dash-style',
  category: 'typography',
  fix: 'safe',
  trigger: anyDashOrHyphen,
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
    /** The dash to write in the target style, with spaces only where a word or mark is on that side. */
    function dashFor(style: DashStyle, leftOpen: boolean, rightOpen: boolean): string {
      if (style === 'em') return '—'
      return `${leftOpen ? ' ' : ''}${dashMark[style]}${rightOpen ? ' ' : ''}`
    }

    /** The makeshift form an article without real dashes writes as its own: three times or more, and more often than any other. */
    function houseStyleForm(counts: Record<Makeshift, number>): Makeshift | undefined {
      return (Object.keys(counts) as Makeshift[]).find(
        (form) => counts[form] >= houseStyleMinimum && (Object.keys(counts) as Makeshift[]).every((other) => other === form || counts[other] < counts[form])
      )
    }

    /** Whether makeshift dashes of one form are flagged, given how often the article writes each form. */
    function shouldFlag(policy: MakeshiftPolicy, form: Makeshift, counts: Record<Makeshift, number>, real: number): boolean {
      if (policy === 'always') return true
      if (policy === 'never') return false
      if (policy === 'mixed') return real > 0
      return !(real === 0 && houseStyleForm(counts) === form)
    }

    /**
     * Spaced hyphens in one sentence that are dashes of one aside (`a new - and much cheaper -
     * model`): fixing one but not the other leaves the aside half repaired, so unless every one is
     * safe, none is.
     */
    function unsafePairs(): Set<Found> {
      const dashes = found.filter((item) => item.kind === 'spaced' && item.spacedKind !== 'compound' && item.spacedKind !== 'unsafeCompound')
      const unsafe = new Set<Found>()
      for (let index = 0; index + 1 < dashes.length; index++) {
        const [first, second] = [dashes[index], dashes[index + 1]]
        if (sentenceEndBetween.test(text.slice(first.to, second.from))) continue
        if (first.spacedKind !== 'dash' || second.spacedKind !== 'dash') {
          unsafe.add(first)
          unsafe.add(second)
        }
      }
      return unsafe
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        const hasReal = value.includes('—') || value.includes('–')
        const hasHyphen = value.includes('-') || value.includes('‐')
        if (!hasReal && !hasHyphen) return
        // The scanners read the paragraph's lines alone: what they find there is kept by those lines
        // (a slice of the text, not a copy), with the paragraph's place in them, checked when found.
        const {from, to} = linesAround(text, start(node), end(node))
        const lines = text.slice(from, to)
        const scan: Scan = {text: lines, value, offset: start(node) - from}
        const scanOnce = (scanner: (scan: Scan) => Found[]) => ({offset: scan.offset, length: value.length, found: scanner(scan)})
        // One by one: spreading a long paragraph's dashes into a call overflows the stack.
        const add = (kind: string, scanner: (scan: Scan) => Found[]) => {
          let kept = context.memo(kind, lines, () => scanOnce(scanner))
          if (kept.offset !== scan.offset || kept.length !== value.length) kept = scanOnce(scanner)
          for (const item of kept.found) {
            const guard = item.guard && ([item.guard[0] + from, item.guard[1] + from] as const)
            if (guard && context.isProtected(guard[0], guard[1])) continue
            found.push({...item, from: item.from + from, to: item.to + from, guard})
          }
        }
        if (hasReal) add('real', scanRealDashes)
        if (!hasHyphen) return
        if (options.doubleHyphen !== 'never' && value.includes('-')) add('double', scanDoubleHyphens)
        if (options.spacedHyphen !== 'never') add('spaced', scanSpacedHyphens)
        if (options.hyphen !== 'never') add('glued', scanGluedHyphens)
      },
      'RootNode:exit'() {
        let emClosed = 0
        let emSpaced = 0
        let emOther = 0
        let enSpaced = 0
        /** The kind of the first real dash: breaks a tie between em and en dashes. */
        let firstReal: 'em' | 'en' | undefined
        for (const item of found) {
          if (item.kind !== 'real') continue
          firstReal ??= item.style === 'en-spaced' ? 'en' : 'em'
          if (item.style === 'en-spaced') enSpaced++
          else if (item.style === 'em') emClosed++
          else if (item.style === 'em-spaced') emSpaced++
          else emOther++
        }
        const unsafe = unsafePairs()
        const em = emClosed + emSpaced + emOther
        const real = em + enSpaced
        const hasRealDashes = real > 0
        const counts: Record<Makeshift, number> = {hyphen: 0, doubleHyphen: 0, spacedHyphen: 0}
        for (const item of found) {
          if (item.kind === 'hyphen' || item.kind === 'doubleHyphen') counts[item.kind]++
          else if (item.kind === 'spaced' && item.spacedKind !== 'compound') counts.spacedHyphen++
        }
        // An article without real dashes that writes one makeshift form as its house style keeps it;
        // its other makeshift dashes are reported as suggestions, since fixing them would give the
        // article real dashes, and its house style would then be flagged by a later pass no report
        // announced. Otherwise decide on the article as this rule's own fixes will leave it: once a
        // `--` becomes a dash, the article has one, and its spaced hyphens are flagged at once.
        const house = real === 0 ? houseStyleForm(counts) : undefined
        const flagFor = (realDashes: number) => ({
          hyphen: shouldFlag(options.hyphen, 'hyphen', counts, realDashes),
          doubleHyphen: shouldFlag(options.doubleHyphen, 'doubleHyphen', counts, realDashes),
          spacedHyphen: shouldFlag(options.spacedHyphen, 'spacedHyphen', counts, realDashes)
        })
        let flag = flagFor(real)
        for (let realAfter = real; !house; ) {
          const converted = (Object.keys(counts) as Makeshift[]).reduce((sum, form) => sum + (flag[form] ? counts[form] : 0), real)
          if (converted === realAfter) break
          realAfter = converted
          flag = flagFor(realAfter)
        }
        /** Whether a makeshift dash of this form may be fixed unattended. */
        const fixable = (form: Makeshift) => house === undefined || form === house
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
              expected: [replacement],
              ...(fixable('doubleHyphen') ? {} : {safe: false})
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
              expected: [replacement],
              ...(fixable('hyphen') ? {} : {safe: false})
            })
            continue
          }
          // A spaced hyphen.
          const shown = `${item.left} - ${item.right}`
          if (item.spacedKind === 'compound' || item.spacedKind === 'unsafeCompound') {
            const sure = item.spacedKind === 'compound'
            context.report({
              messageId: 'spacedCompound',
              data: {actual: shown, expected: `${item.left}-${item.right}`},
              from: item.from,
              to: item.to,
              // `Saxony - free`: after a name, a dash (`Saxony – free`) is as likely: a person decides.
              expected: sure ? ['-'] : ['-', replacement],
              ...(sure ? {} : {safe: false})
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
            ...(item.spacedKind === 'dash' && !unsafe.has(item) && fixable('spacedHyphen') ? {} : {safe: false})
          })
        }
      }
    }
  }
})
