import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {rangeOf} from '../message-range.js'

export interface JsonPoint {
  line: number
  column: number
  offset: number
}

export interface JsonMessage {
  ruleId: string | null
  messageId: string | null
  source: string | null
  reason: string
  line: number | null
  column: number | null
  place: {start: JsonPoint; end: JsonPoint} | null
  fatal: boolean | null
  fixable: boolean
  actual: string | null
  expected: string[] | null
  url: string | null
}

/**
 * A message as plain data: the fields of vfile-reporter-json, without the `ancestors` trees, and
 * with every field present (`null` when a message has no value for it) so consumers see one shape.
 */
export function toJsonMessage(message: VFileMessage): JsonMessage {
  const place = rangeOf(message)
  const point = (value: {line: number; column: number; offset?: number}) => ({
    line: value.line,
    column: value.column,
    offset: value.offset ?? -1
  })
  return {
    ruleId: message.ruleId ?? null,
    messageId: message.messageId ?? null,
    source: message.source ?? null,
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    place: place ? {start: point(place.start), end: point(place.end)} : null,
    fatal: message.fatal ?? null,
    fixable: message.fixable ?? false,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    url: message.url ?? null
  }
}

/** One JSON array of `{path, messages}`, one entry per file. */
export function reportJson(files: readonly VFile[]): string {
  return JSON.stringify(files.map((file) => ({path: file.path, messages: file.messages.map(toJsonMessage)}))) + '\n'
}

/** Messages again from their plain data (from a worker thread or the cache), for the reporters. */
export function fromJsonMessages(messages: readonly JsonMessage[], file: VFile): VFileMessage[] {
  if (messages.length === 0) return []
  // A VFileMessage is an Error: each would capture a stack trace, which data from elsewhere lacks.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return messages.map((message) => fromJsonMessage(message, file))
  } finally {
    Error.stackTraceLimit = limit
  }
}

function fromJsonMessage(data: JsonMessage, file: VFile): VFileMessage {
  const message = new VFileMessage(data.reason, {
    place: data.place ?? undefined,
    ruleId: data.ruleId ?? undefined,
    source: data.source ?? undefined
  })
  message.file = file.path ?? ''
  message.fatal = data.fatal
  message.fixable = data.fixable
  if (data.messageId !== null) message.messageId = data.messageId
  if (data.actual !== null) message.actual = data.actual
  if (data.expected !== null) message.expected = data.expected
  if (data.url !== null) message.url = data.url
  return message
}
