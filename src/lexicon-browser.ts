import type {Lexicon} from './lexicon.js'

/**
 * The playground's stand-in for `src/lexicon.ts` (`web/vite.config.ts` puts it in place): the word
 * list is 2.8 MB, too much to send to a page for the few articles that need it. Rules asking about
 * a word then get `undefined` and keep the suggestion they make without one.
 */
export function loadLexicon(): Lexicon | undefined {
  return undefined
}
