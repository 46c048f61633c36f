/**
 * Data for `participle-as-past`: irregular past participles that differ from the simple past
 * (`spoken`/`spoke`), and the words that decide whether one is used as a finite verb.
 */
import {articles, demonstratives} from './function-words.js'

/**
 * Past participle to simple past. Only participles that cannot be a simple past or a present
 * form: `become`, `come`, `run` (also present forms) and the `-ed` verbs (participle = past) are
 * not here; neither are `drunk`, `proven` and `sunken`, mostly adjectives or nouns.
 */
export const participleToPast: ReadonlyMap<string, string> = new Map([
  ['arisen', 'arose'],
  ['beaten', 'beat'],
  ['begun', 'began'],
  ['bitten', 'bit'],
  ['blown', 'blew'],
  ['broken', 'broke'],
  ['chosen', 'chose'],
  ['done', 'did'],
  ['drawn', 'drew'],
  ['driven', 'drove'],
  ['eaten', 'ate'],
  ['fallen', 'fell'],
  ['flown', 'flew'],
  ['forbidden', 'forbade'],
  ['forgiven', 'forgave'],
  ['forgotten', 'forgot'],
  ['frozen', 'froze'],
  ['given', 'gave'],
  ['gone', 'went'],
  ['grown', 'grew'],
  ['hidden', 'hid'],
  ['known', 'knew'],
  ['overtaken', 'overtook'],
  ['ridden', 'rode'],
  ['risen', 'rose'],
  ['rung', 'rang'],
  ['seen', 'saw'],
  ['shaken', 'shook'],
  ['shown', 'showed'],
  ['shrunk', 'shrank'],
  ['spoken', 'spoke'],
  ['sprung', 'sprang'],
  ['stolen', 'stole'],
  ['striven', 'strove'],
  ['sung', 'sang'],
  ['sworn', 'swore'],
  ['swum', 'swam'],
  ['taken', 'took'],
  ['thrown', 'threw'],
  ['torn', 'tore'],
  ['undertaken', 'undertook'],
  ['withdrawn', 'withdrew'],
  ['woken', 'woke'],
  ['worn', 'wore'],
  ['written', 'wrote']
])

/**
 * Irregular past participles spelt as the simple past (`made`, `held`, `told`) that no `-ed`, `-en`
 * or `-t` ending shows: after `be` they make a passive (`was made by`). Not `put`, `set`, `laid`,
 * `stood`, whose `by` may be a particle (`was put by`, saved). Lower case.
 */
export const sameFormParticiples: ReadonlySet<string> = new Set([
  'bought', 'brought', 'caught', 'fought', 'found', 'fed', 'fled', 'heard', 'held', 'hung', 'led', 'made', 'paid',
  'read', 'said', 'shot', 'shut', 'sold', 'sought', 'struck', 'taught', 'thought', 'told', 'won', 'cut', 'hit',
  'hurt', 'lit', 'slid'
])

/**
 * Adverbs that may stand between a subject and its verb (`The two leaders also spoken`). After a
 * noun phrase, one of them is required: `The language spoken in Brazil` is a reduced relative.
 */
export const midAdverbs: ReadonlySet<string> = new Set([
  'also', 'already', 'just', 'never', 'recently', 'reportedly', 'previously', 'finally', 'later',
  'once', 'first', 'both', 'all', 'each', 'even', 'still', 'earlier', 'allegedly', 'subsequently',
  'eventually', 'initially', 'originally', 'then'
])

/**
 * Forms of `have` and `be`. One right before the subject (`Had they known`, `Not once have I
 * seen`) makes the participle legitimate, and one anywhere earlier in the sentence may govern it by
 * gapping (`She had eaten and he gone home`), so the rule stays silent then too.
 */
export const perfectOrPassiveAuxiliaries: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'having', 'haven’t', 'hasn’t', 'hadn’t', "haven't", "hasn't", "hadn't",
  'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'isn’t', 'aren’t', 'wasn’t', 'weren’t',
  "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got', 'getting', 'gotten'
])

/** Other auxiliaries and modals that may stand right before an inverted subject (`Should they`). */
export const otherAuxiliaries: ReadonlySet<string> = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did'
])

/** Contractions of an auxiliary glued to a pronoun (`they’ve`, `she’d`, `we’re`, `he’s`). */
export const auxiliarySuffix = /['’](?:ve|d|s|re|m|ll)$/i

/**
 * Words that open a noun-phrase subject at the start of a sentence (`The two leaders`): the
 * determiners of a third-person subject, without `my`, `your`, `whose` and the quantifiers that
 * take a singular verb (`each`, `every`, `no`).
 */
export const subjectDeterminers: ReadonlySet<string> = new Set([
  ...articles,
  ...demonstratives,
  ...['its', 'his', 'her', 'their', 'our', 'both', 'all', 'some', 'many', 'several', 'two', 'three', 'four', 'five']
])

/** Words after the participle that mark a passive or a reduced relative (`also written by him`, `also known as`). */
export const passiveMarkers: ReadonlySet<string> = new Set(['by', 'as'])
