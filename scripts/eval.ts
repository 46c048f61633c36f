/**
 * Quality of the recommended preset on real machine translation (see ../shared/corpus/README.md):
 *  1. MQM (ted-zhen.tsv): recall of the annotated Fluency/Punctuation spans, by kind, and the share
 *     of flags that land on an annotated span of any category;
 *  2. WMT22: flags per 1,000 words on human references and on machine translations, per rule;
 *  3. State of the Union addresses: flags per 1,000 words, per rule.
 * Usage: npm run eval [-- --preset strict] [-- --show-misses kind] [-- --show-flags rule-id]
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import type {PresetName} from '../src/presets.js'
import {createProcessor} from '../src/processor.js'
import {VFile} from 'vfile'
import {corpusRoot, countWords, isReference, isWmt21Reference, loadSotu, loadWmt21, loadWmt22, perThousand} from './corpus.js'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const preset = (argument('--preset') ?? 'recommended') as PresetName
const showMisses = argument('--show-misses')
const showFlags = argument('--show-flags')
const processor = createProcessor({preset})

function lintText(text: string): VFileMessage[] {
  const file = new VFile(text)
  processor.runSync(processor.parse(file), file)
  return file.messages
}

function range(message: VFileMessage): [number, number] {
  const place = message.place && 'start' in message.place ? message.place : undefined
  return [place?.start.offset ?? 0, place?.end.offset ?? 0]
}

// 1. MQM -----------------------------------------------------------------------------------------
interface Span {
  from: number
  to: number
  category: string
}
interface Segment {
  text: string
  spans: Span[]
}

function loadMqm(): Map<string, Segment> {
  const segments = new Map<string, Segment>()
  const lines = readFileSync(path.join(corpusRoot, 'mqm', 'ted-zhen.tsv'), 'utf8').split('\n').slice(1)
  for (const line of lines) {
    if (!line) continue
    const [system, , docId, segId, , , target, category] = line.split('\t')
    const text = target.replace(/<\/?v>/g, '')
    const key = `${system}\t${docId}\t${segId}`
    let segment = segments.get(key)
    if (!segment) segments.set(key, (segment = {text, spans: []}))
    const open = target.indexOf('<v>')
    const close = target.indexOf('</v>')
    if (open !== -1 && close !== -1) segment.spans.push({from: open, to: close - 3, category})
  }
  return segments
}

/** Ranges touch or overlap, with one character of slack. */
const touches = (a: [number, number], b: Span) => a[0] <= b.to + 1 && a[1] >= b.from - 1
const maxFlagLength = 40

function punctuationKind(text: string): string {
  if (text.includes('--')) return 'double hyphen'
  if (text.includes('-')) return 'hyphen'
  if (/\d{4,}/.test(text)) return 'digit grouping'
  if (/["“”‘’']/.test(text)) return 'quotes'
  return 'other'
}

const segments = loadMqm()
const found = new Map<string, [number, number]>()
let flags = 0
let flagsOnSpans = 0
const flagsByRule = new Map<string, [number, number]>()
for (const segment of segments.values()) {
  const ranges = lintText(segment.text)
    .map((message) => ({rule: message.ruleId ?? '?', range: range(message), reason: message.reason}))
    .filter(({range}) => range[1] - range[0] <= maxFlagLength)
  for (const flag of ranges) {
    const hit = segment.spans.some((span) => touches(flag.range, span))
    flags++
    if (hit) flagsOnSpans++
    const counts = flagsByRule.get(flag.rule) ?? [0, 0]
    counts[0]++
    if (hit) counts[1]++
    flagsByRule.set(flag.rule, counts)
    if (showFlags === flag.rule) {
      console.log(`${hit ? 'HIT ' : 'MISS'} ${flag.reason} | ${segment.text.slice(Math.max(0, flag.range[0] - 30), flag.range[1] + 30)}`)
    }
  }
  for (const span of segment.spans) {
    if (span.category !== 'Fluency/Punctuation') continue
    const kind = punctuationKind(segment.text.slice(span.from, span.to))
    const counts = found.get(kind) ?? [0, 0]
    counts[0]++
    const hit = ranges.some((flag) => touches(flag.range, span))
    if (hit) counts[1]++
    else if (showMisses === kind) console.log(`missed: ${segment.text.slice(Math.max(0, span.from - 30), span.from)}[${segment.text.slice(span.from, span.to)}]${segment.text.slice(span.to, span.to + 30)}`)
    found.set(kind, counts)
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((part * 100) / whole).toFixed(1)}%`)
const [spansTotal, spansFound] = [...found.values()].reduce((sum, [total, hit]) => [sum[0] + total, sum[1] + hit], [0, 0])
console.log(`# Preset: ${preset}`)
console.log(`\n## MQM ted-zhen: ${segments.size} segments`)
console.log(`Fluency/Punctuation recall: ${spansFound}/${spansTotal} = ${percent(spansFound, spansTotal)} (target: at least 50%)`)
for (const [kind, [total, hit]] of [...found].sort((a, b) => b[1][0] - a[1][0])) {
  console.log(`  ${kind.padEnd(16)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ${percent(hit, total)}`)
}
console.log(`Flags on an annotated span: ${flagsOnSpans}/${flags} = ${percent(flagsOnSpans, flags)} (target: at least 50%)`)
for (const [rule, [total, hit]] of [...flagsByRule].sort((a, b) => b[1][0] - a[1][0])) {
  console.log(`  ${rule.padEnd(34)} ${String(hit).padStart(4)}/${String(total).padEnd(4)} ${percent(hit, total)}`)
}

// 2. WMT22 ---------------------------------------------------------------------------------------
interface Tally {
  words: number
  flags: Map<string, number>
}
const newTally = (): Tally => ({words: 0, flags: new Map()})
const tallies = {news: {reference: newTally(), machine: newTally()}, all: {reference: newTally(), machine: newTally()}}
for (const document of loadWmt22()) {
  const words = countWords(document.text)
  const messages = lintText(document.text)
  const side = isReference(document) ? 'reference' : 'machine'
  for (const scope of document.domain === 'news' ? (['news', 'all'] as const) : (['all'] as const)) {
    const tally = tallies[scope][side]
    tally.words += words
    for (const message of messages) tally.flags.set(message.ruleId ?? '?', (tally.flags.get(message.ruleId ?? '?') ?? 0) + 1)
  }
}
const total = (tally: Tally) => [...tally.flags.values()].reduce((sum, count) => sum + count, 0)
for (const scope of ['news', 'all'] as const) {
  const {reference, machine} = tallies[scope]
  const referenceRate = (total(reference) * 1000) / reference.words
  const machineRate = (total(machine) * 1000) / machine.words
  console.log(`\n## WMT22, ${scope === 'news' ? 'news domain' : 'all domains'}: references ${reference.words} words, machine translations ${machine.words} words`)
  console.log(`references ${referenceRate.toFixed(3)}, machine ${machineRate.toFixed(3)} flags per 1,000 words; ratio ${(machineRate / referenceRate).toFixed(2)} (targets: references at most 2, ratio at least 2)`)
  const rules = new Set([...reference.flags.keys(), ...machine.flags.keys()])
  for (const rule of [...rules].sort()) {
    const r = reference.flags.get(rule) ?? 0
    const m = machine.flags.get(rule) ?? 0
    console.log(`  ${rule.padEnd(34)} references ${perThousand(r, reference.words).padStart(7)}  machine ${perThousand(m, machine.words).padStart(7)}`)
  }
}

// 2b. WMT21: news of 2021, data no rule was tuned on ------------------------------------------------
{
  const wmt21 = {reference: newTally(), machine: newTally()}
  for (const document of loadWmt21()) {
    const tally = isWmt21Reference(document) ? wmt21.reference : wmt21.machine
    tally.words += countWords(document.text)
    for (const message of lintText(document.text)) tally.flags.set(message.ruleId ?? '?', (tally.flags.get(message.ruleId ?? '?') ?? 0) + 1)
  }
  const referenceRate = (total(wmt21.reference) * 1000) / wmt21.reference.words
  const machineRate = (total(wmt21.machine) * 1000) / wmt21.machine.words
  console.log(`\n## WMT21 news: references ${wmt21.reference.words} words, machine translations ${wmt21.machine.words} words`)
  console.log(`references ${referenceRate.toFixed(3)}, machine ${machineRate.toFixed(3)} flags per 1,000 words; ratio ${(machineRate / referenceRate).toFixed(2)} (targets: references at most 0.5, ratio at least 5)`)
  const rules = new Set([...wmt21.reference.flags.keys(), ...wmt21.machine.flags.keys()])
  for (const rule of [...rules].sort()) {
    const r = wmt21.reference.flags.get(rule) ?? 0
    const m = wmt21.machine.flags.get(rule) ?? 0
    console.log(`  ${rule.padEnd(34)} references ${perThousand(r, wmt21.reference.words).padStart(7)}  machine ${perThousand(m, wmt21.machine.words).padStart(7)}`)
  }
}

// 3. SOTU ----------------------------------------------------------------------------------------
let sotuWords = 0
const sotuFlags = new Map<string, number>()
for (const {text} of loadSotu()) {
  sotuWords += countWords(text)
  for (const message of lintText(text)) sotuFlags.set(message.ruleId ?? '?', (sotuFlags.get(message.ruleId ?? '?') ?? 0) + 1)
}
const sotuTotal = [...sotuFlags.values()].reduce((sum, count) => sum + count, 0)
console.log(`\n## State of the Union addresses: ${sotuWords} words`)
console.log(`${perThousand(sotuTotal, sotuWords)} flags per 1,000 words (target: at most 0.15)`)
for (const [rule, count] of [...sotuFlags].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${rule.padEnd(34)} ${perThousand(count, sotuWords)}`)
}
