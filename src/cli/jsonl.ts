import {once} from 'node:events'
import {StringDecoder} from 'node:string_decoder'
import type {Settings} from '../config.js'
import type {LintResult} from '../lint-job.js'
import type {Scheduler} from './scheduler.js'

export interface JsonlOptions {
  settings: Settings
  fix: boolean
  /** Names records for the parser (Markdown, HTML) when a record has no `path` of its own. */
  defaultPath?: string
  /** Records linted at once: enough to keep every worker busy, few enough to bound memory. */
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
    carry += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)
    let newline = carry.indexOf('\n')
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
 * (and `"fixed"` with `--fix`) one per line, in input order. At most `window` records are held at
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
  const pending: Array<Promise<string>> = []
  let records = 0
  let errors = 0
  let lineNumber = 0

  const write = async (line: string) => {
    if (!output.write(line + '\n')) await once(output, 'drain')
  }

  for await (const line of lines(input)) {
    const at = ++lineNumber
    if (line.trim() === '') continue
    const failed = (error: unknown, id: unknown) => {
      errors++
      return JSON.stringify({id, line: at, error: error instanceof Error ? error.message : String(error)})
    }
    let record: JsonlRecord | undefined
    try {
      record = parseRecord(line)
    } catch (error) {
      pending.push(Promise.resolve(failed(error, idOf(line))))
    }
    if (record) {
      records++
      const {id} = record
      const job = {path: record.path ?? options.defaultPath, text: record.text, settings: options.settings, fix: options.fix}
      pending.push(scheduler.run(job).then((result: LintResult) => JSON.stringify({id, ...result}), (error) => failed(error, id)))
    }
    if (pending.length >= options.window) await write(await pending.shift()!)
  }
  while (pending.length > 0) await write(await pending.shift()!)
  return {records, errors}
}

/** The `id` of a line that is JSON but not a valid record, so the error can still be matched up. */
function idOf(line: string): unknown {
  try {
    const value = JSON.parse(line) as {id?: unknown}
    return typeof value === 'object' && value !== null && 'id' in value ? value.id : null
  } catch {
    return null
  }
}
