/**
 * Word lists the generators choose from. They are the benchmark's own, written from general English
 * grammar, not copied from `rules/data/`, so that the benchmark does not share a rule's blind spots.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

export const determiners = set(`
  a an the this that these those its their his her our my your whose every each some any no
  another either neither
`)

export const prepositions = set(`
  about above across after against along among around at before behind below beneath beside between
  beyond by despite during for from in inside into near of off on onto out outside over since through
  throughout to toward towards under until up upon with within without
`)

export const pronouns = set(`
  i me you he him she her it we us they them myself yourself himself herself itself ourselves
  themselves who whom what which whoever this that these those
`)

export const conjunctions = set(`and or but nor so yet because although though while if unless whether than as when where`)

export const auxiliaries = set(`
  am is are was were be been being have has had do does did will would shall should can could may
  might must
`)

export const isFunctionWord = (word: string) => {
  const lower = word.toLowerCase()
  return (
    determiners.has(lower) ||
    prepositions.has(lower) ||
    pronouns.has(lower) ||
    conjunctions.has(lower) ||
    auxiliaries.has(lower) ||
    lower === 'not' ||
    lower === 'to'
  )
}

/** Subject pronouns that can stand right before a finite verb. */
export const subjectPronouns = set(`i he she we they`)

/** Particles and prepositions that follow a verb or noun and can be written twice (`invested in in`). */
export const particles = set(`to in on at of for with by from about into onto over up out off no`)

/**
 * Words that English writes twice on purpose, or doubles across a clause boundary (`what it is is`,
 * `read her her rights`): doubling them proves nothing, so `repeated-word` does not use them.
 */
export const doubledOnPurpose = set(`
  that had can is was do does her it you very really long many much far so too no yes bye well now
  there go ha
`)

/** Idioms of a word coordinated with itself, and quantities that do it (`years and years`). */
export const selfCoordinationIdioms = set(`
  again over on round through by more less further farther back forth up down out in around away
  off then now here there
  years days months weeks hours minutes seconds decades centuries generations ages miles kilometers
  kilometres meters metres feet yards times thousands millions billions hundreds dozens tons pounds
  dollars rows layers pages piles
`)

/** Verbs that report speech; past forms, as news copy writes them. */
export const reportingVerbs = set(`said told added says stated noted explained stressed emphasized asked commented continued`)

/** Irregular verbs whose simple past differs from their past participle. */
export const pastToParticiple: ReadonlyMap<string, string> = new Map([
  ['arose', 'arisen'],
  ['ate', 'eaten'],
  ['began', 'begun'],
  ['bit', 'bitten'],
  ['blew', 'blown'],
  ['broke', 'broken'],
  ['chose', 'chosen'],
  ['drew', 'drawn'],
  ['drove', 'driven'],
  ['fell', 'fallen'],
  ['flew', 'flown'],
  ['forbade', 'forbidden'],
  ['forgave', 'forgiven'],
  ['forgot', 'forgotten'],
  ['froze', 'frozen'],
  ['gave', 'given'],
  ['grew', 'grown'],
  ['hid', 'hidden'],
  ['knew', 'known'],
  ['rode', 'ridden'],
  ['rose', 'risen'],
  ['sang', 'sung'],
  ['sank', 'sunk'],
  ['saw', 'seen'],
  ['shook', 'shaken'],
  ['showed', 'shown'],
  ['spoke', 'spoken'],
  ['stole', 'stolen'],
  ['swam', 'swum'],
  ['swore', 'sworn'],
  ['took', 'taken'],
  ['threw', 'thrown'],
  ['went', 'gone'],
  ['woke', 'woken'],
  ['wore', 'worn'],
  ['wrote', 'written']
])

/** Adjectives with inflected comparison: [comparative, superlative]. */
export const comparisonForms: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['big', ['bigger', 'biggest']],
  ['bright', ['brighter', 'brightest']],
  ['busy', ['busier', 'busiest']],
  ['cheap', ['cheaper', 'cheapest']],
  ['clear', ['clearer', 'clearest']],
  ['close', ['closer', 'closest']],
  ['deep', ['deeper', 'deepest']],
  ['early', ['earlier', 'earliest']],
  ['easy', ['easier', 'easiest']],
  ['fast', ['faster', 'fastest']],
  ['fine', ['finer', 'finest']],
  ['great', ['greater', 'greatest']],
  ['hard', ['harder', 'hardest']],
  ['heavy', ['heavier', 'heaviest']],
  ['high', ['higher', 'highest']],
  ['hot', ['hotter', 'hottest']],
  ['large', ['larger', 'largest']],
  ['long', ['longer', 'longest']],
  ['low', ['lower', 'lowest']],
  ['new', ['newer', 'newest']],
  ['poor', ['poorer', 'poorest']],
  ['rich', ['richer', 'richest']],
  ['safe', ['safer', 'safest']],
  ['short', ['shorter', 'shortest']],
  ['simple', ['simpler', 'simplest']],
  ['slow', ['slower', 'slowest']],
  ['small', ['smaller', 'smallest']],
  ['strong', ['stronger', 'strongest']],
  ['tall', ['taller', 'tallest']],
  ['tough', ['tougher', 'toughest']],
  ['warm', ['warmer', 'warmest']],
  ['weak', ['weaker', 'weakest']],
  ['wide', ['wider', 'widest']],
  ['young', ['younger', 'youngest']],
  ['good', ['better', 'best']],
  ['bad', ['worse', 'worst']]
])

export const comparatives: ReadonlySet<string> = new Set([...comparisonForms.values()].map(([comparative]) => comparative))
export const superlatives: ReadonlySet<string> = new Set([...comparisonForms.values()].map(([, superlative]) => superlative))

/** Abbreviations whose period does not end a sentence (lower case, without the period). */
export const abbreviations = set(`
  mr mrs ms dr prof st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt
  capt sen rep gov inc ltd co corp jr sr approx fig pp vol art ch dept est univ mt ft fr rev ehf
`)
