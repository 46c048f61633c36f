import {promises as fs} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseJson} from '../parse-error.js'
import {isFailure, offsetsOf} from '../message.js'
import type {CliOptions} from './args.js'
import {fail} from './io.js'
import type {CliIo} from './io.js'
import {writeFileAtomic} from './write-file.js'

/**
 * A known finding: the rule, the file, and the text around it on its line. Neither line nor column
 * is part of it, so edits elsewhere in the file do not turn known findings into new ones.
 */
export interface Finding {
  rule: string
  file: string
  context: string
}

interface BaselineFile {
  mtlintBaseline: 1
  findings: Array<Finding & {count: number}>
}

/** Characters of context kept on each side of a finding. */
const contextWidth = 24

export function findingOf(message: VFileMessage, file: string, text: string): Finding {
  const {from, to} = offsetsOf(message) ?? {from: 0, to: 0}
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const lineEnd = text.indexOf('\n', to) === -1 ? text.length : text.indexOf('\n', to)
  const context = text.slice(Math.max(lineStart, from - contextWidth), Math.min(lineEnd, to + contextWidth))
  return {rule: message.ruleId ?? '', file, context: context.replace(/\s+/g, ' ').trim()}
}

/** Why a baseline entry does not fit: a known `rule`, string `file` and `context`, a positive whole `count`. */
function whyNotFinding(value: unknown, knownRule: (id: string) => boolean): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object'
  const {rule, file, context, count} = value as Record<string, unknown>
  if (typeof rule !== 'string' || !knownRule(rule)) return '`rule` is not a known rule id'
  if (typeof file !== 'string') return '`file` must be a string'
  if (typeof context !== 'string') return '`context` must be a string'
  if (!Number.isSafeInteger(count) || (count as number) < 1) return '`count` must be a positive whole number'
  return undefined
}

const keyOf = (finding: Finding) => JSON.stringify([finding.rule, finding.file, finding.context])

export class Baseline {
  private constructor(private readonly counts: Map<string, number>) {}

  /** A baseline file, checked entry by entry: an error names the first entry that does not fit. */
  static async load(location: string): Promise<Baseline> {
    const data = parseJson(await fs.readFile(location, 'utf8')) as BaselineFile
    if (data?.mtlintBaseline !== 1 || !Array.isArray(data.findings)) throw new Error('not an mtlint baseline')
    const {isKnownRuleId} = await import('../config.js')
    const counts = new Map<string, number>()
    for (const [index, finding] of (data.findings as unknown[]).entries()) {
      const why = whyNotFinding(finding, isKnownRuleId)
      if (why) throw new Error(`entry ${index}: ${why}`)
      const {count} = finding as Finding & {count: number}
      counts.set(keyOf(finding as Finding), (counts.get(keyOf(finding as Finding)) ?? 0) + count)
    }
    return new Baseline(counts)
  }

  /** Whether the finding is a known one; each known finding holds back one finding, not all alike. */
  take(finding: Finding): boolean {
    const key = keyOf(finding)
    const count = this.counts.get(key) ?? 0
    if (count === 0) return false
    this.counts.set(key, count - 1)
    return true
  }

  static async write(location: string, findings: readonly Finding[]): Promise<void> {
    const counts = new Map<string, Finding & {count: number}>()
    for (const finding of findings) {
      const existing = counts.get(keyOf(finding))
      if (existing) existing.count++
      else counts.set(keyOf(finding), {...finding, count: 1})
    }
    const sorted = [...counts.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
    const data: BaselineFile = {mtlintBaseline: 1, findings: sorted}
    const json = JSON.stringify(data, null, 2) + '\n'
    await fs.mkdir(path.dirname(location), {recursive: true})
    await writeFileAtomic(location, json)
  }
}

/** `--baseline`: record the findings, or hold back the known ones. Returns an exit code to stop with. */
export async function applyBaseline(files: VFile[], texts: string[], options: CliOptions, io: CliIo): Promise<number | undefined> {
  const location = path.resolve(io.cwd, options.baseline!)
  // Relative to the baseline file, so that a run from another folder finds the same findings.
  const relative = (file: VFile) =>
    path.relative(path.dirname(location), path.resolve(file.cwd, file.path || '<stdin>')).split(path.sep).join('/')
  if (options.updateBaseline) {
    const findings: Finding[] = files.flatMap((file, index) =>
      file.messages.filter((message) => !isFailure(message)).map((message) => findingOf(message, relative(file), texts[index]))
    )
    await Baseline.write(location, findings)
    io.stderr.write(`mtlint: baseline ${options.baseline} now holds ${findings.length} findings\n`)
    // A file that could not be linted is not recorded as clean: the run reports it and exits 2.
    return files.some((file) => file.messages.some(isFailure)) ? undefined : 0
  }
  let baseline: Baseline
  try {
    baseline = await Baseline.load(location)
  } catch (error) {
    return fail(io, `${options.baseline}: cannot read baseline: ${(error as Error).message.split('\n')[0]}`)
  }
  let held = 0
  for (const [index, file] of files.entries()) {
    file.messages = file.messages.filter((message) => {
      if (isFailure(message)) return true
      const known = baseline.take(findingOf(message, relative(file), texts[index]))
      if (known) held++
      return !known
    })
  }
  if (held > 0) io.stderr.write(`mtlint: ${held} known findings held back by the baseline ${options.baseline}\n`)
  return undefined
}

