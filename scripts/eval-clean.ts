/**
 * False positives on clean, edited prose: lints the State of the Union addresses with the
 * recommended preset and prints flags per 1,000 words, in all and per rule.
 * Usage: npm run eval:clean [-- --show rule-id]   (--show prints every flag of that rule in context)
 */
import {lint} from '../src/processor.js'
import {countWords, loadSotu, perThousand} from './corpus.js'

const showIndex = process.argv.indexOf('--show')
const show = showIndex === -1 ? undefined : process.argv[showIndex + 1]

const addresses = loadSotu()
let words = 0
const perRule = new Map<string, number>()
for (const {name, text} of addresses) {
  words += countWords(text)
  for (const message of lint(text).messages) {
    const id = message.ruleId ?? 'unknown'
    perRule.set(id, (perRule.get(id) ?? 0) + 1)
    if (id === show) {
      const offset = message.place && 'start' in message.place ? message.place.start.offset! : 0
      const context = text.slice(Math.max(0, offset - 40), offset + 40).replace(/\s+/g, ' ')
      console.log(`${name}: ${message.reason} … ${context} …`)
    }
  }
}

const total = [...perRule.values()].reduce((sum, count) => sum + count, 0)
console.log(`State of the Union addresses: ${addresses.length} files, ${words} words`)
console.log(`recommended preset: ${total} flags, ${perThousand(total, words)} per 1,000 words (target: at most 0.5)`)
for (const [id, count] of [...perRule].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${id.padEnd(34)} ${String(count).padStart(6)}  ${perThousand(count, words)} per 1,000 words`)
}
