/**
 * Words that start a clause or a parenthetical, used by `dash-style` to tell a hyphen meant as a
 * dash (`the universe-a series of images`, `Einstein realized-this is`) from the hyphen of a
 * compound (`follow-up`, `state-of-the-art`). A compound almost never ends in one of these words;
 * the few that do are in `hyphenCompounds` (`rules/data/hyphen-compounds.ts`).
 *
 * Compared lowercase and exactly, and only after a hyphen whose left word is not a prefix. Left
 * out on purpose: prepositions and particles, which end many compounds (`check-in`, `add-on`,
 * `follow-up`, `mother-in-law`), `can` (`trash-can`), `do` (`to-do`), `all` (`free-for-all`),
 * `not` (`have-nots`), `me` and `us` (`forget-me-not`, `US`), `I` (`World War-I`), `here`
 * (`out-here`), `like` (`life-like`) and `no` (`yes-no`).
 */
export const clauseStartWords: ReadonlySet<string> = new Set([
  // Determiners and possessives
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'each', 'every', 'both', 'either', 'neither',
  'another', 'such', 'its', 'their', 'our', 'his', 'her', 'my', 'your',
  // Subject pronouns and `there`
  'it', 'we', 'you', 'he', 'she', 'they', 'there',
  // Relative and question words
  'which', 'who', 'whose', 'whom', 'where', 'when', 'what',
  // Conjunctions
  'and', 'but', 'or', 'nor', 'yet', 'so', 'because', 'although', 'though', 'while', 'whereas', 'unless',
  'if', 'then', 'since',
  // Auxiliaries and modals
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'must', 'might',
  'shall', 'does', 'did',
  // Sentence adverbs that open an aside
  'however', 'therefore', 'namely', 'basically', 'actually', 'perhaps', 'maybe', 'especially', 'otherwise',
  'instead', 'including'
])

/**
 * Phrases that open an aside although their first word is a preposition (so not in
 * `clauseStartWords`): `important-for example, Britain`, `species-at least as many`.
 * Each is matched as whole words right after the hyphen, lowercase.
 */
export const clauseStartPhrases: readonly string[] = [
  'for example', 'for instance', 'in fact', 'at least', 'at most', 'such as', 'in other words',
  'in particular', 'of course', 'in short', 'above all', 'after all', 'as well as', 'in addition',
  'for now', 'in turn', 'not just', 'not only', 'not even', 'to be sure', 'by contrast', 'in contrast',
  'on the other hand', 'as a result', 'in the end'
]

/**
 * Clause words that can follow a hyphen chain as a dash (`one-dimensional or two-dimensional-the
 * chain is`): determiners, pronouns and conjunctions that no compound of three or more parts ends
 * in. Left out: `it`, `you`, `all`, `have` (`do-it`, `what-have-you`, `know-it-all`, `must-have`).
 */
export const chainEndWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'which', 'who', 'whose', 'we', 'they', 'their', 'our', 'each',
  'and', 'but', 'or', 'if', 'because'
])
