/**
 * Words written with a final period that does not end the sentence, so the word after them may be
 * lowercase: `e.g. this`, `etc. and`, `vs. them`, `Mr. smith`. Listed without the period and
 * compared case-sensitively (`No.` is an abbreviation, `no.` at the end of a sentence is not); words
 * that often end a sentence (`art`, `max`, `in`) are left out, or only their capitalized form is in.
 * Dotted forms (`e.g.`, `U.S.`, `a.m.`, `Ph.D.`) and single letters (`J.`, `p.`) need no entry:
 * sentence-capitalization skips every word with an inner period and every single letter.
 */
export const sentenceAbbreviations: ReadonlySet<string> = new Set([
  // Latin and reference abbreviations
  'etc', 'vs', 'cf', 'al', 'esq', 'viz', 'seq', 'sqq', 'inc', 'ltd', 'var', 'alt', 'lit', 'approx', 'ca', 'viz', 'resp', 'ibid', 'op', 'cit', 'esp', 'incl', 'excl',
  'fig', 'figs', 'Fig', 'Figs', 'vol', 'vols', 'Vol', 'Vols', 'No', 'Nos', 'pp', 'ed', 'eds', 'Ed', 'Eds', 'ch',
  'Ch', 'Sec', 'Art', 'Para', 'est', 'Est', 'Tel', 'Ext', 'Approx', 'misc', 'dept', 'Dept', 'govt', 'Govt',
  'univ', 'Univ', 'assn', 'Assn', 'avg', 'cent', 'Jr', 'Bros', 'Inc', 'Ltd', 'Co', 'co', 'Corp', 'Cos', 'Plc', 'plc',
  'intl', 'Intl', 'natl', 'Natl', 'asst', 'Asst', 'assoc', 'Assoc', 'attn', 'Attn', 'abbr', 'subj', 'repr', 'orig',
  'corp', 'dia', 'Gk', 'Lat', 'Ger', 'Skt',
  // Company forms of other countries (`Stálskip ehf. is`, `Telstra Pty. said`)
  'hf', 'ehf', 'ohf', 'Pty', 'Ltda', 'Bhd', 'Sdn', 'Cia', 'Cía',
  // Titles and ranks
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Rev', 'Revd', 'Hon', 'Fr', 'Sr',
  'St', 'Ste', 'Gen', 'Gov', 'Sen', 'Rep', 'Reps', 'Pres', 'Supt', 'Insp', 'Atty', 'Col', 'Lt', 'Sgt', 'Capt',
  'Cmdr', 'Cdr', 'Adm', 'Maj', 'Cpl', 'Pvt', 'Brig', 'Gens',
  // Places and addresses
  'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Hwy', 'Pt', 'Sq', 'Ln',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn',
  'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  // Months and days
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  // Units, and the abbreviations of quantities translations from Russian and other languages keep
  // (`5 kg. more`, `2 mln. tonnes`, `300 thous. rubles`)
  'ft', 'sq', 'oz', 'lb', 'lbs', 'mi', 'hr', 'hrs', 'yr', 'yrs', 'mos', 'wk', 'wks', 'min', 'mins', 'secs', 'gal', 'qt', 'doz', 'deg',
  'kg', 'km', 'cm', 'mm', 'mg', 'ml', 'kw', 'kwh', 'mw', 'ha', 'sec', 'mln', 'mn', 'bln', 'bn', 'mlrd', 'trln', 'thous',
  'tys', 'tn', 'pcs', 'pct', 'proc', 'rub', 'rbl', 'uah', 'usd', 'eur', 'cu', 'cub', 'approx'
])

/**
 * Lowercase abbreviations that are words too, and end sentences as words (`went to the pub. the`,
 * `the top speed is the max. it`): after one, a lowercase word may go on with the sentence (`the
 * pub. date`, `the max. speed`), so a person decides.
 */
export const wordlikeAbbreviations: ReadonlySet<string> = new Set([
  'max', 'temp', 'ref', 'pop', 'div', 'gen', 'rev', 'trans', 'pub', 'opp', 'info', 'admin', 'exec', 'ave', 'bros',
  'cont', 'tel', 'art', 'no', 'nat', 'int', 'dir', 'prod', 'mag', 'ret', 'sub', 'cap', 'dem', 'rep', 'sen', 'gov'
])

/** Lowercase abbreviations of four letters or more, which end in a period of their own (`approx.,`). */
export const longAbbreviations: ReadonlySet<string> = new Set([
  'approx', 'incl', 'resp', 'dept', 'govt', 'ibid', 'cont', 'misc', 'fols', 'sess', 'esp', 'excl', 'univ', 'assn'
])

/** The company forms of `sentenceAbbreviations`, lowercase, which filings and headlines write in capitals too (`ACME CORP. said`). */
export const companyForms: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'bros', 'pty', 'ltda', 'bhd', 'sdn', 'ehf', 'hf'
])
