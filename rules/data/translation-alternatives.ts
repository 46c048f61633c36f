/**
 * Data for `translation-alternative`: the words an engine or a translator leaves in brackets as an
 * optional alternative (`than (which) had been`), and the labels that introduce a spelled-out
 * alternative (`(or: the minister)`).
 */

/**
 * Function words that, alone in round brackets between two words, are an alternative reading of
 * the surrounding syntax rather than content. Lower case. Left out on purpose: `a` and `i` (list
 * markers `(a)`, `(i)`) and `then` (`the (then) president` is an editor's device).
 */
export const bracketedFunctionWords: ReadonlySet<string> = new Set([
  // relatives and conjunctions
  'which', 'that', 'who', 'whom', 'whose', 'where', 'when', 'whether', 'if', 'and', 'or', 'but', 'than', 'as', 'so',
  // articles and determiners
  'the', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  // prepositions
  'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'into', 'about',
  // pronouns
  'it', 'they', 'he', 'she', 'we', 'there', 'them', 'him',
  // auxiliaries and copulas
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must',
  // particles
  'not', 'also'
])

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
