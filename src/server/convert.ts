import {diffChars} from 'diff'
import type {VFileMessage} from 'vfile-message'
import {CodeActionKind, DiagnosticSeverity} from 'vscode-languageserver'
import type {CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {describeFailure, isFailure, offsetsOf} from '../message.js'
import {changedStretches} from '../text-diff.js'

/** The kind of the "fix all" source action; editors can run it on save. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.mtlint`

/** What a diagnostic keeps of its message, so that code actions need no second lint. */
export interface DiagnosticData {
  /** The text the message is about (the slice its range covers when it was linted). */
  actual: string
  /** Replacement choices; `''` deletes. */
  expected: string[]
  /** Whether `--fix` (and the fix-all action) applies `expected[0]` unattended. */
  fixable: boolean
}

const startOfDocument: Range = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}

function severity(message: VFileMessage): DiagnosticSeverity {
  if (message.fatal === true) return DiagnosticSeverity.Error
  if (message.fatal === false) return DiagnosticSeverity.Warning
  return DiagnosticSeverity.Information
}

/**
 * One LSP diagnostic for a vfile message. Ranges come from the message's offsets (UTF-16 code
 * units, as LSP counts by default) through the document, so astral characters and CRLF line ends
 * count right. A crash or a file error sits at the start of the document.
 */
export function toDiagnostic(message: VFileMessage, document: TextDocument): Diagnostic {
  // A crash or a file error is about the whole document: it sits at its start.
  const fileError = isFailure(message)
  const span = fileError ? undefined : offsetsOf(message)
  const range = span ? {start: document.positionAt(span.from), end: document.positionAt(span.to)} : startOfDocument
  const diagnostic: Diagnostic = {
    range,
    severity: severity(message),
    source: 'mtlint',
    message: fileError ? describeFailure(message) : message.reason
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (!fileError && span && message.expected && message.expected.length > 0) {
    const data: DiagnosticData = {
      actual: message.actual ?? document.getText(range),
      expected: [...message.expected],
      fixable: message.fixable === true
    }
    diagnostic.data = data
  }
  return diagnostic
}

function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (typeof value !== 'object' || value === null) return false
  const data = value as Partial<DiagnosticData>
  return (
    typeof data.actual === 'string' &&
    Array.isArray(data.expected) &&
    data.expected.every((choice) => typeof choice === 'string')
  )
}

/** The stored data of a diagnostic, from the diagnostic or else from the one the server published with the same range and code. */
export function dataOf(diagnostic: Diagnostic, published: readonly Diagnostic[] = []): DiagnosticData | undefined {
  if (isDiagnosticData(diagnostic.data)) return diagnostic.data
  const same = published.find(
    (candidate) =>
      candidate.code === diagnostic.code &&
      candidate.range.start.line === diagnostic.range.start.line &&
      candidate.range.start.character === diagnostic.range.start.character &&
      candidate.range.end.line === diagnostic.range.end.line &&
      candidate.range.end.character === diagnostic.range.end.character
  )
  return same && isDiagnosticData(same.data) ? same.data : undefined
}

function show(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, '⇥')
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine
}

/** The title of the quick fix that replaces `actual` with `choice`. */
export function quickFixTitle(actual: string, choice: string): string {
  if (choice === '') return `Remove \`${show(actual)}\``
  if (actual === '') return `Insert \`${show(choice)}\``
  return `Replace \`${show(actual)}\` with \`${show(choice)}\``
}

export interface EditTarget {
  uri: string
  version: number
  /** Send `documentChanges` (versioned, so that a stale edit is refused) rather than `changes`. */
  versioned: boolean
}

/** A workspace edit of one document. */
export function workspaceEdit(target: EditTarget, edits: TextEdit[]): WorkspaceEdit {
  return target.versioned
    ? {documentChanges: [{textDocument: {uri: target.uri, version: target.version}, edits}]}
    : {changes: {[target.uri]: edits}}
}

/**
 * Quick fixes for the mtlint diagnostics in a code-action request: one per `expected` choice.
 * A diagnostic whose text has changed since it was published (its `actual` no longer matches)
 * gets none; the next lint replaces it.
 */
export function quickFixes(
  document: TextDocument,
  diagnostics: readonly Diagnostic[],
  published: readonly Diagnostic[],
  target: EditTarget
): CodeAction[] {
  const actions: CodeAction[] = []
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'mtlint') continue
    const data = dataOf(diagnostic, published)
    if (!data || document.getText(diagnostic.range) !== data.actual) continue
    const seen = new Set<string>()
    for (const choice of data.expected) {
      if (seen.has(choice) || choice === data.actual) continue
      seen.add(choice)
      actions.push({
        title: quickFixTitle(data.actual, choice),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: data.fixable && data.expected.length === 1,
        edit: workspaceEdit(target, [{range: diagnostic.range, newText: choice}])
      })
    }
  }
  return actions
}

/**
 * Past this many changed characters, or this many milliseconds of diffing, the fix-all edit
 * replaces the changed stretch whole instead of as small edits.
 */
const maxDiffEdits = 2000
const maxDiffTime = 100

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * Text edits that turn `before` into `after`: the differing stretch (never splitting a surrogate
 * pair) is diffed by character into small edits, so that the editor keeps the cursor and marks
 * where nothing changed; a stretch with very many changes becomes one edit.
 */
export function textEdits(document: TextDocument, before: string, after: string): TextEdit[] {
  if (before === after) return []
  let prefix = 0
  const shorter = Math.min(before.length, after.length)
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  if (suffix > 0 && suffix < before.length && isHighSurrogate(before.charCodeAt(before.length - 1 - suffix))) suffix--

  const oldMiddle = before.slice(prefix, before.length - suffix)
  const newMiddle = after.slice(prefix, after.length - suffix)
  const changes = diffChars(oldMiddle, newMiddle, {maxEditLength: maxDiffEdits, timeout: maxDiffTime} as {maxEditLength: number})
  const raw = changes ? changedStretches(changes, prefix) : [{from: prefix, to: before.length - suffix, text: newMiddle}]

  // A position between `\r` and `\n` does not exist in LSP: widen such an edit over the pair
  // (the character it takes in is unchanged, and the text between two edits is never empty, so
  // widened edits do not overlap).
  const insideCrlf = (offset: number) => before.charCodeAt(offset - 1) === 13 && before.charCodeAt(offset) === 10
  return raw.map((edit) => {
    let {from, to, text} = edit
    if (insideCrlf(from)) {
      from--
      text = '\r' + text
    }
    if (insideCrlf(to)) {
      to++
      text += '\n'
    }
    return {range: {start: document.positionAt(from), end: document.positionAt(to)}, newText: text}
  })
}
