/**
 * What makes a hyphen part of a compound rather than a dash, for `dash-style`. All lowercase.
 */
import {numberWords} from './function-words.js'

/**
 * Prefixes written with a hyphen (`self-assembly`, `co-evolved`, `pre-tax`, `non-EU`). A hyphen after
 * one of these is a compound's, whatever follows (`post-it`); spaced (`self - assembly`), it is a
 * compound whose hyphen lost its spaces. Prefixes that are also words ending a clause (`well`, `all`,
 * `out`, `over`, `ill`, `half`, `near`, `pro`, `ex`) are left out: `he fell ill - the cough`.
 */
export const compoundPrefixes: ReadonlySet<string> = new Set([
  'self', 'co', 'non', 'pre', 'post', 'anti', 'sub', 'semi', 'multi', 'mid', 'inter', 'intra', 'quasi', 'pseudo',
  'neo', 'mega', 'micro', 'macro', 'mini', 'ultra', 'bi', 'tri', 'trans', 'tele', 'socio', 'eco', 'cyber', 'hyper',
  'infra', 'meta', 'proto', 'mono', 'poly', 'uni', 'e', 'x', 'geo', 'bio', 'agro', 'petro', 'franco', 'anglo',
  'sino', 'indo', 'euro', 'afro', 'greco', 'russo', 'austro', 're', 'de', 'ex', 'un'
])

/**
 * Compounds whose second word is in `clauseStartWords`, written `left-right`: a hyphen between
 * these two words is not a dash.
 */
export const compoundsEndingInClauseWord: ReadonlySet<string> = new Set([
  'as-is', 'either-or', 'and-or', 'what-if', 'as-if', 'so-so', 'or-so', 'and-so', 'thank-you', 'see-you',
  'screw-you', 'mind-you', 'love-you', 'do-it', 'make-it', 'he-she', 'she-he', 'him-her', 'his-her',
  'her-his', 'oh-my', 'must-have', 'should-have', 'could-have', 'would-have', 'might-have', 'free-will',
  'ill-will', 'good-will', 'at-will', 'so-what', 'guess-what', 'guess-who', 'say-when', 'ever-since',
  'worth-while', 'as-yet', 'as-such', 'one-another', 'hi-there', 'out-there', 'back-then', 'else-where',
  'yes-but', 'if-then', 'and-then', 'type-a', 'grade-a', 'class-a', 'plan-a', 'vitamin-a', 'hepatitis-a',
  'say-so', 'would-be', 'has-been', 'know-it', 'will-they'
])

/**
 * Second words that make `X - word` a compound whose hyphen lost its spaces (`large - scale`,
 * `Beijing - based`, `pollen - covered`) rather than a dash. Words that also open an aside after a
 * dash (`up`, `like`, `time`, `way`, `looking`) are left out, and a participle followed by a
 * preposition (`- based on`, `- led by`) opens an aside too.
 */
export const compoundHeads: ReadonlySet<string> = new Set([
  'based', 'scale', 'term', 'level', 'wide', 'free', 'related', 'owned', 'led', 'driven', 'style', 'friendly',
  'oriented', 'sized', 'dimensional', 'old', 'esque', 'centric', 'funded', 'backed', 'covered'
])

/** Second words that make `number - word` a compound (`8 - foot`, `three - year`, `five - star`). */
export const numberCompoundHeads: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'foot', 'feet', 'meter', 'metre', 'mile',
  'kilometer', 'kilometre', 'inch', 'yard', 'acre', 'pound', 'ton', 'story', 'storey', 'page', 'point',
  'fold', 'percent', 'member', 'seat', 'lane', 'stage', 'step', 'star', 'digit', 'class', 'century',
  'person', 'party', 'way', 'time', 'game', 'round', 'man', 'room', 'bedroom', 'door', 'piece', 'part',
  'dimensional', 'sided', 'old'
])

/** Number words and the like, before `numberCompoundHeads` (`three - dimensional`, `two - thirds`). */
export const numberModifiers: ReadonlySet<string> = new Set([
  ...numberWords,
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  ...['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion'],
  ...['single', 'double', 'triple', 'multi', 'first', 'second', 'third', 'half']
])
