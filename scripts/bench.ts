/**
 * Throughput of mtlint's recommended preset against the stock retext stack (retext-english with
 * retext-repeated-words, retext-quotes, retext-sentence-spacing and retext-contractions), in the
 * same run on the same texts: the machine translations of the WMT22 corpus.
 * Usage: npm run bench [-- --rounds N]
 */
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {createProcessor} from '../src/processor.js'
import {isReference, loadWmt22} from './corpus.js'
import {stockStack} from './stock-stack.js'

const roundsIndex = process.argv.indexOf('--rounds')
const rounds = roundsIndex === -1 ? 5 : Number(process.argv[roundsIndex + 1])

const texts = loadWmt22()
  .filter((document) => !isReference(document))
  .map((document) => document.text)
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6

const stacks = {
  mtlint: createProcessor(),
  'retext stack': stockStack
}

function lintAll(processor: (typeof stacks)[keyof typeof stacks]): number {
  let messages = 0
  for (const text of texts) {
    const file = new VFile(text)
    processor.runSync(processor.parse(file) as Root, file)
    messages += file.messages.length
  }
  return messages
}

console.log(`${texts.length} machine-translated documents, ${megabytes.toFixed(2)} MB; best of ${rounds} rounds`)
const best = new Map<string, number>()
for (let round = 0; round < rounds; round++) {
  // Alternate the order so neither stack always runs on a warmer or colder process.
  const order = round % 2 === 0 ? (['mtlint', 'retext stack'] as const) : (['retext stack', 'mtlint'] as const)
  for (const name of order) {
    const started = performance.now()
    lintAll(stacks[name])
    const seconds = (performance.now() - started) / 1000
    best.set(name, Math.min(best.get(name) ?? Infinity, seconds))
  }
}

const speed = (name: string) => megabytes / best.get(name)!
for (const name of Object.keys(stacks)) {
  console.log(`${name.padEnd(14)} ${best.get(name)!.toFixed(2)} s  ${speed(name).toFixed(2)} MB/s`)
}
console.log(`mtlint is ${(speed('mtlint') / speed('retext stack')).toFixed(2)} times as fast as the retext stack (target: at least 4)`)
