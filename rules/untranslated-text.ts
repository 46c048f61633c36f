import {defineRule} from '../src/define-rule.js'

export interface UntranslatedTextOptions {
  /**
   * Text that may stay in its own script: names, quotations, titles. A run of another script is
   * left alone when it lies inside an occurrence of one of these strings.
   */
  allow: string[]
}

/**
 * Runs of letters of one writing system other than Latin, by family. Chinese, Japanese and Korean
 * form one family (they mix in one run: `の新作2019春夏コレクション`).
 */
const runs =
  /(?<cjk>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}ーｰ]+)|(?<cyrillic>\p{Script=Cyrillic}+)|(?<greek>\p{Script=Greek}+)|(?<arabic>\p{Script=Arabic}+)|(?<hebrew>\p{Script=Hebrew}+)|(?<thai>\p{Script=Thai}+)|(?<devanagari>\p{Script=Devanagari}+)|(?<bengali>\p{Script=Bengali}+)|(?<tamil>\p{Script=Tamil}+)|(?<georgian>\p{Script=Georgian}+)|(?<armenian>\p{Script=Armenian}+)|(?<other>[\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Ethiopic}\p{Script=Mongolian}\p{Script=Syriac}\p{Script=Thaana}]+)/gu

/** Any letter of those scripts: a cheap test before the real work. */
const anyForeign =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Armenian}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}\p{Script=Ethiopic}\p{Script=Mongolian}\p{Script=Syriac}\p{Script=Thaana}]/u

/** Any character of a run (the prolonged sound marks `ー` and `ｰ` of Japanese too, which are in no script of their own). */
const anyRunCharacter = new RegExp(`[${anyForeign.source.slice(1, -1)}ーｰ]`, 'u')

const families = ['cjk', 'cyrillic', 'greek', 'arabic', 'hebrew', 'thai', 'devanagari', 'bengali', 'tamil', 'georgian', 'armenian', 'other'] as const
type Family = (typeof families)[number]

const familyNames: Readonly<Record<Exclude<Family, 'cjk'>, string>> = {
  cyrillic: 'Cyrillic',
  greek: 'Greek',
  arabic: 'Arabic',
  hebrew: 'Hebrew',
  thai: 'Thai',
  devanagari: 'Devanagari',
  bengali: 'Bengali',
  tamil: 'Tamil',
  georgian: 'Georgian',
  armenian: 'Armenian',
  other: 'non-Latin'
}

const kana = /[\p{Script=Hiragana}\p{Script=Katakana}]/u
const hangul = /\p{Script=Hangul}/u

/** What may separate two chunks of one run: spaces, digits and punctuation on one line, no letters. */
const gap = /^[^\p{L}\n\r]{0,8}$/u
/** A Latin letter, digit or sign glued to a run: the run is part of a mixed word (`WНO`, `105х195`, `°С`). */
const gluedOn = /^[\p{Script=Latin}\p{N}°]$/u
/** A Greek word of three letters or more: shorter runs are symbols (`α`, `ΔΔ`, `π`). */
const greekWord = /\p{Script=Greek}{3}/u
/** A gloss after a word: the run is all a parenthesis holds, after a word (`Moscow (Москва)`). */
const wordThenOpen = /[\p{L}\p{N}.][”"’'」』]?\s*\($/u
/** The same with a label: `Moscow (Russian: Москва)`, `(lit. …)`. */
const labelledOpen = /\((?:[\p{Script=Latin}.]+ ){0,2}[\p{Script=Latin}.]+:$/u
/** A parenthesis right after the run (after its closing quote): `Москва (Moscow)`. */
const glossAfter = /^[”"’'»“」』]?\s*\(([^()\n]{1,80})\)/u
const latinLetter = /\p{Script=Latin}/u
const quotesOrSpace = /^[\s“”"‘’'«»「」『』]*/
const quotesOrSpaceBack = /[\s“”"‘’'«»「」『』]*$/

/** How many characters of a run the message shows. */
const shown = 40

interface Run {
  family: Family
  from: number
  to: number
}

interface LineRuns {
  /** Chunks of one family, merged over short gaps, with offsets in the line. */
  runs: readonly Run[]
  /** How many letters of each family the line holds. */
  counts: ReadonlyMap<Family, number>
}

/** The runs of a line of text (or of any text: a match never crosses a line break). */
function runsIn(line: string): LineRuns {
  const found: Run[] = []
  const counts = new Map<Family, number>()
  for (const match of line.matchAll(runs)) {
    const family = families.find((name) => match.groups![name] !== undefined)!
    counts.set(family, (counts.get(family) ?? 0) + match[0].length)
    const last = found[found.length - 1]
    const glued = family !== 'cjk' && gluedOn.test(line[match.index - 1] ?? '')
    if (last && last.family === family && !glued && gap.test(line.slice(last.to, match.index))) last.to = match.index + match[0].length
    else found.push({family, from: match.index, to: match.index + match[0].length})
  }
  return {runs: found, counts}
}

/** How many letters of the Latin script a text holds (code points), without a list of them. */
function latinLetterCount(text: string): number {
  let count = 0
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) {
      const lower = code | 0x20
      if (lower >= 0x61 && lower <= 0x7a) count++
      continue
    }
    const char = String.fromCodePoint(text.codePointAt(at)!)
    at += char.length - 1
    if (latinLetter.test(char)) count++
  }
  return count
}

export default defineRule<'untranslated', UntranslatedTextOptions>({
  id: 'untranslated-text',
  category: 'translation',
  fix: 'none',
  description: 'Flags runs of a script other than Latin (Chinese, Japanese, Cyrillic, Arabic …) left in English prose',
  trigger: anyRunCharacter,
  messages: {
    untranslated: 'Unexpected untranslated {script} text `{actual}`'
  },
  defaultOptions: {allow: []},
  schema: {allow: {type: 'strings'}},
  create(context) {
    const {text, options} = context

    /** Spans of the text the `allow` option names. */
    function allowedSpans(): Array<[number, number]> {
      const spans: Array<[number, number]> = []
      for (const entry of options.allow) {
        if (entry === '') continue
        for (let at = text.indexOf(entry); at !== -1; at = text.indexOf(entry, at + 1)) spans.push([at, at + entry.length])
      }
      return spans
    }

    /** Whether the run is a gloss: the original beside its English name, one of them in parentheses. */
    function isGloss(from: number, to: number): boolean {
      // `Moscow (Москва)`, `Moscow (Russian: Москва)`: the parenthesis holds the run, after a word.
      const before = text.slice(Math.max(0, from - 24), from).replace(quotesOrSpaceBack, '')
      const after = text.slice(to, to + 4).replace(quotesOrSpace, '')
      if (after.startsWith(')') && (wordThenOpen.test(before) || labelledOpen.test(before))) return true
      // `Москва (Moscow)`, `“Слава Україні” (Glory to Ukraine)`: English in parentheses after the run.
      const gloss = glossAfter.exec(text.slice(to, to + 200))
      return gloss !== null && latinLetter.test(gloss[1]) && !anyForeign.test(gloss[1])
    }

    return {
      RootNode() {
        if (!anyRunCharacter.test(text)) return

        // Line by line (no run spans a line break), the runs of each line that has any kept between lints.
        const found: Run[] = []
        const counts = new Map<Family, number>()
        for (let from = 0; from < text.length; ) {
          const end = text.indexOf('\n', from)
          const to = end === -1 ? text.length : end
          const line = text.slice(from, to)
          if (anyRunCharacter.test(line)) {
            const scan = context.memo('runs', line, () => runsIn(line))
            for (const run of scan.runs) found.push({family: run.family, from: run.from + from, to: run.to + from})
            for (const [family, count] of scan.counts) counts.set(family, (counts.get(family) ?? 0) + count)
          }
          from = to + 1
        }

        let latin: number | undefined
        let allowed: Array<[number, number]> | undefined

        for (const {family, from, to} of found) {
          // A text mostly in this script is not an English article with some of it left in.
          latin ??= latinLetterCount(text)
          if (counts.get(family)! > latin) continue
          const value = text.slice(from, to)
          if (family !== 'cjk') {
            if (gluedOn.test(text[from - 1] ?? '') || gluedOn.test(text[to] ?? '')) continue
            if (family === 'greek' && !greekWord.test(value)) continue
          }
          if (context.isProtected(from, to)) continue
          if (isGloss(from, to)) continue
          allowed ??= allowedSpans()
          if (allowed.some(([start, end]) => start <= from && to <= end)) continue

          const script =
            family === 'cjk'
              ? kana.test(value)
                ? 'Japanese'
                : hangul.test(value)
                  ? 'Korean'
                  : 'Chinese or Japanese'
              : familyNames[family]
          const chars = [...value]
          const actual = chars.length > shown ? `${chars.slice(0, shown - 10).join('')}…${chars.slice(-9).join('')}` : value
          context.report({messageId: 'untranslated', data: {script, actual}, from, to})
        }
      }
    }
  }
})
