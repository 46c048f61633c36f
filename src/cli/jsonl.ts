import {once} from 'node:events'
import {StringDecoder} from 'node:string_decoder'
import type {Settings} from '../config.js'
import type {LintJob} from '../lint-job.js'
import type {Scheduler} from './scheduler.js'

export interface JsonlOptions {
  settings: Settings
  fix: boolean
  /** Names records for the parser (Markdown, HTML) when a record has no `path` of its own. */
  defaultPath?: string
  /** Batches of records linted at once: enough to keep every worker busy, few enough to bound memory. */
  window: number
}

interface JsonlRecord {
  id: unknown
  text: string
  path?: string
}

/** Lines of a stream, decoded as UTF-8, pulled as they are consumed (so input waits for output). */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  let carry = ''
  for await (const chunk of input) {
    // Search only the new text: a record of many chunks is scanned once, not once per chunk.
    const searched = carry.length
    carry += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)
    let newline = carry.indexOf('\n', searched)
    let start = 0
    while (newline !== -1) {
      yield carry.slice(start, newline)
      start = newline + 1
      newline = carry.indexOf('\n', start)
    }
    carry = carry.slice(start)
  }
  carry += decoder.end()
  if (carry) yield carry
}

function parseRecord(line: string): JsonlRecord {
  const value: unknown = JSON.parse(line)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object')
  const record = value as Record<string, unknown>
  if (typeof record.text !== 'string') throw new Error('expected a string `text`')
  if (record.path !== undefined && typeof record.path !== 'string') throw new Error('expected a string `path`')
  return {id: record.id ?? null, text: record.text, path: record.path as string | undefined}
}

/**
 * `--jsonl`: read records `{"id": …, "text": …}` one per line, write `{"id": …, "messages": […]}`
 * (and `"fixed"` with `--fix`) one per line, in input order. At most `window` batches of records are held at
 * once, and input is read only as fast as output is written, so memory stays bounded whatever the
 * input's size. A line that is not a record gives `{"id": …, "line": N, "error": "…"}`, and the run
 * goes on. Returns how many lines were records and how many were errors.
 */
export async function runJsonl(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  scheduler: Scheduler,
  options: JsonlOptions
): Promise<{records: number; errors: number}> {
  /** Output lines of each batch, in input order. */
  const pending: Array<Promise<string[]>> = []
  let batch: Entry[] = []
  let batchSize = 0
  let records = 0
  let errors = 0
  let lineNumber = 0

  const write = async (lines: string[]) => {
    if (lines.length > 0 && !output.write(lines.join('\n') + '\n')) await once(output, 'drain')
  }
  const failed = (id: unknown, line: number, error: string) => {
    errors++
    return JSON.stringify({id, line, error})
  }

  const flush = async () => {
    if (batch.length === 0) return
    const entries = batch
    batch = []
    batchSize = 0
    const jobs = entries.flatMap((entry) => ('job' in entry ? [entry.job] : []))
    pending.push(
      scheduler.run(jobs).then(
        (outcomes) => {
          let next = 0
          return entries.map((entry) => {
            if (!('job' in entry)) return entry.line
            const outcome = outcomes[next++]
            return 'result' in outcome
              ? JSON.stringify({id: entry.id, messages: outcome.result.messages, fixed: outcome.result.fixed})
              : failed(entry.id, entry.at, outcome.unreadable)
          })
        },
        // The worker itself failed (out of memory on a huge record): each record of the batch says so.
        (error: unknown) =>
          entries.map((entry) => ('job' in entry ? failed(entry.id, entry.at, `linting failed: ${(error as Error).message}`) : entry.line))
      )
    )
    if (pending.length >= options.window) await write(await pending.shift()!)
  }

  for await (const line of lines(input)) {
    const at = ++lineNumber
    if (line.trim() === '') continue
    try {
      const record = parseRecord(line)
      records++
      const job = {path: record.path ?? options.defaultPath, text: record.text, settings: options.settings, fix: options.fix}
      batch.push({id: record.id, at, job})
      batchSize += record.text.length
    } catch (error) {
      batch.push({line: failed(idOf(line), at, (error as Error).message)})
    }
    if (batch.length >= recordsPerBatch || batchSize >= charactersPerBatch) await flush()
  }
  await flush()
  while (pending.length > 0) await write(await pending.shift()!)
  return {records, errors}
}

/** A record waiting in a batch, or the error line of a line that was not one. */
type Entry = {id: unknown; at: number; job: LintJob} | {line: string}

/** A worker task: enough text that passing it to a thread costs little beside linting it. */
const recordsPerBatch = 64
const charactersPerBatch = 64 * 1024

/** The `id` of a line that is JSON but not a valid record, so the error can still be matched up. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as {id?: unknown}
    return typeof value === 'object' && value !== null && 'id' in value ? value.id : null
  } catch {
    return null
  }
}
