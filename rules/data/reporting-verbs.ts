/**
 * Verbs that attribute a quotation or a claim to a speaker (`said Shih`, `Shih told CNN`), in the
 * past and present forms news copy uses. Lower case.
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'acknowledged',
  'added',
  'adds',
  'admitted',
  'announced',
  'argued',
  'asked',
  'asserted',
  'claimed',
  'commented',
  'concluded',
  'confirmed',
  'continued',
  'declared',
  'emphasised',
  'emphasized',
  'explained',
  'insisted',
  'noted',
  'notes',
  'observed',
  'recalled',
  'remarked',
  'replied',
  'reported',
  'responded',
  'said',
  'says',
  'stated',
  'states',
  'stressed',
  'tells',
  'told',
  'tweeted',
  'warned',
  'writes',
  'wrote'
])

/**
 * The narrower set that can close a sentence on its own after a quotation (`”, he added.`), so a
 * second one right after it (`he added. Statement added.`) is a doubled attribution.
 */
export const bareAttributionVerbs: ReadonlySet<string> = new Set([
  'added',
  'adds',
  'continued',
  'noted',
  'said',
  'says',
  'stated',
  'wrote'
])

/**
 * Nouns for a document rather than a person: as the subject of a second attribution right after a
 * quotation's own (`”he added. Statement added.`), they attribute it again. Lower case.
 */
export const documentNouns: ReadonlySet<string> = new Set([
  'statement', 'report', 'readout', 'reading', 'communique', 'communiqué', 'document', 'letter', 'message',
  'release', 'note'
])

/** Lowercase words inside names: `Ursula von der Leyen`, `Bank of England`. */
export const nameParticles: ReadonlySet<string> = new Set([
  'of', 'von', 'van', 'der', 'de', 'del', 'da', 'la', 'le', 'bin', 'al'
])

/**
 * Verbs that take a listener and then a clause (`told the court the court had erred`,
 * `reminded voters voters decide`), so a noun phrase said twice after them can be the listener
 * and then the clause's subject. Lower case.
 */
export const listenerClauseVerbs: ReadonlySet<string> = new Set([
  'advise', 'advised', 'advises',
  'assure', 'assured', 'assures',
  'convince', 'convinced', 'convinces',
  'inform', 'informed', 'informs',
  'notify', 'notified', 'notifies',
  'persuade', 'persuaded', 'persuades',
  'promise', 'promised', 'promises',
  'remind', 'reminded', 'reminds',
  'show', 'showed', 'shown', 'shows',
  'teach', 'taught', 'teaches',
  'tell', 'telling', 'tells', 'told',
  'warn', 'warned', 'warns'
])

/**
 * Verbs of saying and thinking that take a clause: after one with its subject, the same subject
 * and verb can open the clause (`she said she said it on purpose`, `I think I think too much`).
 * Lower case.
 */
export const clauseTakingVerbs: ReadonlySet<string> = new Set([
  ...reportingVerbs,
  'believe', 'believed', 'believes',
  'feel', 'feels', 'felt',
  'guess', 'guessed',
  'hope', 'hoped', 'hopes',
  'know', 'knew', 'knows',
  'say',
  'suppose', 'supposed',
  'think', 'thinks', 'thought'
])
