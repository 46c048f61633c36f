import {once} from 'node:events'
import type {Settings} from '../config.js'
import type {LintJob} from '../lint-job.js'
import {parseJson} from '../parse-error.js'
import type {Scheduler} from './scheduler.js'

export interface JsonlOptions {
  settings: Settings
  fix: boolean
  /** Names records for the parser (Markdown, HTML) when a record has no `path` of its own. */
  defaultPath?: string
  /** `--max-record-size`: a longer line is an error line, and is not held in memory. */
  maxRecordSize: number
  /** Batches of records linted at once: enough to keep every worker busy, few enough to bound memory. */
  window: number
}

interface JsonlRecord {
  id: unknown
  text: string
  path?: string
  /** The source the text translates, for the source-* rules: in the same format as the text. */
  source?: string
}

const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** A line of input: its text, or why it cannot be one (too long, not UTF-8). */
type Line = {text: string} | {error: string}

/**
 * Lines of a stream, pulled as they are consumed (so input waits for output). Each chunk is
 * searched once for newlines, so a long line costs linear time; a line is decoded as strict UTF-8
 * once it is whole. A line longer than `maxBytes` is not kept: its bytes are dropped as they come
 * and it gives an error.
 */
async function* lines(input: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = []
  let size = 0
  let oversize = false
  const add = (piece: Buffer) => {
    if (oversize || piece.length === 0) return
    if (size + piece.length > maxBytes) {
      oversize = true
      parts = []
      return
    }
    parts.push(piece)
    size += piece.length
  }
  const finish = (): Line => {
    const whole = oversize ? undefined : parts.length === 1 ? parts[0] : Buffer.concat(parts, size)
    parts = []
    size = 0
    const wasOversize = oversize
    oversize = false
    if (wasOversize || !whole) return {error: `record larger than --max-record-size ${maxBytes} bytes`}
    try {
      return {text: strictUtf8.decode(whole)}
    } catch {
      return {error: 'invalid UTF-8'}
    }
  }
  for await (const data of input) {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data as string)
    let start = 0
    for (let newline = chunk.indexOf(0x0a, start); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, newline))
      yield finish()
      start = newline + 1
    }
    add(chunk.subarray(start))
  }
  if (size > 0 || oversize) yield finish()
}

function parseRecord(line: string): JsonlRecord {
  const value: unknown = parseJson(line)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object')
  const record = value as Record<string, unknown>
  if (!('id' in record)) throw new Error('expected an `id`')
  if (typeof record.text !== 'string') throw new Error('expected a string `text`')
  if (record.path !== undefined && typeof record.path !== 'string') throw new Error('expected a string `path`')
  if (record.source !== undefined && typeof record.source !== 'string') throw new Error('expected a string `source`')
  return {id: record.id, text: record.text, path: record.path as string | undefined, source: record.source as string | undefined}
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

  for await (const line of lines(input, options.maxRecordSize)) {
    const at = ++lineNumber
    if ('error' in line) {
      batch.push({line: failed(null, at, line.error)})
      continue
    }
    if (line.text.trim() === '') continue
    try {
      const record = parseRecord(line.text)
      records++
      const path = record.path ?? options.defaultPath
      const source = record.source === undefined ? undefined : {text: record.source, path}
      const job = {path, text: record.text, settings: options.settings, fix: options.fix, source}
      batch.push({id: record.id, at, job})
      batchSize += record.text.length + (record.source?.length ?? 0)
    } catch (error) {
      batch.push({line: failed(idOf(line.text), at, (error as Error).message)})
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
