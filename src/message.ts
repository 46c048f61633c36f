/**
 * The one home of mtlint's message: what it adds to a vfile message, the three kinds of message
 * (a finding, a rule that crashed, a file that could not be linted), whether `--fix` may apply
 * it, and its plain-data form, which crosses worker threads and the cache and is the JSON report's
 * shape. Every layer (linter, fixer, cache, workers, reporters, language server) asks here.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/**
 * `finding`: a rule's report; `crash`: a rule threw (mtlint's bug, not the article's); `file-error`:
 * the file could not be linted at all (not text, unreadable, a configuration that cannot be used).
 */
export type MessageKind = 'finding' | 'crash' | 'file-error'

declare module 'vfile-message' {
  interface VFileMessage {
    /** Whether `--fix` may apply `expected[0]` unattended. */
    fixable?: boolean
    /** Which of the rule's messages this is (stable, unlike the text). */
    messageId?: string
    /** Unset on findings: set by `crashMessage` and `fileErrorMessage`. */
    kind?: MessageKind
  }
}

export function kindOf(message: VFileMessage): MessageKind {
  return message.kind ?? 'finding'
}

export function isCrash(message: VFileMessage): boolean {
  return message.kind === 'crash'
}

export function isFileError(message: VFileMessage): boolean {
  return message.kind === 'file-error'
}

/** A crash or a file error: the file's findings are not to be trusted, and the run exits 2. */
export function isFailure(message: VFileMessage): boolean {
  return message.kind === 'crash' || message.kind === 'file-error'
}

/** A message saying that a rule threw while linting the file; the error is its `cause`. */
export function crashMessage(file: VFile, ruleId: string, error: unknown): VFileMessage {
  const cause = error instanceof Error ? error : new Error(String(error))
  const message = file.message(`Rule \`${ruleId}\` crashed: ${cause.message.split('\n')[0]}`, {cause, ruleId, source: 'mtlint'})
  message.fatal = true
  message.kind = 'crash'
  return message
}

/** A message saying why the file could not be linted (one line), at its start. */
export function fileErrorMessage(file: VFile, reason: string, cause?: unknown): VFileMessage {
  const error = cause === undefined || cause instanceof Error ? cause : new Error(String(cause))
  const message = file.message(reason.split('\n')[0], {source: 'mtlint', cause: error})
  message.fatal = true
  message.kind = 'file-error'
  return message
}

/** The rule id of a message saying that part of an article was not linted. */
export const parseLimitRuleId = 'parse-limit'

/**
 * A warning that a stretch of the file (`place`) was not linted, and why (one line): the rest of
 * the file was. Not fixable; a finding, so a gate, a baseline and the cache see it like others.
 */
export function partNotLintedMessage(file: VFile, place: {start: Point; end: Point}, reason: string, messageId: 'tooLong' | 'tooDense' = 'tooLong'): VFileMessage {
  const message = file.message(reason.split('\n')[0], {place, ruleId: parseLimitRuleId, source: 'mtlint'})
  message.messageId = messageId
  message.fatal = false
  message.fixable = false
  return message
}

/**
 * A message template cut at its `{name}` placeholders: text, name, text, …, text (names at odd
 * indices). Cut once per template (the rules' declared messages, a fixed set): a regex over the
 * template for each of a megabyte's findings cost more than the rest of checking and formatting them.
 */
const templateParts = new Map<string, readonly string[]>()
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template)
  if (!parts) templateParts.set(template, (parts = template.split(/\{(\w+)\}/)))
  return parts
}

/** Fill `{name}` placeholders of a message template (own keys of `data` only). */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  const parts = partsOf(template)
  if (parts.length === 1) return template
  let text = parts[0]
  for (let at = 1; at < parts.length; at += 2) {
    const key = parts[at]
    text += (data && Object.hasOwn(data, key) ? String(data[key]) : `{${key}}`) + parts[at + 1]
  }
  return text
}

/**
 * `formatMessage` for one lint, keeping the texts it made: findings of one kind mostly share their
 * text (the same mark, the same code point), and each of half a million messages holding its own
 * copy of `Unexpected control character \`U+000B\`, remove it`, a tree of joined strings, was a
 * third of their memory and of the time spent collecting it. Texts are kept by template and by the
 * values that fill it, at most `limit` for a template: findings that all differ cost about what
 * they did without it.
 */
export function messageFormatter(limit = 10_000): typeof formatMessage {
  const byTemplate = new Map<string, Map<string, string>>()
  return (template, data) => {
    const parts = partsOf(template)
    if (parts.length === 1 || !data) return formatMessage(template, data)
    // The values in order, each after its length, so that no two lists of values share a key.
    let key = ''
    for (let at = 1; at < parts.length; at += 2) {
      if (!Object.hasOwn(data, parts[at])) return formatMessage(template, data)
      const value = String(data[parts[at]])
      key = parts.length === 3 ? value : `${key}${value.length}:${value}`
    }
    let texts = byTemplate.get(template)
    if (!texts) byTemplate.set(template, (texts = new Map()))
    let text = texts.get(key)
    if (text === undefined) {
      text = formatMessage(template, data)
      if (texts.size < limit) texts.set(key, text)
    }
    return text
  }
}

/** The `{name}` placeholders of a template that `data` leaves unfilled. */
export function unfilledPlaceholders(template: string, data: Readonly<Record<string, unknown>> | undefined): string[] {
  const parts = partsOf(template)
  const missing: string[] = []
  for (let at = 1; at < parts.length; at += 2) {
    if (!data || !Object.hasOwn(data, parts[at])) missing.push(parts[at])
  }
  return missing
}

/** A message's start and end points: its `place` as a range (a single point is an empty range). */
export function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? {start: place.start, end: place.end} : {start: place, end: place}
}

/** A message's start and end offsets, when its points carry them. */
export function offsetsOf(message: VFileMessage): {from: number; to: number} | undefined {
  const range = rangeOf(message)
  const from = range?.start.offset
  const to = range?.end.offset ?? from
  return from === undefined || to === undefined ? undefined : {from, to}
}

/** A replacement of `from..to` by `text`. */
export interface Edit {
  from: number
  to: number
  text: string
  /** The rule that asks for it. */
  rule?: string
}

/** A safe edit and the message that asks for it. */
export interface MessageEdit extends Edit {
  message: VFileMessage
}

/**
 * The edits messages ask for that `--fix` may apply unattended (safe, one choice, a place), in the
 * messages' order, each with its message. Built as object literals, not spreads: in Node 20,
 * `{...offsets, text}` is a call into the runtime that cost over a microsecond an edit, seconds on
 * an article with half a million findings.
 */
export function safeEdits(messages: readonly VFileMessage[]): MessageEdit[] {
  const edits: MessageEdit[] = []
  for (const message of messages) {
    if (message.kind !== undefined || !message.fixable || !message.expected || message.expected.length !== 1) continue
    const offsets = offsetsOf(message)
    if (offsets) edits.push({from: offsets.from, to: offsets.to, text: message.expected[0], rule: message.ruleId, message})
  }
  return edits
}

export interface MessagePoint {
  line: number
  column: number
  offset: number
}

/**
 * A message as plain data: the fields of vfile-reporter-json without the `ancestors` trees, every
 * field present (`null` when a message has none) so consumers see one shape, and its `kind`. The
 * JSON report, worker threads and the cache all use this form.
 */
export interface MessageData {
  kind: MessageKind
  ruleId: string | null
  messageId: string | null
  source: string | null
  reason: string
  line: number | null
  column: number | null
  place: {start: MessagePoint; end: MessagePoint} | null
  fatal: boolean | null
  fixable: boolean
  actual: string | null
  expected: string[] | null
  url: string | null
  /** A crash's stack trace, for the log; not part of the JSON report. */
  stack?: string
}

export function toData(message: VFileMessage): MessageData {
  const place = rangeOf(message)
  const point = (value: {line: number; column: number; offset?: number}) => ({
    line: value.line,
    column: value.column,
    offset: value.offset ?? -1
  })
  const data: MessageData = {
    kind: kindOf(message),
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
  if (message.kind === 'crash') {
    const stack = innermostStack(message.cause)
    if (stack) data.stack = stack
  }
  return data
}

/**
 * The data of a failure found outside a lint (a file that cannot be read, a linter that threw):
 * at the start of the file, with the error's stack for a crash.
 */
export function failureData(kind: Exclude<MessageKind, 'finding'>, reason: string, error?: unknown): MessageData {
  const start = {line: 1, column: 1, offset: 0}
  const data: MessageData = {
    kind,
    ruleId: null,
    messageId: null,
    source: 'mtlint',
    reason: reason.split('\n')[0],
    line: 1,
    column: 1,
    place: {start, end: start},
    fatal: true,
    fixable: false,
    actual: null,
    expected: null,
    url: null
  }
  const stack = kind === 'crash' ? innermostStack(error) : undefined
  if (stack) data.stack = stack
  return data
}

/** The data a report shows: without the crash's stack trace. */
export function toReportData(message: VFileMessage): MessageData {
  const {stack: _, ...data} = toData(message)
  return data
}

/** Messages again from their plain data (from a worker thread or the cache), for the reporters. */
export function fromData(messages: readonly MessageData[], file: VFile): VFileMessage[] {
  if (messages.length === 0) return []
  return withoutStackTraces(() => messages.map((data) => fromOne(data, file)))
}

/**
 * Run `make` without capturing stack traces: a VFileMessage is an Error, and capturing a stack for
 * each finding (which has no use for one) costs more than the rest of making it, on an article
 * with a million findings.
 */
export function withoutStackTraces<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

function fromOne(data: MessageData, file: VFile): VFileMessage {
  const message = new VFileMessage(data.reason, {
    place: data.place ?? undefined,
    ruleId: data.ruleId ?? undefined,
    source: data.source ?? undefined
  })
  message.file = file.path ?? ''
  message.fatal = data.fatal
  message.fixable = data.fixable
  if (data.kind !== 'finding') message.kind = data.kind
  if (data.stack !== undefined) {
    const cause = new Error(data.reason)
    cause.stack = data.stack
    message.cause = cause
  }
  if (data.messageId !== null) message.messageId = data.messageId
  if (data.actual !== null) message.actual = data.actual
  if (data.expected !== null) message.expected = data.expected
  if (data.url !== null) message.url = data.url
  return message
}

/** The text of a failure followed by each cause that adds something: `Cannot read file: EACCES`. */
export function describeFailure(message: VFileMessage): string {
  let text = message.reason.split('\n')[0]
  let cause: unknown = message.cause
  const seen = new Set<unknown>()
  while (cause instanceof Error && !seen.has(cause)) {
    seen.add(cause)
    const line = cause.message.split('\n')[0]
    if (line && !text.includes(line)) text = `${text}: ${line}`
    cause = cause.cause
  }
  return text
}

/** The innermost stack trace of an error's causes, for a log. */
export function innermostStack(error: unknown): string | undefined {
  let cause = error
  let stack: string | undefined
  const seen = new Set<unknown>()
  while (cause instanceof Error && !seen.has(cause)) {
    seen.add(cause)
    stack = cause.stack ?? stack
    cause = cause.cause
  }
  return stack
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isStringOrNull = (value: unknown) => value === null || typeof value === 'string'
const isCount = (value: unknown, min: number, max: number) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max

/**
 * Whether a value from outside (a cache file) is a finding's plain data that fits a text of at most
 * `length` code units: every field of its type, positions whole numbers within the text, the start
 * not after the end, and a rule id that `knownRule` accepts. Failures are never read back: they are
 * not cached.
 */
export function isFindingData(value: unknown, length: number, knownRule: (id: string) => boolean): value is MessageData {
  if (typeof value !== 'object' || value === null) return false
  const data = value as Record<keyof MessageData, unknown>
  if (data.kind !== 'finding' || !isString(data.ruleId) || !knownRule(data.ruleId) || !isString(data.reason)) return false
  if (![data.messageId, data.source, data.actual, data.url].every(isStringOrNull)) return false
  if (typeof data.fixable !== 'boolean' || !(data.fatal === null || typeof data.fatal === 'boolean')) return false
  if (!(data.expected === null || (Array.isArray(data.expected) && data.expected.every(isString)))) return false
  const point = (value: unknown): value is MessagePoint => {
    const p = value as Record<string, unknown> | null
    return typeof p === 'object' && p !== null && isCount(p.line, 1, length + 1) && isCount(p.column, 1, length + 1) && isCount(p.offset, 0, length)
  }
  if (data.place === null) return data.line === null && data.column === null
  const place = data.place as {start: unknown; end: unknown}
  if (typeof place !== 'object' || !point(place.start) || !point(place.end) || place.start.offset > place.end.offset) return false
  return data.line === place.start.line && data.column === place.start.column
}
