import {byVerbForm, regularForms, verbForms} from '../lib/verb-forms.js'

/**
 * Words that edited English doubles on purpose anywhere, on top of what `retext-repeated-words`
 * already lets through (`that`, `had`, `can`, `blah`). Lower case.
 */
export const reduplicatedWords: ReadonlySet<string> = new Set([
  // Intensifiers: `a long long time`, `very very`, `many many years`, `much much better`.
  'far',
  'long',
  'many',
  'much',
  'never',
  'really',
  'so',
  'too',
  'very',
  // Words that end one clause and start the next, or an emphatic `do`:
  // `told her her rights`, `before you you will see`, `for it it will`, `they do do it`.
  'do',
  'her',
  'it',
  'you',
  // Sounds and interjections that are no other word, doubled anywhere: `ha ha`, `said bye bye`, `HO HO HO`.
  'aye',
  'bang',
  'boo',
  'boom',
  'bye',
  'cha',
  'choo',
  'ding',
  'ha',
  'hee',
  'hmm',
  'ho',
  'la',
  'ooh',
  'ouch',
  'ow',
  'pooh',
  'tsk',
  'tut',
  'uh',
  'um',
  'whoosh',
  'woo',
  'yum',
  // Reduplicated compounds, often written open: `ylang ylang`, `mahi mahi`, `a fifty fifty chance`,
  // `a hush hush deal`, `pom pom`, `beri beri`.
  'ack',
  'beri',
  'bling',
  'cous',
  'dum',
  'fifty',
  'goody',
  'hush',
  'mahi',
  'pom',
  'rah',
  'tom',
  'ylang',
  // Set phrases of a word that is no English word alone: `yada yada`, `que sera sera`.
  'sera',
  'yada'
])

/**
 * Interjections that are other words too, said twice on purpose (`no no`, `knock knock`, `yes
 * yes`): left alone where the pair stands on its own, at the start or end of a sentence or next to
 * a mark, but not inside a clause (`there is no no doubt`). Lower case.
 */
export const interjections: ReadonlySet<string> = new Set([
  'chop', 'go', 'hey', 'knock', 'night', 'no', 'now', 'there', 'tick', 'wait', 'well', 'win', 'yeah', 'yes'
])

/**
 * Prepositions and particles that legitimately meet themselves after a phrasal or prepositional
 * verb: `took in in taxes`, `looked at at the station`, `resorted to to stop it`, `going on on the ground`.
 */
export const particles: ReadonlySet<string> = new Set([
  'about',
  'at',
  'by',
  'down',
  'for',
  'in',
  'into',
  'off',
  'on',
  'out',
  'over',
  'through',
  'to',
  'up',
  'with'
])

/**
 * Verb forms that do not end in `-ed`, `-en` or `-ing` but often end a phrasal verb, so that a
 * doubled particle after them is two words doing two jobs (`the man he spoke to to get it`).
 */
export const verbsBeforeParticle: ReadonlySet<string> = new Set([
  'bought',
  'brought',
  'built',
  'call',
  'came',
  'caught',
  'check',
  'come',
  'dealt',
  'deal',
  'depend',
  'did',
  'do',
  'does',
  'done',
  'drew',
  'fell',
  'felt',
  'fill',
  'fought',
  'found',
  'get',
  'gets',
  'give',
  'go',
  'goes',
  'got',
  'grew',
  'held',
  'hold',
  'kept',
  'knew',
  'laid',
  'lead',
  'led',
  'left',
  'listen',
  'live',
  'log',
  'look',
  'looks',
  'made',
  'meant',
  'met',
  'paid',
  'point',
  'put',
  'puts',
  'ran',
  'refer',
  'rely',
  'run',
  'sat',
  'saw',
  'say',
  'said',
  'sent',
  'set',
  'shut',
  'sign',
  'sold',
  'speak',
  'spoke',
  'stood',
  'stuck',
  'take',
  'takes',
  'talk',
  'thought',
  'threw',
  'took',
  'turn',
  'turns',
  'told',
  'wait',
  'went',
  'won',
  'wore',
  'work',
  'works',
  'wrote',
  // Irregular pasts: verb forms without a verb's ending (`Rescuers dug in in the snow`, `cut out`).
  'bent',
  'burst',
  'crept',
  'cut',
  'dug',
  'fled',
  'hung',
  'knelt',
  'leapt',
  'quit',
  'sank',
  'slept',
  'slid',
  'snuck',
  'sought',
  'sped',
  'spent',
  'spun',
  'struck',
  'swept',
  'swung',
  'taught',
  'wept'
])

/** Words that, earlier in the sentence, make `is is` / `was was` a clause boundary: `What it is is …`. */
export const copulaClauseOpeners: ReadonlySet<string> = new Set([
  'all',
  'how',
  'what',
  'whatever',
  'where',
  'who',
  'whoever',
  'why'
])

/**
 * Intransitive phrasal verbs (and phrasal verbs whose object often moves to the end): their
 * particle ends the verb phrase, so the same word may open the next phrase, with nothing moved
 * (`what was going on on the ground`, `came in in second place`, `took in in taxes more than`).
 * Base form to particles; every form of the verb counts.
 */
export const phrasalVerbs = byVerbForm({
  back: ['down'], calm: ['down'], carry: ['on'], cash: ['in'], catch: ['on', 'up'], cave: ['in'],
  check: ['in', 'out'], chime: ['in'], come: ['in', 'on', 'over', 'by'], drop: ['in', 'by', 'off'], end: ['up'],
  fit: ['in'], give: ['in', 'up'], go: ['on', 'off', 'by'], grow: ['up'], hold: ['on', 'out'], join: ['in'],
  kick: ['in', 'off'], lock: ['in'], log: ['in', 'on', 'out'], move: ['in', 'on'], opt: ['in', 'out'], pass: ['by', 'on'],
  phase: ['in', 'out'], pitch: ['in'], roll: ['in', 'out'], sell: ['out', 'off'], set: ['in', 'off'], settle: ['in'],
  show: ['up'], sign: ['in', 'up'], swear: ['in'], let: ['in', 'out'], slow: ['down'], stand: ['by'], step: ['in', 'up'], stop: ['by', 'in'],
  take: ['in', 'off', 'over'], tune: ['in'], turn: ['out', 'up'], wake: ['up'], weigh: ['in'], wind: ['down', 'up']
})

/**
 * Prepositional verbs: the object of their preposition can move away, in a passive (`the car was
 * looked at at the station`), a relative clause (`the fund they invested in in 2019`) or a
 * question, stranding the preposition before the same word. Without such a move, the doubled
 * preposition is a slip. Base form to prepositions; every form of the verb counts.
 */
export const prepositionalVerbs = byVerbForm({
  abide: ['by'], account: ['for'], act: ['on'], adhere: ['to'], agree: ['on', 'to', 'with'], apply: ['for', 'to'],
  argue: ['about', 'for', 'with'], ask: ['about', 'for'], attend: ['to'], believe: ['in'], belong: ['to'],
  call: ['for', 'on'], care: ['about', 'for'], cling: ['to'], come: ['to', 'from', 'across'], comment: ['on'],
  compete: ['in', 'for', 'with'], complain: ['about'], cope: ['with'], count: ['on'], deal: ['with'], depend: ['on'],
  dream: ['about', 'of'], engage: ['in'], fight: ['for', 'over', 'with'], focus: ['on'], go: ['to', 'into', 'through', 'with'],
  hear: ['about', 'of'], hope: ['for'], insist: ['on'], invest: ['in'], know: ['about', 'of'], laugh: ['at'],
  learn: ['about'], listen: ['to'], live: ['in', 'on', 'with'], look: ['at', 'for', 'into', 'after'], object: ['to'],
  participate: ['in'], pay: ['for'], play: ['with', 'in', 'for'], point: ['to', 'at'], read: ['about'], refer: ['to'],
  rely: ['on'], report: ['on'], resort: ['to'], respond: ['to'], run: ['into'], search: ['for'], send: ['for'],
  sit: ['in', 'on'], sleep: ['in', 'on'], speak: ['to', 'about', 'of', 'with'], stand: ['for'], stick: ['to', 'with'],
  struggle: ['with'], swear: ['by'], talk: ['about', 'to', 'with'], think: ['about', 'of'], vote: ['on', 'for'],
  wait: ['for'], work: ['on', 'for', 'with'], worry: ['about'], write: ['to', 'about']
})

/** The forms of `be` and `get` that make a passive: `was looked at`, `got paid for`. */
export const passiveAuxiliaries: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'gotten', 'getting'
])

/**
 * Words that move a preposition's object before its verb when a subject follows them: a relative
 * or interrogative word (`the fund that they invested in`, `what is she looking at`) or a
 * comparison (`more than it took in`).
 */
export const extractingWords: ReadonlySet<string> = new Set([
  'which', 'that', 'who', 'whom', 'what', 'whatever', 'whichever', 'whoever', 'than', 'as'
])

/**
 * Verbs whose complement is the preposition `to` (not an infinitive), in all their forms: after
 * them a stranded `to` may meet the infinitive marker (`the measures they resorted to to stop it`,
 * `the man he spoke to to get the permit`). After any other verb `to to` is a slip (`wanted to to
 * go`). Lower case.
 */
export const verbsTakingTo: ReadonlySet<string> = new Set([
  ...['resort', 'refer', 'object', 'listen', 'talk', 'turn', 'point', 'attend', 'adhere', 'amount', 'appeal',
    'belong', 'consent', 'contribute', 'react', 'reply', 'respond', 'return', 'submit', 'testify', 'yield', 'relate',
    'cling', 'stick', 'speak', 'write', 'send', 'explain', 'show', 'apply', 'report', 'move', 'switch', 'look',
    'commit', 'admit', 'lead', 'go', 'come', 'get', 'give', 'say', 'tend', 'see'].flatMap(regularForms),
  'committed', 'committing', 'admitted', 'admitting', 'referred', 'referring', 'submitted', 'submitting',
  'spoke', 'spoken', 'wrote', 'written', 'sent', 'led', 'went', 'gone', 'came', 'got', 'gotten', 'gave', 'given',
  'said', 'clung', 'stuck', 'shown', 'seen', 'saw', 'replied', 'applied', 'testified', 'relied'
])

/** Verbs that end as adjectives in `-al` do (`natural`): `came to to dial`, `set to to signal`. Lower case. */
export const verbsInAl: ReadonlySet<string> = new Set(['dial', 'signal', 'total', 'equal', 'rival', 'spiral', 'pedal', 'trial', 'marshal', 'initial'])

/** Particles that end phrasal verbs without an object (`came in`, `showed up`, `went away`). */
export const adverbParticles: ReadonlySet<string> = new Set([
  'about', 'across', 'along', 'around', 'away', 'back', 'behind', 'down', 'in', 'off', 'on', 'out', 'over', 'past', 'through',
  'under', 'up'
])

/**
 * Phrasal verbs whose particle is `to`, meaning to start work with energy (`The crew set to`, `they
 * fell to`), in all their forms: a `to` ending one may meet the infinitive marker (`set to to
 * repair the hull`), which after `be` is a slip (`prices are set to to rise`).
 */
export const phrasalVerbsWithTo: ReadonlySet<string> = new Set([...verbForms('set'), ...verbForms('fall'), 'fell', 'fallen'])

/**
 * Nouns that introduce a word mentioned, not used (`The word is is a verb`, `the phrase to to`), or
 * a quoted example (`In the sentence "I saw saw"`): a doubled word after one may be the mention,
 * then the same word in use, or an example of the repeat, and a person decides.
 */
export const mentionNouns: ReadonlySet<string> = new Set([
  'word', 'phrase', 'term', 'verb', 'noun', 'adjective', 'adverb', 'preposition', 'pronoun', 'conjunction',
  'expression', 'spelling', 'prefix', 'suffix', 'sentence', 'example'
])
