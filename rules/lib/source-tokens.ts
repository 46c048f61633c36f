/**
 * What a translation must carry over from its source unchanged: URLs, e-mail addresses, hashtags,
 * handles, file names and placeholders (`source-verbatim`), and names in Latin script in a source
 * written in another script (`source-name`).
 */
import {latinUnits} from '../data/source-names.js'

export type VerbatimKind = 'URL' | 'e-mail address' | 'hashtag' | 'handle' | 'file name' | 'placeholder' | 'code'

export interface VerbatimToken {
  kind: VerbatimKind
  value: string
  /** Offsets in the text searched. */
  from: number
  to: number
}

/** Each pattern matches one token; earlier kinds win where two overlap (an e-mail address holds a handle). */
const verbatimPatterns: ReadonlyArray<readonly [VerbatimKind, RegExp]> = [
  ['URL', /\b(?:https?:\/\/|www\.)[\x21-\x7e]+/g],
  // Bounded, so that a long run of `a.a.a` without an `@` costs linear time.
  ['e-mail address', /\b[\w.+-]{1,64}@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+/g],
  ['hashtag', /(?<![\w&#])#[A-Za-z][A-Za-z\d_]*/g],
  ['handle', /(?<![\w.@])@[A-Za-z\d_]{2,}/g],
  ['file name', /\b[\w-]{1,128}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|gif|zip|csv|txt|json|xml|mp[34]|exe)\b/gi],
  ['code', /`[^`\n]+`/g],
  ['placeholder', /\{\{?[\w.$-]+\}\}?|%(?:\d+\$)?[sd@]|<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/g]
]

/** Marks that end a sentence or close a bracket, not a URL. */
const trailing = /[.,;:!?)\]}'"”’>]+$/

export function verbatimTokens(text: string): VerbatimToken[] {
  const tokens: VerbatimToken[] = []
  for (const [kind, pattern] of verbatimPatterns) {
    for (const match of text.matchAll(pattern)) {
      let value = match[0]
      if (kind === 'URL' || kind === 'e-mail address' || kind === 'file name') value = value.replace(trailing, '')
      const from = match.index
      const to = from + value.length
      if (tokens.some((token) => token.from < to && from < token.to)) continue
      tokens.push({kind, value, from, to})
    }
  }
  return tokens.sort((a, b) => a.from - b.from)
}

const nonLatinLetter = /(?!\p{Script=Latin})\p{L}/gu
const latinLetter = /\p{Script=Latin}/gu
/** Words in Latin script, with the marks names hold inside (`CanCam.jp`, `AT&T`, `Yahoo!`), joined by single spaces. */
const latinRun = /[A-Za-z][\w.&'’!+-]*(?: [A-Za-z\d][\w.&'’!+-]*)*/gu

/** Whether a text is written mostly in scripts other than Latin (so that Latin words in it are names, not its language). */
export function isNonLatin(text: string): boolean {
  return (text.match(nonLatinLetter)?.length ?? 0) > (text.match(latinLetter)?.length ?? 0)
}

/** The names in Latin script of a source written in another script: runs of two letters or more, without units or verbatim tokens. */
export function latinNames(text: string): string[] {
  const names: string[] = []
  // URLs, addresses, handles and the like are for source-verbatim.
  const masked = verbatimPatterns.reduce((rest, [, pattern]) => rest.replace(pattern, ' '), text)
  for (const match of masked.matchAll(latinRun)) {
    const name = match[0].replace(/[.'’!+-]+$/u, '')
    if (name.replace(/[^A-Za-z]/g, '').length < 2) continue
    if (latinUnits.has(name.toLowerCase())) continue
    names.push(name)
  }
  return names
}
