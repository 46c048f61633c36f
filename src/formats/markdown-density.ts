import type {Code, Construct, Effects, Event, Extension, State, TokenizeContext} from 'micromark-util-types'

/**
 * The marks micromark pairs up by walking back through a paragraph's tokens and splicing its token
 * list: `*` and `_` (emphasis), `~` (strikethrough), `[`, `]` and `!` (links, images, footnote
 * calls); a paragraph made of them takes time of their number times its length (a megabyte of `*a* `
 * ran past a minute, of `] ` longer still). And the marks of other markup, each some tokens and
 * 50–100 µs of micromark's time (a megabyte of `` `a` `` took 9 s): `` ` `` (code), `&` (character
 * references), `\\` (escapes), `<` (autolinks, HTML).
 */
const markCodes = [33, 38, 42, 60, 91, 92, 93, 95, 96, 126] as const
const graveAccent = 96

/**
 * How many marks, and runs of text split by other markup, a paragraph may have before the rest of
 * it is left unparsed. No article's paragraph has a tenth of it.
 */
export const maxMarks = 1000
/**
 * How many tokens micromark may walk back over or move, summed over a paragraph's marks and runs
 * (each counts the tokens before it): fewer of them among a great many other tokens cost as much.
 */
export const maxWalk = 20_000_000

interface Density {
  marks: number
  walk: number
}

/** What `markdownDensityGuard` gives: the extension, and where it found paragraphs too dense. */
export interface DensityGuard {
  extension: Extension
  /** An offset (of the parsed text) inside each paragraph, heading or table cell found too dense, in order. */
  dense: number[]
}

/**
 * A micromark extension that keeps micromark's inline parse of each paragraph (each heading, each
 * table cell: each text tokenizer) linear, and leaves the tree of an ordinary paragraph as it was.
 * micromark's costs that grow with a paragraph's length are counted as the paragraph is read:
 *
 * - each emphasis or link mark (see `markCodes`), which micromark may walk back from and splice;
 * - each run of text tokens that follows other markup (a code span, an entity, an autolink, a link)
 *   and is split in several tokens (at each word, where GFM looks for an e-mail address): micromark
 *   merges each run with a splice of the paragraph's token list, so 100 KB of `` `a` ab `` took 7 s,
 *   a megabyte of `a@b.c ab ` 90 s.
 *
 * Up to `maxMarks` of them, and `maxWalk` tokens behind them, are read as micromark reads them.
 * From the one past either limit on, the paragraph is too dense: the rest of it is one token, read
 * as inline HTML (an `html` node holding the source), not as text, which GFM would search for
 * autolinks again (a megabyte of e-mail addresses overflows its stack); the emphasis and
 * strikethrough marks already read are text (links already closed stay links). Its constructs
 * run before the others of their marks: it must be the last extension given to micromark.
 */
export function markdownDensityGuard(): DensityGuard {
  const dense: number[] = []
  const densities = new WeakMap<TokenizeContext, Density>()

  /** Count a mark or a run; when the paragraph is now too dense, read the rest of it as one inline HTML token. */
  function guard(context: TokenizeContext, effects: Effects, ok: State, nok: State, code: Code): State | undefined {
    let density = densities.get(context)
    if (!density) densities.set(context, (density = {marks: 0, walk: 0}))
    density.marks++
    density.walk += context.events.length
    if (density.marks <= maxMarks && density.walk <= maxWalk) return nok(code)
    // Past the bound: this guard reads the rest of the paragraph, so it runs here once a paragraph.
    unpair(context.events)
    dense.push(context.now().offset)
    effects.enter('htmlText')
    return rest(code)

    /**
     * The rest of the paragraph, one token a line, its line endings and line prefixes apart, as
     * micromark splits inline HTML: it maps each line back to its place (in a block quote, a list) by them.
     */
    function rest(code: Code): State | undefined {
      if (code === null) {
        effects.exit('htmlText')
        return ok(code)
      }
      if (isLineEnding(code)) {
        effects.enter('lineEnding')
        effects.consume(code)
        effects.exit('lineEnding')
        return linePrefix
      }
      effects.enter('htmlTextData')
      return data(code)
    }

    function data(code: Code): State | undefined {
      if (code === null || isLineEnding(code)) {
        effects.exit('htmlTextData')
        return rest(code)
      }
      effects.consume(code)
      return data
    }

    function linePrefix(code: Code): State | undefined {
      if (!isSpace(code)) return rest(code)
      effects.enter('linePrefix')
      return prefix(code)
    }

    function prefix(code: Code): State | undefined {
      if (!isSpace(code)) {
        effects.exit('linePrefix')
        return rest(code)
      }
      effects.consume(code)
      return prefix
    }
  }

  function tokenizeMark(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code) => guard(this, effects, ok, nok, code)
  }

  /**
   * Tried where no other construct started (at a word, in GFM): counts a run of text tokens the
   * first time it is split, when the text token just ended follows markup.
   */
  function tokenizeRun(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    return (code) => {
      const {events} = this
      const last = events[events.length - 1]
      const before = events[events.length - 3]
      const runStarts = last?.[0] === 'exit' && last[1].type === 'data' && before !== undefined && !(before[0] === 'exit' && before[1].type === 'data')
      return runStarts ? guard(this, effects, ok, nok, code) : nok(code)
    }
  }

  const mark: Construct = {name: 'mtlintMarkGuard', tokenize: tokenizeMark}
  // Where micromark starts no code span (after a backtick), the guard is not tried either: a
  // construct tried there makes the backtick a place where the code span is tried too.
  const codeMark: Construct = {...mark, previous: codeTextMayStart}
  const run: Construct = {name: 'mtlintRunGuard', tokenize: tokenizeRun}
  const text: Extension['text'] = {null: run}
  for (const code of markCodes) text[code] = code === graveAccent ? codeMark : mark
  return {extension: {text}, dense}
}

/** Whether micromark may start a code span after `code`: as its code span construct's own `previous`. */
function codeTextMayStart(this: TokenizeContext, code: Code): boolean {
  return code !== graveAccent || this.events[this.events.length - 1][1].type === 'characterEscape'
}

/** micromark's codes for `\r\n`, `\n` and `\r`. */
const isLineEnding = (code: Code) => code !== null && code < -2
/** micromark's codes for a tab, the virtual spaces after one, and a space. */
const isSpace = (code: Code) => code === -2 || code === -1 || code === 32

/**
 * Make the emphasis and strikethrough marks read so far text, as micromark does with the marks it
 * leaves unpaired: its resolvers then walk back for no partner.
 */
function unpair(events: readonly Event[]): void {
  for (const [, token] of events) {
    if (token.type === 'attentionSequence' || token.type === 'strikethroughSequenceTemporary') token.type = 'data'
  }
}
