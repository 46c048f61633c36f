/**
 * The regular forms of an English verb: `resort` → resort, resorts, resorted, resorting; a final
 * `e` is dropped before `-ed`/`-ing` (`argue` → argued, arguing), a final consonant-`y` becomes
 * `-ies`/`-ied` (`cry` → cries, cried). Irregular forms are listed by the data that needs them.
 */
export function regularForms(base: string): string[] {
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1)
    return [base, `${stem}ies`, `${stem}ied`, `${base}ing`]
  }
  const stem = base.endsWith('e') ? base.slice(0, -1) : base
  const plural = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`
  return [base, plural, `${stem}ed`, `${stem}ing`]
}

/** The irregular forms (past, past participle) of the verbs the rules' word lists name. */
const irregularForms: ReadonlyMap<string, readonly string[]> = new Map([
  ['be', ['am', 'is', 'are', 'was', 'were', 'been', 'being']],
  ['break', ['broke', 'broken']],
  ['bring', ['brought']],
  ['catch', ['caught']],
  ['come', ['came', 'coming']],
  ['deal', ['dealt']],
  ['fight', ['fought']],
  ['get', ['got', 'gotten', 'getting']],
  ['give', ['gave', 'given']],
  ['go', ['went', 'gone', 'goes']],
  ['grow', ['grew', 'grown']],
  ['hold', ['held']],
  ['lie', ['lay', 'lain', 'lying']],
  ['log', ['logged', 'logging']],
  ['pay', ['paid']],
  ['run', ['ran', 'running']],
  ['set', ['setting']],
  ['sit', ['sat', 'sitting']],
  ['sleep', ['slept']],
  ['stand', ['stood']],
  ['step', ['stepped', 'stepping']],
  ['stick', ['stuck']],
  ['swear', ['swore', 'sworn']],
  ['take', ['took', 'taken']],
  ['think', ['thought']],
  ['vote', ['voted']],
  ['win', ['won', 'winning']],
  ['write', ['wrote', 'written']]
])

/** Every form of a verb, regular and irregular: `take` → take, takes, taking, took, taken (and `taked`, harmless). */
export function verbForms(base: string): string[] {
  return [...regularForms(base), ...(irregularForms.get(base) ?? [])]
}

/** A map from every form of each verb to the words it is listed with: `{go: ['on']}` → went → on, … */
export function byVerbForm(lists: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> {
  const map = new Map<string, Set<string>>()
  for (const [base, words] of Object.entries(lists)) {
    for (const form of verbForms(base)) {
      const set = map.get(form) ?? new Set<string>()
      for (const word of words) set.add(word)
      map.set(form, set)
    }
  }
  return map
}
