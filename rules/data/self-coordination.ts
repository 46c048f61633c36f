import {regularForms} from '../lib/verb-forms.js'

/**
 * Adjectives that are (almost) never nouns or verbs, so `X and X` / `X or X` with one of them is a
 * word coordinated with itself (`excellent and excellent properties`), not a shared modifier
 * (`oil and oil products`), a verb of duration (`waited and waited`) or a quantity (`years and
 * years`). Comparatives are left out on purpose: `bigger and bigger` is right. Lower case.
 */
export const selfCoordinationAdjectives: ReadonlySet<string> = new Set([
  'accurate',
  'additional',
  'adjacent',
  'amazing',
  'annual',
  'available',
  'beautiful',
  'big',
  'brilliant',
  'careful',
  'cheap',
  'comfortable',
  'common',
  'constant',
  'convenient',
  'crazy',
  'deep',
  'delicate',
  'delicious',
  'different',
  'difficult',
  'durable',
  'easy',
  'economic',
  'effective',
  'efficient',
  'elastic',
  'enormous',
  'excellent',
  'exciting',
  'expensive',
  'famous',
  'federal',
  'financial',
  'frequent',
  'fresh',
  'gentle',
  'global',
  'good',
  'gorgeous',
  'great',
  'happy',
  'healthy',
  'heavy',
  'high',
  'huge',
  'important',
  'interesting',
  'large',
  'long',
  'low',
  'modern',
  'natural',
  'necessary',
  'new',
  'old',
  'perfect',
  'pleasant',
  'political',
  'popular',
  'possible',
  'powerful',
  'precise',
  'quick',
  'quiet',
  'rapid',
  'recent',
  'regional',
  'reliable',
  'responsible',
  'rich',
  'serious',
  'severe',
  'sharp',
  'shiny',
  'significant',
  'simple',
  'small',
  'smooth',
  'social',
  'soft',
  'special',
  'stable',
  'strict',
  'strong',
  'stylish',
  'successful',
  'sufficient',
  'thick',
  'tiny',
  'traditional',
  'unexpected',
  'unique',
  'useful',
  'usual',
  'valuable',
  'various',
  'wide',
  'wonderful',
  'young'
])

/** Words ending in `-ly` that are nouns or verbs (`family`, `supply`, `rely`), not adverbs. */
export const notAdverbsInLy: ReadonlySet<string> = new Set([
  'ally',
  'anomaly',
  'apply',
  'assembly',
  'belly',
  'bully',
  'butterfly',
  'comply',
  'daily',
  'family',
  'firefly',
  'folly',
  'gully',
  'holly',
  'hourly',
  'imply',
  'jelly',
  'lily',
  'melancholy',
  'monopoly',
  'monthly',
  'multiply',
  'only',
  'quarterly',
  'rally',
  'rely',
  'reply',
  'supply',
  'tally',
  'weekly',
  'yearly'
])

/**
 * Words that English joins to themselves with `and` on purpose: `again and again`, `over and
 * over`, `on and on`, `round and round`, `through and through`, `by and by`, `up and up`, `out and
 * out`, `neck and neck`, `so and so`, `such and such`, `time and time again`, `more and more`.
 * Regular comparatives (`louder and louder`) are found through the comparison forms. Lower case.
 */
export const coordinationIdioms: ReadonlySet<string> = new Set([
  'again', 'over', 'on', 'round', 'around', 'through', 'by', 'out', 'up', 'down', 'neck', 'so', 'such', 'time',
  'more', 'less', 'fewer', 'further', 'farther', 'better', 'worse'
])

/**
 * Words after `X and X` that make a sum of a number (`two and two make four`, `one and one is
 * two`, `put two and two together`). Lower case.
 */
export const arithmeticWords: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'is', 'are', 'was', 'equal', 'equals', 'gives', 'give', 'together'
])

/**
 * Plurals of time and amount that English repeats for their size: `years and years`, `miles and
 * miles`, `thousands and thousands`. Lower case.
 */
export const amountPlurals: ReadonlySet<string> = new Set([
  'seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries', 'ages',
  'generations', 'eons', 'aeons', 'times', 'miles', 'kilometres', 'kilometers', 'yards', 'feet', 'metres', 'meters',
  'inches', 'acres', 'hectares', 'tons', 'tonnes', 'pounds', 'gallons', 'litres', 'liters', 'pages', 'rows',
  'layers', 'piles', 'heaps', 'loads', 'lots', 'tons', 'dozens', 'scores', 'hundreds', 'thousands', 'millions',
  'billions', 'trillions', 'masses', 'oceans', 'rivers', 'mountains', 'rounds', 'waves', 'miles', 'reams', 'buckets', 'gallons', 'bags', 'boxes', 'stacks'
])

/**
 * Verbs of an activity that goes on, which English repeats to say it went on long (`waited and
 * waited`, `tried and tried`, `talked and talked`), in all their forms. Lower case.
 */
export const emphaticVerbs: ReadonlySet<string> = new Set([
  ...['wait', 'try', 'talk', 'walk', 'search', 'cry', 'laugh', 'work', 'push', 'pull', 'knock', 'climb', 'wonder',
    'argue', 'beg', 'plead', 'struggle', 'wander', 'rain', 'snow', 'turn', 'twist', 'roll', 'circle', 'scream',
    'shout', 'call', 'listen', 'watch', 'look', 'stare', 'practice', 'practise', 'rehearse', 'train', 'study',
    'pray', 'dance', 'play', 'chew', 'rub', 'sweep', 'pace', 'tug', 'hammer', 'pound', 'blink', 'cough', 'sob',
    'weep', 'smile', 'grin', 'giggle', 'shiver', 'tremble', 'count', 'sigh', 'toss', 'kick', 'punch', 'drum',
    'tap', 'click', 'scroll', 'type', 'chat', 'reject', 'borrow', 'print', 'grind', 'hope', 'burn', 'bleed',
    'ring', 'think', 'dig', 'read', 'write', 'drive', 'ride', 'swim', 'fight', 'shake', 'spin', 'sing', 'eat',
    'drink', 'grow', 'fall', 'run', 'spend', 'build', 'save', 'cut', 'fly', 'go', 'keep', 'move', 'rise', 'sink',
    'lose', 'win', 'climb', 'dream', 'build', 'pump', 'wait', 'yell', 'bang', 'stir', 'scrub'].flatMap(regularForms),
  'ran', 'fought', 'swam', 'rode', 'drove', 'wrote', 'sang', 'ate', 'drank', 'dug', 'thought', 'grew', 'fell',
  'shook', 'spun', 'sought', 'flew', 'went', 'kept', 'rose', 'sank', 'burnt', 'bled', 'built', 'spent', 'lost',
  'won', 'dreamt', 'rang', 'stirred', 'stirring', 'scrubbed', 'scrubbing', 'begged', 'begging', 'tapped', 'tapping',
  'chatted', 'chatting', 'dug', 'digging', 'running', 'swimming', 'cutting', 'spinning', 'winning', 'planned'
])

/** Words after `X and X` of an ongoing activity that keep it an iteration: `walked and walked for hours`. Lower case. */
export const afterEmphasis: ReadonlySet<string> = new Set([
  'and', 'but', 'until', 'till', 'for', 'all', 'again', 'on', 'away', 'some', 'more', 'to', 'without', 'as', 'while', 'into', 'through', 'throughout', 'past', 'over'
])

/**
 * Nouns of materials, commodities and sectors, which stand alone and also modify the next noun, so
 * that `X and X` before a noun names two things: `oil and oil products`, `cash and cash
 * equivalents`, `health and health care`, `gold and gold notes`. Lower case.
 */
export const sectorNouns: ReadonlySet<string> = new Set([
  'agriculture', 'art', 'banking', 'cash', 'coal', 'coffee', 'copper', 'cotton', 'dairy', 'data', 'defence',
  'defense', 'education', 'electricity', 'employment', 'energy', 'finance', 'fish', 'food', 'fruit', 'fuel',
  'gas', 'gold', 'grain', 'health', 'housing', 'insurance', 'iron', 'labor', 'labour', 'land', 'livestock',
  'meat', 'media', 'metal', 'milk', 'oil', 'ordnance', 'paper', 'petroleum', 'plastic', 'power', 'property',
  'rail', 'rice', 'salt', 'security', 'sickness', 'silver', 'software', 'sport', 'steel', 'sugar', 'tax', 'tea',
  'textile', 'timber', 'tobacco', 'tourism', 'trade', 'transport', 'travel', 'war', 'waste', 'water', 'wheat',
  'wine', 'wood', 'wool'
])

/**
 * Irregular past forms that no noun shares, beside those `participleToPast` lists (whose past and
 * participle differ): `got away`, `broke down` are there; `made`, `held`, `sent` are here. Homographs
 * of nouns (`left`, `ground`, `thought`, `felt`) are left out. Lower case.
 */
export const irregularPasts: ReadonlySet<string> = new Set([
  'became', 'bought', 'brought', 'built', 'came', 'caught', 'fought', 'got', 'held', 'kept', 'led', 'lost', 'made',
  'meant', 'met', 'paid', 'ran', 'sat', 'sent', 'sold', 'sought', 'spent', 'stood', 'taught', 'told', 'went'
])

/**
 * Words that stand between a determiner and its noun and are not nouns themselves: `the other`,
 * `the same`, `the next`, `his second`, `its own`. Lower case.
 */
export const postdeterminers: ReadonlySet<string> = new Set([
  'other', 'same', 'next', 'last', 'first', 'second', 'third', 'own', 'very', 'previous', 'former', 'latter', 'entire', 'whole'
])
