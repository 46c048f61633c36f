import type {Severity} from './rule.js'

/** Rule id to default severity. `recommended` holds only rules precise enough to be on by default. */
export const recommended: Readonly<Record<string, Severity>> = Object.freeze({
  'bracket-balance': 'warn',
  'dash-style': 'warn',
  'digit-grouping': 'warn',
  'double-superlative': 'warn',
  'doubled-punctuation': 'warn',
  'duplicate-attribution': 'warn',
  'ellipsis': 'warn',
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
  'space-before-punctuation': 'warn',
  'stray-hyphen': 'warn',
  'translation-alternative': 'warn',
  'untranslated-text': 'warn',
  'whitespace': 'warn'
})

export const presets = Object.freeze({
  recommended,
  /** Everything in `recommended`, plus rules whose precision is not yet high enough to be on by default. */
  strict: Object.freeze({...recommended}),
  /** No rules: pick them one by one under `rules`. */
  none: Object.freeze({})
}) satisfies Record<string, Readonly<Record<string, Severity>>>

export type PresetName = keyof typeof presets
