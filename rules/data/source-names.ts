/** Latin letters in a source in another script that are no names: units and symbols a translation writes its own way. */
export const latinUnits: ReadonlySet<string> = new Set([
  'km', 'kg', 'cm', 'mm', 'mg', 'ml', 'kl', 'ha', 'kw', 'kwh', 'mw', 'gw', 'mb', 'gb', 'tb', 'kb', 'mhz', 'ghz', 'db',
  'am', 'pm', 'a.m', 'p.m', 'vs', 'no', 'etc'
])

/** English words a source in another script writes in Latin letters as words, not names (`Web`, `LIVE`): a translation may say them otherwise. */
export const latinCommonWords: ReadonlySet<string> = new Set(['web', 'live', 'news', 'blog', 'online', 'net', 'app', 'ok', 'vs', 'new', 'open', 'best', 'top'])
