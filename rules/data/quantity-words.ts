/**
 * Words right after a number that make it a quantity, for `digit-grouping`: `250000 species`,
 * `10800 yen`. A lowercase plural (a word ending in `s` that is not in `notPlurals`) needs no
 * entry; this list holds units and nouns whose plural has no `s`. Compared lowercase.
 */
export const quantityWords: ReadonlySet<string> = new Set([
  'people', 'persons', 'men', 'women', 'children', 'staff', 'personnel', 'troops', 'police', 'cattle', 'sheep',
  'fish', 'deer', 'yen', 'yuan', 'renminbi', 'won', 'baht', 'rupee', 'ruble', 'rouble', 'hryvnia', 'euro',
  'dollar', 'pound', 'franc', 'peso', 'km', 'kg', 'g', 'mg', 't', 'm', 'cm', 'mm', 'mi', 'ft', 'lb', 'oz', 'ha',
  'sq', 'l', 'ml', 'kwh', 'mw', 'gw', 'kw', 'mph', 'kph', 'bpd', 'tonnes', 'tons', 'feet', 'square', 'cubic',
  'more', 'fewer', 'new', 'additional', 'extra', 'other', 'per', 'a', 'each', 'annually', 'daily',
  'species', 'series'
])

/** Lowercase words ending in `s` that are not plural nouns. */
export const notPlurals: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'this', 'thus', 'us', 'its', 'as', 'plus', 'less', 'across', 'his', 'hers', 'yes',
  'unless', 'always', 'perhaps', 'sometimes', 'towards', 'besides', 'whereas', 'nevertheless', 'regardless',
  'afterwards', 'various', 'previous', 'serious', 'famous', 'numerous', 'enormous', 'vs', 'bus', 'gas', 'cross',
  'miss', 'pass', 'access', 'process', 'progress', 'success', 'business', 'address', 'class', 'mass', 'loss',
  'press', 'status', 'bonus', 'census', 'focus', 'virus', 'campus', 'chaos', 'canvas', 'alias', 'basis',
  'crisis', 'analysis', 'thesis'
])
