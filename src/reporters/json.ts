import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

export interface JsonPoint {
  line: number
  column: number
  offset: number
}

export interface JsonMessage {
  ruleId: string | undefined
  messageId: string | undefined
  source: string | undefined
  reason: string
  line: number | undefined
  column: number | undefined
  place: {start: JsonPoint; end: JsonPoint} | undefined
  fatal: boolean | null | undefined
  fixable: boolean
  actual: string | undefined
  expected: string[] | undefined
  url: string | undefined
}

/** A message as plain data: the fields of vfile-reporter-json, without the `ancestors` trees. */
export function toJsonMessage(message: VFileMessage): JsonMessage {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const point = (value: {line: number; column: number; offset?: number}) => ({
    line: value.line,
    column: value.column,
    offset: value.offset ?? -1
  })
  return {
    ruleId: message.ruleId,
    messageId: message.messageId,
    source: message.source,
    reason: message.reason,
    line: message.line,
    column: message.column,
    place: place ? {start: point(place.start), end: point(place.end)} : undefined,
    fatal: message.fatal,
    fixable: message.fixable ?? false,
    actual: message.actual,
    expected: message.expected,
    url: message.url
  }
}

/** One JSON array of `{path, messages}`, one entry per file. */
export function reportJson(files: readonly VFile[]): string {
  return JSON.stringify(files.map((file) => ({path: file.path, messages: file.messages.map(toJsonMessage)}))) + '\n'
}
