import type {Paragraph} from 'nlcst'
import {start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import type {Report} from '../src/rule.js'
import {auxiliaries, determiners, functionWords, prepositions, sentenceOpeners} from './data/function-words.js'
import {englishMonths} from './data/numerals.js'
import {termNouns} from './data/term-nouns.js'
import {wordlikeAbbreviations} from './data/sentence-abbreviations.js'
import {isAbbreviation, isShortened} from './lib/abbreviations.js'
import {knownWord} from './lib/known-word.js'

/**
 * A sentence mark right before white space and a lowercase letter: `added. statement`. Not after
 * another period, an ellipsis or a spaced period (`and then... nothing`, `. . . and`); a mark
 * followed by a closing quote or bracket (`“Why?” he asked`) does not match either.
 */
const lowercaseAfterMark = /(?<![.…]|\.[ \t])[.?!](?=\s+\p{Ll})/gu

/** The white space after the mark (sticky). */
const spaceRun = /\s+/y
/** The word before the mark, with inner periods (`U.S`, `e.g`, `etc`, `2019`). */
const wordBefore = /[\p{L}\p{M}\p{N}.]*$/u
/** The word after the white space (sticky). */
const wordAfter = /[\p{L}\p{M}\p{N}]+/uy

/** A word that keeps a lowercase initial: a capital or digit inside it (`iPhone`, `eBay`, `mRNA`, `pH`, `x86`). */
const innerCapitalOrDigit = /[\p{Lu}\p{N}]/u
/** After a single letter, an operator of a formula: `a = 2x`, `x + y`, `n ≥ 3`, `x - y`. */
const formulaAfter = /^(?:[ \t]*[=+*/<>≤≥≠×÷^−]|[ \t]+-[ \t])/u
/** A list marker: one letter or a Roman numeral before `)` or `.` (`b) pears`, `iv. the end`). */
const listMarker = /^(?:\p{Ll}|[ivxlc]{2,5})$/u
/** Only digits: a number before a period, a list number when it starts the line. */
const digitsOnly = /^\d+$/
/**
 * A number of one to three digits after a determiner or a preposition (`the 20.`, `on 25.`), which
 * many languages make an ordinal with a period (`the 20. century`, `on 25. may`); not a year.
 */
const ordinalAfterWord = /(?:^|[^\p{L}])(\p{L}+)[ \t]+\d{1,3}$/u
/** A Roman numeral of two letters or more up to 39 (`ii`, `iv`, `xii`): a list marker before a period. */
const romanNumeral = /^(?=[ivx]{2})x{0,3}(?:ix|iv|v?i{0,3})$/
/** The first character of each line after one that ends in a sentence's mark, past spaces and tabs. */
const lineStart = /[.?!]["”’)\]]*[ \t]*\r?\n[ \t]*(\S)/g
const lowercaseLetter = /^\p{Ll}$/u
const lineBreak = /\n/
/** How far back the sentence a period closes is read for a term (characters). */
const sentenceReach = 300
const letterWords = /\p{L}+/gu
/** A letter after a period inside a word: `e.g.`, `amazon.com`. */
const letter = /\p{L}/u

/** Names that end in `!`: `Yahoo! said`, `Jeopardy! host`. */
const exclamationNames: ReadonlySet<string> = new Set(['Yahoo', 'Jeopardy', 'Oklahoma', 'Wham', 'Panic'])
/** Names that keep a lowercase initial without a capital inside. */
const lowercaseNames: ReadonlySet<string> = new Set(['adidas', 'xkcd', 'npm'])

/**
 * A metadata header line (`date 2021-11-10`, `source: Reuters`): one lowercase key word, then a
 * colon and a value, or (on the file's first line only) a space and a value that starts with a
 * digit or a capital. The line must not end like a sentence.
 */
const header = {
  keyColonValue: /^[a-z][\w-]*:[ \t]*\S/,
  keySpaceValue: /^[a-z][\w-]*[ \t]+[\p{Lu}\d]/u,
  firstLine: /^[^\r\n]*/,
  sentenceEnd: /[.?!]["”’)\]]*[ \t]*$/,
  onlySpace: /^\s*$/
} as const

/** A short lowercase word right after a number: a unit (`5 kg`, `2 mln`, `300 thous`). */
const unitAfterNumber = /\d[\d.,]*[ \t\u00a0]?\p{Ll}{1,5}$/u
/**
 * A short capitalized word right after a number: a unit written with a capital (`16 Msec.`,
 * `5 Kg.`), or a word that ends a sentence (`on 12 June.`); months are told apart below.
 */
const capitalizedAfterNumber = /\d[\d.,]*[ \t\u00a0]?(\p{Lu}\p{L}{0,4})$/u
/**
 * The rest of a line from a word: at most four words and no sentence mark, though a period inside a
 * word counts as part of it (`new in 3.2.0`) (sticky). Each word is taken whole (the lookahead and
 * back-reference make an atomic group): split every way among the four groups, a long word took
 * time of its length to the fourth power.
 */
const fragmentToLineEnd = /(?:(?=((?:[^\s.?!]|\.(?=[^\s.?!]))+))\1[ \t]*){1,4}(?=\r?\n|$)/uy

/** A lowercase letter at the start of a paragraph. */
const lowercaseStart = /^\p{Ll}/u

/** A capital at the start of a paragraph or after a sentence mark: the text's own convention. */
const capitalStart = /(?:^|[.?!]["”’)\]]*\s+)["“‘([]*\p{Lu}/gu

const capitalizedWord = /^\p{Lu}/u

/**
 * Words that continue a sentence far more often than they start one (an auxiliary starts only a
 * question): the period before them may be the stray.
 */
const continuesSentence: ReadonlySet<string> = new Set([...auxiliaries, 'and', 'or', 'nor', 'of', 'than', 'which', 'whom', 'whose'])

/** Words that cannot end a sentence: a period after them is a stray mark (`by the. men`), not a sentence end. */
const cannotEndSentence: ReadonlySet<string> = new Set([
  'the', 'an', 'our', 'their', 'its', 'my', 'your', 'of', 'and', 'or', 'nor', 'than', 'whose', 'into', 'very'
])

export default defineRule({
  id: 'sentence-capitalization',
  category: 'capitalization',
  fix: 'safe',
  description: 'Flags a sentence or paragraph that starts with a lowercase letter, as in `he added. statement added.`',
  messages: {
    lowercase: 'Unexpected lowercase `{actual}` at the start of a sentence, expected `{expected}`'
  },
  create(context) {
    const {text} = context
    /** Lowercase starts found so far, reported at the end if the text capitalizes its sentences. */
    const found: Array<Report<'lowercase'>> = []
    /** How many sentences of the text start with a capital. */
    let capitalized = 0
    /** Where the paragraphs that start in lowercase start. */
    const paragraphStarts = new Set<number>()
    /** How the text writes each lowercase word, built once on first use. */
    let writings: Map<string, Writing> | undefined

    /**
     * Report the word at `at` (paragraph-relative) unless it keeps its lowercase initial.
     */
    function check(value: string, offset: number, at: number, mark?: string, unsure = false): void {
      wordAfter.lastIndex = at
      const word = wordAfter.exec(value)?.[0]
      if (!word) return
      // A credit line (`… the minister said. dpa`), a list item or a caption: a few words that end
      // their line without a sentence's mark are written as their author writes them.
      if (isFragment(value, at)) return
      if (innerCapitalOrDigit.test(word.slice(1)) || lowercaseNames.has(word)) return
      const next = value[at + word.length]
      // A prefix glued to a colon (`bg:Ангола`, `fr:Ludwig`), or a letter of a formula (`a = 2x`).
      if (next === ':' && !/\s/u.test(value[at + word.length + 1] ?? ' ')) return
      if (word.length === 1 && formulaAfter.test(value.slice(at + 1, at + 4))) return
      // A dotted word (`e.g.`, `amazon.com`) or a list marker (`b)`).
      if (next === '.' && letter.test(value[at + word.length + 1] ?? '')) return
      if ((next === ')' || next === '.') && listMarker.test(word)) return
      if (context.isProtected(offset + at, offset + at + word.length)) return
      const expected = word[0].toUpperCase()
      if (expected === word[0]) return
      found.push({
        messageId: 'lowercase',
        data: {actual: word[0], expected},
        from: offset + at,
        to: offset + at + 1,
        expected: [expected],
        // `the Chief. of Staff`, `June 30, 1868. was`, `ehf. is`: before a word that goes on with a
        // sentence the period may be the stray, or close an abbreviation. After a question or an
        // exclamation, its own sentence may go on (`Is it worth it? he asked.`). The caller may know
        // more (an ordinal, `the 20. century`; a colon before the paragraph). A person decides.
        ...((at > 0 && continuesSentence.has(word.toLowerCase())) || (mark !== undefined && mark !== '.') || unsure ? {safe: false} : {})
      })
    }

    /**
     * A paragraph that opens with a word the article writes in lowercase elsewhere and never
     * capitalized (`jsdiff deviates …`, `adidas said`): a name styled that way may be meant, so a
     * person decides. Inside a paragraph, after a period, a lowercase start is a slip more often,
     * unless the word is no English word (`… ahead. nappo wrote the lyrics`, where the article
     * writes `singer nappo` too): a name again.
     */
    function styledLowercase(report: Report<'lowercase'>): boolean {
      const word = wordAt(report.from)
      if (!word || !mayBeName(report.from, word)) return false
      writings ??= wordWritings(text, new Set(found.filter((item) => mayBeName(item.from, wordAt(item.from) ?? '')).map((item) => wordAt(item.from) ?? '')))
      const writing = writings.get(word)
      if (writing === undefined || writing.capitalized || writing.lowercase < 2) return false
      // Asked last: the word list is read on the first question.
      return paragraphStarts.has(report.from) || knownWord(word) === false
    }

    /** A paragraph's first word, or another that is no function word: one that may be a name. */
    function mayBeName(at: number, word: string): boolean {
      return paragraphStarts.has(at) || (word !== '' && !functionWords.has(word) && !sentenceOpeners.has(word))
    }

    function wordAt(at: number): string | undefined {
      wordAfter.lastIndex = at
      return wordAfter.exec(text)?.[0]
    }

    function isHeader(value: string, offset: number): boolean {
      const line = header.firstLine.exec(value)![0]
      if (header.sentenceEnd.test(line)) return false
      if (header.keyColonValue.test(line)) return true
      return header.keySpaceValue.test(line) && header.onlySpace.test(text.slice(0, offset))
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        const offset = start(node)
        for (const _ of value.matchAll(capitalStart)) capitalized++

        // A list item, a table cell or a heading of Markdown or HTML keeps the case it has.
        if (lowercaseStart.test(value) && !isHeader(value, offset) && context.blockKind(offset) === 'paragraph') {
          paragraphStarts.add(offset)
          // After a colon that ends the paragraph before, a paragraph may go on with its sentence: a
          // list without bullets or a quotation set apart (`include the following:` / `the right to …;`).
          check(value, offset, 0, undefined, afterColon(text, offset))
        }

        // Lines that mostly start in lowercase are written so: a poem, or a list without bullets.
        const lowercaseLines = lowercaseLinesAreTheRule(value)
        for (const match of value.matchAll(lowercaseAfterMark)) {
          const at = match.index
          const mark = match[0]
          const before = wordBefore.exec(value.slice(Math.max(0, at - 40), at))![0]
          spaceRun.lastIndex = at + 1
          const space = spaceRun.exec(value)![0]
          const next = at + 1 + space.length
          const after = wordAt(offset + next)
          if (mark === '.') {
            // Consonants alone may close a shortening (`Elm st. near`, `the mgmt. team`) or, before a
            // word that opens a sentence, a sentence (`watch tv. the news`): there a person decides.
            if (before.includes('.') || before.length === 1) continue
            if (isAbbreviation(before) && !(isShortened(before) && opensSentence(after))) continue
            // The marker of a list item run into the text (`marked i. correct, ii. partly correct`),
            // unless a sentence plainly starts after it (`page iv. the index`).
            if (romanNumeral.test(before) && !opensSentence(after)) continue
            // A unit after a number (`5 kg. more`, `2 mln. tonnes`): an abbreviation, not a sentence's end.
            if (unitAfterNumber.test(value.slice(Math.max(0, at - 20), at))) continue
            // `the. men`: a stray period inside a sentence, not a sentence to capitalize.
            if (cannotEndSentence.has(before)) continue
            if (digitsOnly.test(before) && startsLine(value, at - before.length)) continue
          } else if (mark === '!' && (exclamationNames.has(before) || capitalizedWord.test(before) || digitsOnly.test(before.slice(-1)))) {
            // `Yahoo! reported`, `The Ruki Vverkh! frontman`: a name that ends in `!`.
            continue
          }
          if (context.isProtected(offset + at, offset + at + 1)) continue
          // A period that may close an abbreviation or stand alone (`the max. speed`, `16 Msec. to`,
          // `git add . before`) is a sentence's end for sure only before a word that opens one (`the`, `it`).
          const periodInDoubt =
            mark === '.' &&
            (value[at - 1] === ' ' ||
              value[at - 1] === '\t' ||
              wordlikeAbbreviations.has(before) ||
              capitalizedUnit(value.slice(Math.max(0, at - 20), at)))
          const unsure =
            (mark === '.' && isShortened(before)) ||
            (periodInDoubt && !opensSentence(after)) ||
            (lowercaseLines && lineBreak.test(space)) ||
            termOfSentence(value, at, before, after) ||
            (mark === '.' && ordinal(value.slice(Math.max(0, at - 30), at)))
          check(value, offset, next, mark, unsure)
        }
      },
      'RootNode:exit'() {
        // A text that leaves more sentences lowercase than it capitalizes is lowercase on purpose (chat).
        if (capitalized === 0 || capitalized < found.length) return
        for (const report of found) context.report(styledLowercase(report) ? {...report, safe: false} : report)
      }
    }
  }
})

interface Writing {
  /** How often the word is written all in lowercase. */
  lowercase: number
  /** Whether it is written with a capital initial anywhere. */
  capitalized: boolean
}

/** A letter, mark or digit at the end (or start) of a string: a word goes on across the edge. */
const wordCharAtEnd = /[\p{L}\p{M}\p{N}]$/u
const wordCharAtStart = /^[\p{L}\p{M}\p{N}]/u

/**
 * How the text writes each of `words` (lowercase): how often all in lowercase, and whether with a
 * capital initial anywhere. It looks only for those words, not at every word of the text: by
 * `indexOf` for a few words of three letters or more (compiling a pattern for each text's words
 * cost more than the search), by one pattern otherwise (a long text with many lowercase openers,
 * or a short word such as `a`, found inside every other word).
 */
function wordWritings(text: string, words: ReadonlySet<string>): Map<string, Writing> {
  const lowercaseWords = [...words].filter((word) => word && word === word.toLowerCase())
  const lower = text.toLowerCase()
  // A letter whose lowercase is longer (`İ`) would shift the offsets of `indexOf` in the lowercased text.
  const few = lowercaseWords.length <= 8 && lowercaseWords.every((word) => word.length >= 3) && lower.length === text.length
  const found = few ? searchEach(text, lower, lowercaseWords) : searchAll(text, lowercaseWords)
  const writings = new Map<string, Writing>()
  for (const [word, written] of found) {
    let writing = writings.get(word)
    if (!writing) writings.set(word, (writing = {lowercase: 0, capitalized: false}))
    if (written === word) writing.lowercase++
    else if (written.slice(1) === word.slice(1)) writing.capitalized = true
  }
  return writings
}

/** Each whole-word occurrence of `words` in any case, as [word, as written], by `indexOf` in the text lowercased. */
function* searchEach(text: string, lower: string, words: readonly string[]): Generator<[string, string]> {
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length
      if (!wordCharAtEnd.test(text.slice(Math.max(0, at - 2), at)) && !wordCharAtStart.test(text.slice(end, end + 2))) yield [word, text.slice(at, end)]
    }
  }
}

/** The same by one pattern of all the words (they are letters, marks and digits: nothing to escape). */
function* searchAll(text: string, words: readonly string[]): Generator<[string, string]> {
  if (words.length === 0) return
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  for (const [written] of text.matchAll(pattern)) yield [written.toLowerCase(), written]
}

/** Whether the text from `at` to the end of its line is a fragment of a few words without a sentence mark. */
function isFragment(value: string, at: number): boolean {
  fragmentToLineEnd.lastIndex = at
  return fragmentToLineEnd.test(value)
}

/** Whether the text before a period ends in a number that may be an ordinal (see `ordinalAfterWord`). */
function ordinal(before: string): boolean {
  const word = ordinalAfterWord.exec(before)?.[1].toLowerCase()
  return word !== undefined && (determiners.has(word) || prepositions.has(word))
}

/** Whether the text before a period ends in a number and a short capitalized word other than a month (`16 Msec`). */
function capitalizedUnit(before: string): boolean {
  const word = capitalizedAfterNumber.exec(before)?.[1].toLowerCase()
  return word !== undefined && !Object.hasOwn(englishMonths, word)
}

/**
 * Whether `word`, lowercase after a sentence's period at `at`, is a term talked about: the word the
 * period closes (`it is called main. main returns`), or one the closing sentence introduced as a
 * term, a name of code or a word (`the command git status. git then shows`). Not a function word,
 * and not a noun said again (`the war ended in 1945. war crimes`: a slip). The sentence is read back
 * a bounded way: a paragraph without periods stays linear.
 */
function termOfSentence(value: string, at: number, before: string, word: string | undefined): boolean {
  if (!word || functionWords.has(word)) return false
  if (word === before) return true
  const window = value.slice(Math.max(0, at - sentenceReach), at)
  const sentence = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1)
  for (let from = sentence.indexOf(word); from !== -1; from = sentence.indexOf(word, from + 1)) {
    const end = from + word.length
    if (wordCharAtEnd.test(sentence.slice(Math.max(0, from - 2), from)) || wordCharAtStart.test(sentence.slice(end, end + 2))) continue
    const introducing = sentence.slice(Math.max(0, from - 40), from).toLowerCase().match(letterWords)?.slice(-3) ?? []
    if (introducing.some((previous) => termNouns.has(previous))) return true
  }
  return false
}

/** Whether, of the paragraph's lines after a sentence's end, at least two and most start in lowercase. */
function lowercaseLinesAreTheRule(value: string): boolean {
  let lowercase = 0
  let other = 0
  // Only lines after one that ends a sentence: a hard-wrapped paragraph goes on in lowercase.
  for (const [, first] of value.matchAll(lineStart)) {
    if (lowercaseLetter.test(first)) lowercase++
    else other++
  }
  return lowercase >= 2 && lowercase > other
}

const opensSentence = (word: string | undefined) => word !== undefined && sentenceOpeners.has(word)

/** Whether the text before `at`, past white space, ends in a colon. */
function afterColon(text: string, at: number): boolean {
  let index = at - 1
  while (index >= 0 && /\s/.test(text[index])) index--
  return text[index] === ':'
}

/** Whether only spaces or tabs stand between the start of the line and `at`. */
function startsLine(value: string, at: number): boolean {
  let index = at - 1
  while (index >= 0 && (value[index] === ' ' || value[index] === '\t')) index--
  return index < 0 || value[index] === '\n' || value[index] === '\r'
}
