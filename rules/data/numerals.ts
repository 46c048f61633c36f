/** Numbers written in words and multipliers: what `source-number` counts as the same number. */

/** Multipliers written after a number in a source: `3.5万`, `12 млн`, `4 milljónir`. Matched whole, case-insensitively. */
/**
 * A table looked up by words of an article: without a prototype, so that `constructor` or
 * `__proto__` in the text finds nothing.
 */
function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}

export const sourceMultipliers: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[万萬]/u, 1e4],
  [/^[億亿]/u, 1e8],
  [/^兆/u, 1e12],
  [/^千(?![葉代歳])/u, 1e3],
  [/^тыс(?:\.|яч[аи]?(?!\p{L})|(?!\p{L}))/iu, 1e3],
  [/^млн(?!\p{L})\.?/iu, 1e6],
  [/^млрд(?!\p{L})\.?/iu, 1e9],
  [/^трлн(?!\p{L})\.?/iu, 1e12],
  [/^миллион(?:а|ов|ами|ах)?(?!\p{L})/iu, 1e6],
  [/^миллиард(?:а|ов|ами|ах)?(?!\p{L})/iu, 1e9],
  [/^þús(?:\.|und\w*)/iu, 1e3],
  [/^millj(?:ón|ónir|óna|ónum)(?!\p{L})/iu, 1e6],
  [/^milljar[ðd](?:ar|a|ur|i|s)?(?!\p{L})/iu, 1e9],
  [/^ma\.(?=\s)/iu, 1e9]
]

/** Japanese era names: year n of the era is this plus n. */
export const eras: Readonly<Record<string, number>> = lookupTable({令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867})

export const englishUnits: Readonly<Record<string, number>> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
})

export const englishTens: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
})

/** Scale words and their abbreviations after a number: `3.5 million`, `$2bn`, `10k`. */
export const englishScales: Readonly<Record<string, number>> = lookupTable({
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tln: 1e12, trln: 1e12
})

export const englishOrdinals: Readonly<Record<string, number>> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100
})

/** Month names: a source writes the month as a number (`6月`, `03.06.2021`). */
export const englishMonths: Readonly<Record<string, number>> = lookupTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12
})

/** Words that stand for a number without naming it: `both` for 2, `half` for 0.5 or 50 percent. */
export const englishNumberWords: Readonly<Record<string, readonly number[]>> = lookupTable({
  both: [2], twice: [2], double: [2], doubled: [2], pair: [2], couple: [2], twins: [2],
  triple: [3], tripled: [3], thrice: [3], quadruple: [4],
  half: [0.5, 50], quarter: [0.25, 25, 3], quarters: [0.75, 75], third: [3], thirds: [3],
  dozen: [12], dozens: [12], decade: [10], decades: [10], century: [100], centuries: [100],
  twenties: [20], thirties: [30], forties: [40], fifties: [50], sixties: [60], seventies: [70], eighties: [80], nineties: [90],
  noon: [12], midnight: [0, 12, 24], teens: [10], teenage: [10], teenager: [10], teenagers: [10]
})
