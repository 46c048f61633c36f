import type {Paragraph} from 'nlcst'
import {defineRule} from '../src/define-rule.js'
import {articles, auxiliaries, determiners, functionWords, prepositions} from './data/function-words.js'
import {affixNouns, endingVerbs, optionNouns, optionWords, signedQuantities, suffixes} from './data/hyphen-words.js'
import {englishTens, englishUnits} from './data/numerals.js'
import {knownWord} from './lib/known-word.js'
import {standsAlone} from './lib/mentioned-mark.js'
import {tokensOf} from './lib/tokens.js'
import type {Token, Tokens} from './lib/tokens.js'

/** A hyphen (not `--`, not a dash). */
const hyphens: ReadonlySet<string> = new Set(['-', '‐'])
/** A word that starts with a letter: a minus sign (`-5`) does not. */
const letterStart = /^\p{L}/u
/** Marks that end a sentence or clause: a hyphen after one and a space may be a bullet of a flattened list. */
const clauseEnd = /^[.;:,?!]["”’)\]]*$/
/** Words that cannot end a phrase: a hyphen after them cannot be a dash. */
const phraseOpeners: ReadonlySet<string> = new Set([...articles, ...determiners, ...prepositions, ...auxiliaries])
const sentenceMark = /^[.?!…]+$/
const capital = /^\p{Lu}/u
/** The longest heading after a bullet: `International Relations and National Security`. */
const maxHeadingWords = 5
const closingMark = /^["”’')\]]+$/
/** How close (in characters) bullet-like hyphens must be to count as one flattened list. */
const listWindow = 600
/** The longest command-line option written with one hyphen that reads as one (`-v`, `-rf`). */
const shortOption = 2
/**
 * A word no slip makes: with a digit (`-Xmx512m`, `-O2`), a capital after a lowercase letter
 * (`-noExit`), or lowercase consonants alone (`-xzf`; `y` counts as a vowel): an option or code.
 */
const codeWord = /\p{N}|\p{Ll}\p{Lu}|^[bcdfghjklmnpqrstvwxz]+$/u
/** A word of lower case letters alone: one the word list does not know is an option, not a slip. */
const lowercaseLetters = /^\p{Ll}+$/u

export default defineRule({
  id: 'stray-hyphen',
  category: 'punctuation',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags a hyphen glued to the start of a word after a space, as in `competition. -United` or `plans to -expand`',
  trigger: /[-‐]/,
  messages: {
    stray: 'Unexpected `-` before `{word}`, remove it'
  },
  create(context) {
    /** A hyphen glued to the start of a word, with a space (on the same line) before it. */
    function strayWord(tokens: Tokens, hyphen: Token): Token | undefined {
      if (hyphen.kind !== 'mark' || !hyphens.has(hyphen.value)) return undefined
      const word = tokens.adjacent(hyphen, 1)
      const space = tokens.adjacent(hyphen, -1)
      if (word?.kind !== 'word' || !letterStart.test(word.value)) return undefined
      // At the start of a line or paragraph: a list bullet.
      if (space?.kind !== 'space' || space.lineBreak) return undefined
      return word
    }

    /** Whether a sentence's final mark (maybe before closing quotes or brackets) comes right before the hyphen. */
    function sentenceEndBefore(tokens: Tokens, hyphen: Token): boolean {
      for (let token = tokens.previous(hyphen); token?.kind === 'mark'; token = tokens.previous(token)) {
        if (sentenceMark.test(token.value)) return true
        if (!closingMark.test(token.value)) return false
      }
      return false
    }

    /** Whether the words from `first` to the next period are a short heading in title case (`Space Policy.`). */
    function isHeading(tokens: Tokens, first: Token): boolean {
      let count = 0
      for (let token: Token | undefined = first; token; token = tokens.next(token)) {
        if (token.kind !== 'word') return count > 0 && (token.value === '.' || token.value === ':')
        // Title case: capitals, and small words between them (`Relations and National Security`).
        if (!(capital.test(token.core) || (count > 0 && functionWords.has(token.lower))) || ++count > maxHeadingWords) return false
        if (token.value.endsWith('.')) return true
      }
      return false
    }

    /**
     * A command-line option in prose: `-v`, `ls -la`, `the -verbose flag`, `-x -y`, `-Xmx512m`, a
     * word in lower case that is no English word (`-printf`, `-mtime`), or after a mark standing
     * alone, a command's argument (`find . -name`).
     */
    function isOption(tokens: Tokens, hyphen: Token, word: Token): boolean {
      if (word.core.length <= shortOption && word.core === word.lower && !functionWords.has(word.lower)) return true
      if (codeWord.test(word.core) || optionWords.has(word.core)) return true
      if (lowercaseLetters.test(word.core) && knownWord(word.core) === false) return true
      const after = tokens.next(word, {sameLine: true})
      if (after?.kind === 'word' && optionNouns.has(after.lower)) return true
      const argument = tokens.previous(hyphen, {sameLine: true})
      if (argument?.kind === 'mark' && standsAlone(context.text, argument.from, argument.to)) return true
      const neighbour = (token: Token | undefined) => token?.kind === 'mark' && (token.value === '--' || hyphens.has(token.value))
      const before = tokens.previous(hyphen, {sameLine: true})
      // The last of a run (`-x -y`, `-a -a -a`) has an option before it: a word glued to a hyphen.
      const optionBefore = before?.kind === 'word' && neighbour(tokens.adjacent(before, -1))
      return neighbour(tokens.next(word, {sameLine: true})) || neighbour(before) || optionBefore
    }

    /** A word's ending mentioned with its hyphen: `the suffix -ism`, `ends in -ough`. */
    function isMentionedAffix(tokens: Tokens, hyphen: Token): boolean {
      const before = tokens.previous(hyphen, {sameLine: true})
      if (before?.kind !== 'word') return false
      if (affixNouns.has(before.lower)) return true
      const verb = before.lower === 'in' ? tokens.previous(before, {sameLine: true}) : undefined
      return verb?.kind === 'word' && endingVerbs.has(verb.lower)
    }

    /** A hyphen glued to the end of a later word of the sentence, before a space: the two make a dash pair (`the vote -a formality- passed`). */
    function closesLater(tokens: Tokens, hyphen: Token): boolean {
      for (let at = hyphen.index + 1; at + 1 < tokens.list.length && tokens.list[at].sentence === hyphen.sentence; at++) {
        const token = tokens.list[at]
        const glued = hyphens.has(token.value) && tokens.list[at - 1].kind === 'word'
        // `formality-` is one word to the parser, its hyphen a trailing mark.
        const trailing = token.kind === 'word' && hyphens.has(token.value.slice(-1))
        if ((glued || trailing) && tokens.list[at + 1].kind === 'space') return true
      }
      return false
    }

    return {
      ParagraphNode(node: Paragraph) {
        const value = context.source(node)
        if (!value.includes('-') && !value.includes('‐')) return
        const tokens = tokensOf(node, context.text)
        const found: Array<{hyphen: Token; word: Token}> = []
        for (const hyphen of tokens.list) {
          const word = strayWord(tokens, hyphen)
          if (word) found.push({hyphen, word})
        }
        // Hyphens after a clause's end, close together, are the bullets of a list whose line breaks
        // were lost (`We will act. -First, cut taxes. -Second, build roads.`): deleting them would not repair it.
        const bullets = tokens.list.filter((hyphen) => {
          if (!hyphens.has(hyphen.value) || !letterStart.test(tokens.adjacent(hyphen, 1)?.value ?? '')) return false
          const before = tokens.adjacent(hyphen, -1)
          return before === undefined || before.lineBreak || (before.kind === 'space' && clauseEnd.test(tokens.previous(hyphen)?.value ?? ''))
        })
        for (const {hyphen, word} of found) {
          if (suffixes.has(word.lower) || isMentionedAffix(tokens, hyphen) || isMinusSign(word)) continue
          if (isOption(tokens, hyphen, word) || closesLater(tokens, hyphen)) continue
          if (bullets.some((other) => other !== hyphen && Math.abs(other.from - hyphen.from) < listWindow)) continue
          // `… the Gulf. -Space Policy. The Administration …`: a bullet before a heading in title case.
          if (sentenceEndBefore(tokens, hyphen) && isHeading(tokens, word)) continue
          const before = tokens.previous(hyphen)
          // After a sentence's end (`competition. -United`) or a word that cannot end a phrase (`plans
          // to -expand`, `a -new factory`, `was -already`), the hyphen has no job. After any other
          // word it may be a dash that lost its space (`hard work -the readiness to sacrifice`): a
          // person decides.
          const stray =
            before === undefined ||
            before.sentence !== hyphen.sentence ||
            sentenceEndBefore(tokens, hyphen) ||
            (before.kind === 'word' && phraseOpeners.has(before.lower))
          // One letter (`is -a`, `of -x`) is a variable or an option as often as a slipped article.
          const letter = word.core.length === 1
          context.report({
            messageId: 'stray',
            data: {word: word.core},
            from: hyphen.from,
            to: hyphen.to,
            expected: [''],
            ...(stray && !letter ? {} : {safe: false})
          })
        }
      }
    }
  }
})

/** A minus sign before a quantity in words: `-five`, `-forty`, `-infinity`, `-inf`. */
function isMinusSign(word: Token): boolean {
  return englishUnits[word.lower] !== undefined || englishTens[word.lower] !== undefined || signedQuantities.has(word.lower)
}
