import type {Severity} from './rule.js'

/** A rule's place in a preset: its severity, and options where the preset differs from the rule's defaults. */
export type PresetEntry = Severity | readonly [Severity, Readonly<Record<string, unknown>>]
export type Preset = Readonly<Record<string, PresetEntry>>

/** Rule id to default severity. `recommended` holds only rules precise enough to be on by default. */
export const recommended: Preset = Object.freeze({
  'bracket-balance': 'warn',
  'dash-style': 'warn',
  'digit-grouping': 'warn',
  'double-superlative': 'warn',
  'doubled-punctuation': 'warn',
  'duplicate-attribution': 'warn',
  'ellipsis': 'warn',
  'foreign-quotation-marks': 'warn',
  'fullwidth-punctuation': 'warn',
  'fused-paragraphs': 'warn',
  'html-entity': 'warn',
  'invisible-character': 'warn',
  'missing-space-after-punctuation': 'warn',
  'mojibake': 'warn',
  'participle-as-past': 'warn',
  'quote-balance': 'warn',
  'quote-spacing': 'warn',
  'quote-style': 'warn',
  'repeated-phrase': 'warn',
  'repeated-sentence': 'warn',
  'repeated-word': 'warn',
  'sentence-capitalization': 'warn',
  'single-quotation-marks': 'warn',
  'source-name': 'warn',
  'source-number': 'warn',
  'source-omission': 'warn',
  'source-untranslated': 'warn',
  'source-verbatim': 'warn',
  'space-before-punctuation': 'warn',
  'stray-hyphen': 'warn',
  'translation-alternative': 'warn',
  'untranslated-text': 'warn',
  'whitespace': 'warn'
})

/**
 * Everything in `recommended`, with settings that find more at the cost of precision: every
 * hyphen or `--` used as a dash is flagged, even where an article uses it as its house style, and
 * so is every spaced hyphen between words.
 */
export const strict: Preset = Object.freeze({
  ...recommended,
  'dash-style': ['warn', {hyphen: 'always', doubleHyphen: 'always', spacedHyphen: 'always'}] as const,
  // Translations legitimately drop the marks around titles, names and reported speech: too imprecise for `recommended`.
  'source-brackets-quotes': 'warn'
})

export const presets = Object.freeze({
  recommended,
  strict,
  /** No rules: pick them one by one under `rules`. */
  none: Object.freeze({}) as Preset
}) satisfies Record<string, Preset>

export type PresetName = keyof typeof presets

/** The severity a preset gives a rule (`off` when the preset does not hold it). */
export function severityIn(preset: Preset, id: string): Severity {
  const entry = preset[id]
  if (entry === undefined) return 'off'
  return typeof entry === 'string' ? entry : entry[0]
}
