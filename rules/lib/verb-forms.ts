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
