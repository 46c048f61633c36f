/**
 * The source-* rules on WMT21 (../shared/corpus/wmt21: news with its source, human references and
 * machine output, aligned by layout): flags per 1,000 words on the references and on the machine
 * output, per rule. Only the source-* rules of the preset run (`recommended` by default).
 * Usage: npm run eval:source [-- --preset strict] [-- --show rule-id] [-- --on ref|mt] [-- --sample n] [-- --seed n]
 *   --show prints the flags of one rule (`all`: of every rule), with the source and the flagged
 *   segment: on the references by default, or a seeded random sample of n flags.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../rules/index.js'
import {presets, severityIn} from '../src/presets.js'
import type {PresetName} from '../src/presets.js'
import {createProcessor} from '../src/processor.js'
import {countWords, isWmt21Reference, loadWmt21, perThousand, requireCorpus} from './corpus.js'
import type {Wmt21Document} from './corpus.js'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const show = argument('--show')
const on = argument('--on') ?? 'ref'
const sample = Number(argument('--sample') ?? 0)
let seed = Number(argument('--seed') ?? 1)

requireCorpus('wmt21')
const preset = (argument('--preset') ?? 'recommended') as PresetName
const sourceRules = rules.filter((rule) => rule.id.startsWith('source-') && severityIn(presets[preset], rule.id) !== 'off').map((rule) => rule.id)
const processor = createProcessor({preset: 'none', rules: Object.fromEntries(sourceRules.map((id) => [id, 'warn']))})

function lintDocument(document: Wmt21Document): VFileMessage[] {
  const file = new VFile(document.text)
  file.data.mtlintSource = {text: document.source}
  processor.runSync(processor.parse(file), file)
  return file.messages
}

interface Flag {
  document: Wmt21Document
  message: VFileMessage
}

const tally = {ref: {words: 0, flags: new Map<string, number>()}, mt: {words: 0, flags: new Map<string, number>()}}
const shown: Flag[] = []
for (const document of loadWmt21()) {
  const side = isWmt21Reference(document) ? tally.ref : tally.mt
  side.words += countWords(document.text)
  for (const message of lintDocument(document)) {
    const id = message.ruleId ?? 'crash'
    side.flags.set(id, (side.flags.get(id) ?? 0) + 1)
    if (show && (id === show || show === 'all') && side === (on === 'mt' ? tally.mt : tally.ref)) shown.push({document, message})
  }
}

/** A seeded shuffle (mulberry32), so that a sample can be read again. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

if (show) {
  let flags = shown
  if (sample > 0) {
    flags = [...shown]
    for (let index = flags.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[flags[index], flags[other]] = [flags[other], flags[index]]
    }
    flags = flags.slice(0, sample)
  }
  flags.forEach(({document, message}, index) => {
    const line = message.line ?? 1
    const targetLines = document.text.split('\n')
    const sourceLines = document.source.split('\n')
    console.log(`#${index + 1} ${document.pair} ${document.doc} ${document.system} ${line}:${message.column}`)
    console.log(`  ${message.ruleId}: ${message.reason}`)
    console.log(`  source: ${sourceLines[line - 1]}`)
    console.log(`  target: ${targetLines[line - 1]}`)
  })
}

const ids = [...new Set([...tally.ref.flags.keys(), ...tally.mt.flags.keys(), ...sourceRules])].sort()
console.log(`WMT21 with sources: ${tally.ref.words} words of references, ${tally.mt.words} words of machine output`)
console.log('rule'.padEnd(24), 'ref flags', 'ref /1k', ' mt flags', ' mt /1k', 'mt/ref')
const row = (id: string, ref: number, mt: number) => {
  const refRate = (ref * 1000) / tally.ref.words
  const mtRate = (mt * 1000) / tally.mt.words
  console.log(id.padEnd(24), String(ref).padStart(9), perThousand(ref, tally.ref.words).padStart(7), String(mt).padStart(9), perThousand(mt, tally.mt.words).padStart(7), (refRate ? (mtRate / refRate).toFixed(1) : '∞').padStart(6))
}
for (const id of ids) row(id, tally.ref.flags.get(id) ?? 0, tally.mt.flags.get(id) ?? 0)
const sum = (flags: Map<string, number>) => [...flags.values()].reduce((a, b) => a + b, 0)
row('all', sum(tally.ref.flags), sum(tally.mt.flags))
