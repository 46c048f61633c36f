/**
 * Data for `translation-alternative`: the words an engine or a translator leaves in brackets as an
 * optional alternative (`than (which) had been`), and the labels that introduce a spelled-out
 * alternative (`(or: the minister)`).
 */
import {functionWords, numberWords} from './function-words.js'

/**
 * Function words that, alone in round brackets between two words, are an alternative reading of
 * the surrounding syntax rather than content: every function word (`rules/data/function-words.ts`)
 * and `not`, `also`. Lower case. Left out: the numbers (`the (one) thing`), and `a` and `i`, which
 * the rule accepts only where the paragraph has no list markers (`(a)`, `(b)`, `(i)`, `(ii)`).
 * `then` is not a function word (`the (then) president` is an editor's device).
 */
export const bracketedFunctionWords: ReadonlySet<string> = new Set(
  [...functionWords, 'not', 'also'].filter((word) => !numberWords.has(word) && word !== 'a' && word !== 'i')
)

/** Letters that open a bracketed list marker: `(a)`, `(i)`; accepted as alternatives where the paragraph has no `(b)` or `(ii)`. */
export const listMarkerLetters: ReadonlySet<string> = new Set(['a', 'i'])

/**
 * Labels that open a bracketed alternative when followed by a colon: `(or: the minister)`,
 * `(also: Kyiv)`, `[alternative: …]`. Lower case. `lit.` is not among them: `(lit. "federal
 * diet")` is an editor's gloss of a foreign word.
 */
export const alternativeLabels: readonly string[] = [
  'or',
  'or rather',
  'also',
  'alternatively',
  'alternative',
  'alternative translation',
  'alt',
  'variant',
  'var',
  'other translation',
  'another translation'
]
