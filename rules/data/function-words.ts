/**
 * English function words by class, lower case: the closed classes several rules ask about (what
 * may follow a doubled word, what makes `most` an adverb, what cannot be coordinated with itself).
 */

export const articles: ReadonlySet<string> = new Set(['a', 'an', 'the'])

export const possessives: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'whose'])

export const demonstratives: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those'])

/** The numbers from one to ten, spelled out. */
export const numberWords: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])

/** Quantifiers and numbers that open a noun phrase. */
export const quantifiers: ReadonlySet<string> = new Set([
  'all', 'any', 'both', 'each', 'either', 'every', 'few', 'many', 'much', 'neither', 'no', 'several', 'some',
  ...numberWords
])

/** Words that open a noun phrase. */
export const determiners: ReadonlySet<string> = new Set([...articles, ...possessives, ...demonstratives, ...quantifiers])

export const pronouns: ReadonlySet<string> = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'mine', 'yours', 'hers', 'ours', 'theirs',
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'themselves', 'there', 'one', 'someone',
  'something', 'anyone', 'anything', 'everyone', 'everything', 'nobody', 'nothing'
])

/**
 * Subject pronouns that cannot be objects (`They gone home`, `the fund they invested in`). `it` and
 * `you` are objects as often as subjects (`made it known`, `want you gone`), so they are not here.
 */
export const nominativePronouns: ReadonlySet<string> = new Set(['i', 'he', 'she', 'we', 'they'])

export const prepositions: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'as', 'at', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'down', 'during', 'except', 'for', 'from',
  'in', 'inside', 'into', 'like', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over', 'past', 'per',
  'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'until', 'up', 'upon',
  'via', 'with', 'within', 'without'
])

export const conjunctions: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless',
  'whether', 'once', 'when', 'where'
])

/** Auxiliaries, modals and the forms of `be`, `have`, `do`. */
export const auxiliaries: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not'
])

/** The modal verbs: the word after one is a verb (`will contract`, `can record`). */
export const modals: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'])

/** Words that open a relative or interrogative clause. */
export const relativeWords: ReadonlySet<string> = new Set([
  'which', 'that', 'who', 'whom', 'whose', 'what', 'whatever', 'whichever', 'whoever', 'where', 'how', 'why'
])

/** Every function word of the classes above. */
export const functionWords: ReadonlySet<string> = new Set([
  ...determiners, ...pronouns, ...prepositions, ...conjunctions, ...auxiliaries, ...relativeWords
])

/** Words that after a period can only open a sentence: a determiner or a subject (`. the`, `. it`). */
export const sentenceOpeners: ReadonlySet<string> = new Set([...determiners, ...nominativePronouns, 'it', 'you', 'there'])
