/**
 * Words that follow a hyphen glued to their start on purpose, for `stray-hyphen`. Lower case.
 */

/** Suffixes mentioned with their hyphen: `the -ing form`, `the suffix -ism`, `-gate scandals`. */
export const suffixes: ReadonlySet<string> = new Set([
  'ing', 'ed', 'er', 'est', 'ism', 'ist', 'ly', 'ness', 'ment', 'tion', 'sion', 'able', 'ible', 'ish', 'esque',
  'ful', 'less', 'ize', 'ise', 'ology', 'phobia', 'gate', 'ship', 'hood', 'dom', 'ward', 'wards', 'wise', 'like',
  'ity', 'ous', 'ive', 'al', 'ic', 'an', 'ian', 'ese', 'ite', 'let', 'ette', 'san', 'kun', 'chan', 'sama'
])

/** Nouns after a word that make it a command-line option in prose: `the -verbose flag`. */
export const optionNouns: ReadonlySet<string> = new Set([
  'flag', 'flags', 'option', 'options', 'switch', 'switches', 'parameter', 'parameters', 'argument', 'arguments'
])

/**
 * Command-line options that the word list knows as words, but that prose does not put after a
 * slipped hyphen: `find . -type f -exec rm {} +` (`exec`, short for executive, is in the list).
 */
export const optionWords: ReadonlySet<string> = new Set(['exec'])

/** Words that name a part of a word: a hyphenated word after one is mentioned (`the suffix -ism`, `an ending -ough`). */
export const affixNouns: ReadonlySet<string> = new Set([
  'suffix', 'suffixes', 'prefix', 'prefixes', 'affix', 'affixes', 'ending', 'endings', 'infix', 'morpheme', 'syllable'
])

/** Verbs after which `in` introduces a word's ending: `ends in -ough`, `ending in -ly`. */
export const endingVerbs: ReadonlySet<string> = new Set(['end', 'ends', 'ended', 'ending'])

/** Quantities written in words that a minus sign goes before: `-infinity`, `-inf`, `-pi` (number words come from `numerals.ts`). */
export const signedQuantities: ReadonlySet<string> = new Set(['infinity', 'inf', 'pi', 'half'])
