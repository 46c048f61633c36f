/**
 * Numbers of a source and of its translation, compared by value: a source number is a list of
 * readings (a `3,500` may be three thousand five hundred or, in a locale with a decimal comma, three
 * and a half), each a list of values that must all appear in the translation. The translation's
 * numbers are every value it writes, in digits or in words.
 */
import {englishMonths, englishNumberWords, englishOrdinals, englishScales, englishTens, englishUnits, eras, sourceMultipliers} from '../data/numerals.js'

export interface SourceNumber {
  /** As the source writes it, multiplier included (`3.5万`). */
  text: string
  readings: number[][]
  /** Whether the translation must hold it: numbers left unchecked (0, 1, a name's) still account for the translation's. */
  checked: boolean
}

/** A number written in digits in a translation, with its offsets in the text given. */
export interface TargetNumber {
  from: number
  to: number
  values: number[]
}

/** A value as a key: rounded to 12 significant digits, so that 3.5 × 10⁴ equals 35,000. */
export const valueKey = (value: number) => String(Number(value.toPrecision(12)))

/** Digits with separators: a space separates digit groups only before exactly three digits. */
const digitRun = /\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d+)*/g
const urlOrAddress = /(?:https?:\/\/|www\.)[^\s<>"'）」]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/giu

/** Every way to read a run of digits and separators, as lists of values. */
export function readDigits(run: string): number[][] {
  const parts = run.split(/[.,\u00a0\u202f ]/)
  const separators = run.match(/[.,\u00a0\u202f ]/g) ?? []
  if (separators.length === 0) return [[Number(run)]]
  const integers = parts.map(Number)
  const grouped = parts[0].length <= 3 && parts.slice(1).every((part) => part.length === 3)
  const sameSeparator = separators.every((separator) => separator === separators[0])
  if (grouped && sameSeparator) {
    const whole = Number(parts.join(''))
    if (separators.length > 1 || /[\u00a0\u202f ]/.test(separators[0]!)) return [[whole], integers]
    // One `,` or `.` before three digits: a thousands separator, or a decimal one.
    return [[whole], [Number(`${parts[0]}.${parts[1]}`)]]
  }
  const last = separators[separators.length - 1]!
  const head = parts.slice(0, -1)
  const groupedHead = head[0]!.length <= 3 && head.slice(1).every((part) => part.length === 3)
  if (separators.length > 1 && groupedHead && /[.,]/.test(last) && separators.slice(0, -1).every((separator) => separator === separators[0] && separator !== last)) {
    return [[Number(`${head.join('')}.${parts[parts.length - 1]}`)]]
  }
  if (separators.length === 1 && /[.,]/.test(last)) return [[Number(`${parts[0]}.${parts[1]}`)], integers]
  // A date or a version (`03.06.2021`, `1.2.3`): each part on its own.
  return [integers]
}

const kanjiDigits: ReadonlyMap<string, number> = new Map(Object.entries({〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}))
const kanjiPowers: ReadonlyMap<string, number> = new Map(Object.entries({十: 10, 百: 100, 千: 1000}))
/**
 * Chinese and Japanese numerals in characters, only before a counter: alone, 十 and 千 are also
 * parts of words (十分 enough, 千葉 Chiba).
 */
const kanjiNumber =
  /(?<![一二两三四五六七八九十百千])[一二两三四五六七八九十百千]+(?=[万萬億亿]?(?:人|年|月|日|円|元|件|歳|才|個|回|台|本|倍|割|カ月|か月|ヶ月|時間|秒|位|名|社|校|店|周年|世紀|カ国|か国|ヶ国|か所|カ所|ヶ所|つ|度|戦|勝|敗|点|階))/gu

function readKanji(text: string): number {
  let total = 0
  let digit = 0
  for (const char of text) {
    const value = kanjiDigits.get(char)
    if (value !== undefined) digit = value
    else {
      total += (digit || 1) * (kanjiPowers.get(char) ?? 1)
      digit = 0
    }
  }
  return total + digit
}

/** The multiplier written right after a number, and its length. */
function multiplierAt(text: string, at: number): [number, number] | undefined {
  const gap = /^[ \u00a0]?/.exec(text.slice(at, at + 1))![0].length
  const rest = text.slice(at + gap, at + gap + 16)
  for (const [pattern, value] of sourceMultipliers) {
    const match = pattern.exec(rest)
    // CJK multipliers follow the number without a space.
    if (match && !(gap > 0 && /^[万萬億亿兆千]/u.test(match[0]))) return [value, gap + match[0].length]
  }
  return undefined
}

/** A metric unit after a number: a translation may convert it (`4,5 метра` → `15 feet`). */
const metricUnit = /^(?:\s?(?:и|или|og|eða|to|and|[～~〜\-–,])\s?\d+(?:[.,]\d+)?)*\s?(?:m|cm|mm|km|kg|g|°C|метр|сантиметр|миллиметр|километр|килограмм|градус|metr|sentimetr|kíló|gráð|メートル|センチ|ミリ|キロ|グラム|度)/iu
/** The imperial units such a conversion ends in. */
const imperialUnit = /\b(?:foot|feet|ft|inch|inches|in\.|mile|miles|pound|pounds|lbs?|ounces?|oz|yards?|Fahrenheit|°F)\b/iu
/** A small count of people, which a translation may say by naming them (`２人` → `the pair`, `Li and Wang`). */
const peopleCount = /^(?:人|者|名)/u
/** Counters a translation renders as a word of its own: school year (`３年生`, a senior), a work's number (`2作目`, a sequel). */
const wordCounters = /^(?:年生|作目)/u
/** The hour of a 24-hour time: before 時, `:`, `час`, or after `kl.`, `klukkan`. */
const hourAfter = /^(?:時|:\d|\s?час|\s?ч\.)/u
const hourBefore = /(?:kl\.|klukkan)\s?$/iu
/** A two-digit year: before 年 (perhaps after an era in brackets, `２３（大正１２）年`), or in a range or a season after a four-digit one. */
const yearAfter = /^(?:[（(][^）)]{0,8}[）)])?年|^[～~〜\-–]\d{1,2}(?:[（(][^）)]{0,8}[）)])?年/u
const yearBefore = /(\d{4})[～~〜\-–/]$/u
/** A Latin letter or a hyphen after one before a number: part of a name (`COVID-19`, `G7`), which source-name checks. */
const nameBefore = /[A-Za-z]-?$/u

/** The numbers of a source text, marked whether worth checking: in digits (any locale's separators, full-width) or in Chinese or Japanese characters. */
export function sourceNumbers(raw: string, target = ''): SourceNumber[] {
  // `・` between digits is a Japanese decimal point (`１８２・４４`).
  const text = raw
    .normalize('NFKC')
    .replace(urlOrAddress, (url) => ' '.repeat(url.length))
    .replace(/(?<=\d)・(?=\d)/gu, '.')
  const converted = imperialUnit.test(target)
  const found: SourceNumber[] = []
  const spans: Array<{from: number; to: number; readings: number[][]}> = []
  for (const match of text.matchAll(digitRun)) spans.push({from: match.index, to: match.index + match[0].length, readings: readDigits(match[0])})
  for (const match of text.matchAll(kanjiNumber)) spans.push({from: match.index, to: match.index + match[0].length, readings: [[readKanji(match[0])]]})
  spans.sort((a, b) => a.from - b.from)

  let consumed = 0
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]
    if (span.from < consumed) continue
    let {readings, to} = span
    let multiplied = false
    const multiplier = multiplierAt(text, to)
    if (multiplier) {
      readings = readings.map((reading) => reading.map((value) => value * multiplier[0]))
      to += multiplier[1]
      multiplied = true
      // `1億2000万`, `3万5000`: glued groups of smaller multipliers add up.
      for (let last = multiplier[0]; last >= 1e4; ) {
        const next = spans[index + 1]
        if (!next || next.from !== to) break
        const tail = multiplierAt(text, next.to)
        if (tail && tail[0] >= last) break
        const added = next.readings[0][0] * (tail?.[0] ?? 1)
        readings = readings.map((reading) => [reading[0] + added])
        to = next.to + (tail?.[1] ?? 0)
        index++
        if (!tail) break
        last = tail[0]
      }
    }
    consumed = to
    const before = text.slice(Math.max(0, span.from - 12), span.from)
    const after = text.slice(to, to + 12)
    const value = readings[0][0]
    const single = readings[0].length === 1
    // A fraction or a season: `1/2` is a half, `2019/20` the season 2019–2020.
    const slashed = spans[index + 1]
    if (!multiplied && single && slashed && slashed.from === to + 1 && text[to] === '/') {
      const other = slashed.readings[0][0]
      readings = [[value, other], [value / other]]
      if (value >= 1000 && other < 100) readings.push([value, Math.floor(value / 100) * 100 + other])
      to = consumed = slashed.to
      index++
    }
    const era = eras[before.trim().slice(-2)]
    if (era !== undefined && single) {
      readings = [...readings, [era + value]]
    } else if (single && value < 100 && (yearAfter.test(after) || yearBefore.test(before))) {
      const century = yearBefore.exec(before)?.[1]
      readings = [...readings, [2000 + value], [1900 + value]]
      if (century) readings.push([Math.floor(Number(century) / 100) * 100 + value])
    } else if (single && value > 12 && value < 24 && (hourAfter.test(after) || hourBefore.test(before))) {
      readings = [...readings, [value - 12]]
    } else if (/^割/u.test(after)) {
      // `３割` is 30 percent; a batting average `１割８分２厘` is .182.
      const average = /^割(\d)分(?:(\d)厘)?/u.exec(after)
      readings = average ? [[Number(`0.${value}${average[1]}${average[2] ?? ''}`)]] : [...readings, [value * 10]]
      if (average) consumed = to + average[0].length
    }
    const checked = !(
      // 0 and 1 are too often said with an article or a word (`a`, `no`, `one of`) to check.
      (!multiplied && readings.some((reading) => reading.every((item) => item === 0 || item === 1))) ||
      nameBefore.test(before) ||
      (converted && metricUnit.test(after)) ||
      wordCounters.test(after) ||
      (value <= 3 && !multiplied && peopleCount.test(after))
    )
    found.push({text: text.slice(span.from, Math.max(to, consumed)), readings, checked})
  }
  return found
}

const wordPattern = /[a-z]+/giu
/** A scale after a number: `3.5 million`, `$2bn`, `10k`, `3.5-million`. */
const scaleAfter = /^[ -]?(hundred|thousand|million|billion|trillion|mn|mln|bln|bn|tn|tln|trln|k|m|b)\b/i

/** The numbers a translation writes in digits, with their offsets. */
export function targetDigitNumbers(text: string): TargetNumber[] {
  const masked = text.replace(urlOrAddress, (url) => ' '.repeat(url.length))
  const numbers: TargetNumber[] = []
  for (const match of masked.matchAll(digitRun)) {
    const readings = readDigits(match[0])
    const values = readings.flat()
    const before = masked.slice(Math.max(0, match.index - 6), match.index)
    // `.182` (a batting average); `2021–22` and `2019/20` (the second year shortened).
    if (/(?:^|[^\d.])\.$/.test(before)) values.push(Number(`0.${match[0]}`))
    const year = /(\d{2})\d{2}[–\-/]$/.exec(before)
    if (year && match[0].length === 2) values.push(Number(year[1] + match[0]))
    const scale = scaleAfter.exec(masked.slice(match.index + match[0].length))
    if (scale) for (const value of [...values]) values.push(value * englishScales[scale[1].toLowerCase()])
    numbers.push({from: match.index, to: match.index + match[0].length, values})
  }
  return numbers
}

/** Every value a translation writes, in digits or in words (`twenty-five`, `3.5 million`, `third`, `June`, `both`). */
export function targetValues(text: string): Set<string> {
  const values = new Set<string>()
  for (const number of targetDigitNumbers(text)) for (const value of number.values) values.add(valueKey(value))
  const words = [...text.matchAll(wordPattern)].map((match) => ({word: match[0].toLowerCase(), from: match.index}))
  let running: number | undefined
  let last: number | undefined
  for (let index = 0; index < words.length; index++) {
    const {word: written} = words[index]
    // Plurals of number words: `sevens`, `hundreds`, `fours`.
    const singular = written.endsWith('s') && (englishUnits[written.slice(0, -1)] ?? englishTens[written.slice(0, -1)] ?? englishScales[written.slice(0, -1)]) !== undefined
    const word = singular ? written.slice(0, -1) : written
    // `three and a half`
    if (word === 'half' && last !== undefined && words[index - 1]?.word === 'a' && words[index - 2]?.word === 'and') values.add(valueKey(last + 0.5))
    for (const value of englishNumberWords[word] ?? []) values.add(valueKey(value))
    if (englishOrdinals[word] !== undefined) {
      values.add(valueKey(englishOrdinals[word]))
      // `eighty-fifth`
      if (running !== undefined && running % 10 === 0 && running >= 20 && englishOrdinals[word] < 10) values.add(valueKey(running + englishOrdinals[word]))
    }
    if (englishMonths[word] !== undefined && word !== 'may' && word !== 'mar') values.add(valueKey(englishMonths[word]))
    if (word === 'may' && /^[A-Z]/.test(text.slice(words[index].from, words[index].from + 1))) values.add(valueKey(5))
    const unit = englishUnits[word] ?? englishTens[word]
    const scale = word === 'm' || word === 'b' || word === 'k' ? undefined : englishScales[word]
    if (unit !== undefined) {
      running = running !== undefined && running % 100 >= 20 && running % 10 === 0 && unit < 10 ? running + unit : unit
      values.add(valueKey(running))
      last = running
    } else if (scale !== undefined) {
      // `a hundred`, `three thousand`, `twenty-five million`
      running = (running ?? 1) * scale
      values.add(valueKey(running))
      last = running
      if (scale >= 1000) running = undefined
    } else if (word !== 'and' && word !== 'a') {
      running = undefined
    }
  }
  return values
}

/** Whether a translation's values hold a source number: all values of one of its readings. */
export function holdsNumber(values: ReadonlySet<string>, number: SourceNumber): boolean {
  return number.readings.some((reading) => reading.every((value) => values.has(valueKey(value))))
}
