import {defineRule} from '../src/define-rule.js'
import {
  anyDoubleQuote,
  anySingleQuote,
  blockAnalysis,
  curlyDouble,
  quoteBlocks,
  roleDecided,
  singleQuoteShape,
  singleQuotes,
  straightRolesDecided
} from './data/quotes.js'
import type {Direction, SingleShape} from './data/quotes.js'

export interface Options {
  /** `auto`: the style most marks of the article use; `curly` or `straight`: require that style. */
  style: 'auto' | 'curly' | 'straight'
}

type Style = 'curly' | 'straight'

/** A double quote mark of the article (inch marks left out). */
interface DoubleSeen {
  /** Absolute offset. */
  from: number
  char: string
  /** The role from the pairing, when it can be trusted. */
  role?: 'open' | 'close'
  position: Direction
}

/** A single quote mark or apostrophe of the article (primes left out). */
interface SingleSeen {
  from: number
  char: string
  shape: SingleShape
  /** Its paragraph also holds a straight single quote of unknown shape (`'Hello,'`). */
  unsure: boolean
}

/** A straight single quote before a word that is no known elision: an opening `‘` or an apostrophe. */
const singleChoices = ['‘', '’']

type MessageId = 'straightDouble' | 'curlyDouble' | 'straightSingle' | 'curlySingle'

/** A double or a single quote mark, straight or curly: every mark the rule can report is one. */
const anyQuote = new RegExp(`${anyDoubleQuote.source}|${anySingleQuote.source}`)

export default defineRule<MessageId, Options>({
  id: 'quote-style',
  category: 'quotes',
  fix: 'safe',
  trigger: anyQuote,
  description: 'Flags straight and curly quotes (and apostrophes) mixed in one article',
  messages: {
    straightDouble: 'Unexpected straight quote `"` in an article with {style} quotes, expected `{expected}`',
    curlyDouble: 'Unexpected curly quote `{actual}` in an article with {style} quotes, expected `"`',
    straightSingle: "Unexpected straight `'` in an article with {style} apostrophes, expected `{expected}`",
    curlySingle: "Unexpected curly `{actual}` in an article with {style} apostrophes, expected `'`"
  },
  defaultOptions: {style: 'auto'},
  schema: {style: {type: 'enum', values: ['auto', 'curly', 'straight']}},
  create(context) {
    const {text, options} = context

    /** The style to require: the option, or the majority (none when the article does not mix). */
    function target(curly: number, straight: number): {style: Style; sure: boolean} | undefined {
      if (options.style !== 'auto') return {style: options.style, sure: true}
      if (curly === 0 || straight === 0) return undefined
      return {style: curly >= straight ? 'curly' : 'straight', sure: curly !== straight}
    }

    function report(messageId: MessageId, from: number, expected: string[], safe: boolean, style: Style) {
      if (context.isProtected(from, from + 1)) return
      context.report({
        messageId,
        data: {style, actual: text[from], expected: expected.join('` or `')},
        from,
        to: from + 1,
        expected,
        safe
      })
    }

    return {
      RootNode() {
        const doubles = collectDoubles(text)
        const curlyDoubles = doubles.filter((mark) => mark.char !== '"').length
        const doubleStyle = target(curlyDoubles, doubles.length - curlyDoubles)
        if (doubleStyle) {
          for (const mark of doubles) {
            if ((mark.char === '"') === (doubleStyle.style === 'straight')) continue
            if (mark.char === '"') {
              const {expected, safe} = curlyFor(mark)
              report('straightDouble', mark.from, expected, safe && doubleStyle.sure, 'curly')
            } else {
              report('curlyDouble', mark.from, ['"'], doubleStyle.sure, 'straight')
            }
          }
        }

        const singles = collectSingles(text)
        const curlySingles = singles.filter((mark) => mark.char !== "'").length
        const singleStyle = target(curlySingles, singles.length - curlySingles)
        if (singleStyle) {
          for (const mark of singles) {
            if ((mark.char === "'") === (singleStyle.style === 'straight')) continue
            if (mark.char === "'") {
              // A mark after a word may close a quotation whose opening mark is unknown: keep the pair together.
              const expected = mark.shape === 'unknown' ? singleChoices : ['’']
              const safe = singleStyle.sure && !(mark.shape === 'closing' && mark.unsure)
              report('straightSingle', mark.from, expected, safe, 'curly')
            } else {
              report('curlySingle', mark.from, ["'"], singleStyle.sure, 'straight')
            }
          }
        }
      }
    }
  }
})

function collectDoubles(text: string): DoubleSeen[] {
  const doubles: DoubleSeen[] = []
  for (const block of quoteBlocks(text, anyDoubleQuote)) {
    const {from, value} = block
    const analysis = blockAnalysis(block)
    const decided = straightRolesDecided(analysis)
    for (const mark of analysis.marks) {
      const role = roleDecided(analysis, mark, decided) ? mark.role : undefined
      doubles.push({from: from + mark.index, char: mark.char, role, position: mark.position})
    }
  }
  return doubles
}

function collectSingles(text: string): SingleSeen[] {
  const singles: SingleSeen[] = []
  for (const {from, value} of quoteBlocks(text, anySingleQuote)) {
    const first = singles.length
    let unsure = false
    for (const match of value.matchAll(singleQuotes)) {
      const char = match[0]
      const shape = char === "'" ? singleQuoteShape(value, match.index) : 'apostrophe'
      if (shape === 'prime') continue
      if (shape === 'unknown') unsure = true
      singles.push({from: from + match.index, char, shape, unsure: false})
    }
    if (unsure) for (let at = first; at < singles.length; at++) singles[at].unsure = true
  }
  return singles
}

/**
 * The curly mark for a straight one: from the pairing when it can be trusted (safe if the position
 * agrees, a suggestion if the mark sits on the wrong side of its space), else from the position
 * alone (a suggestion), else both shapes.
 */
function curlyFor(mark: DoubleSeen): {expected: string[]; safe: boolean} {
  if (mark.role) {
    return {expected: [curlyDouble(mark.role)], safe: mark.position === 'either' || mark.position === mark.role}
  }
  if (mark.position !== 'either') return {expected: [curlyDouble(mark.position)], safe: false}
  return {expected: ['“', '”'], safe: false}
}
