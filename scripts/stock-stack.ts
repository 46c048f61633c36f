/**
 * The yardstick of the benchmarks: the stock retext stack, retext-english with
 * retext-repeated-words, retext-quotes, retext-sentence-spacing and retext-contractions.
 */
import retextContractions from 'retext-contractions'
import retextEnglish from 'retext-english'
import retextQuotes from 'retext-quotes'
import retextRepeatedWords from 'retext-repeated-words'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {unified} from 'unified'

export const stockStack = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextQuotes)
  .use(retextSentenceSpacing)
  .use(retextContractions)
  .freeze()
