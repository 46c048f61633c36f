import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind
} from 'vscode-languageserver'
import type {
  CodeAction,
  CodeActionParams,
  Connection,
  Diagnostic,
  InitializeParams,
  InitializeResult
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import type {LintJob} from '../lint-job.js'
import {ParagraphCache} from '../paragraph-cache.js'
import {describeFailure, innermostStack, isFailure} from '../message.js'
import {
  dataOf,
  fixAllKind,
  quickFixes,
  textEdits,
  toDiagnostic,
  workspaceEdit
} from './convert.js'
import type {EditTarget} from './convert.js'
import type {LintOutcome} from './linter.js'
import {documentPath, lintText} from './linter.js'
import {LintThread} from './lint-thread.js'
import {defaultDebounce, defaultMaxDocumentSize, parseDebounce, parseSize, showCount} from './options.js'
import type {InitializationOptions} from './options.js'
import {Debouncer, delayAfterChange} from './scheduler.js'

export {defaultDebounce}
export type {InitializationOptions}

/** Where the message reader's size limit can be set (from the initialization option `maxMessageSize`). */
export interface MessageSizeLimit {
  maxMessageSize: number
}

export interface ServerOptions {
  /** The debounce when neither `initializationOptions.debounce` nor `MTLINT_LSP_DEBOUNCE` sets one. */
  debounce?: number
  /** Environment to read `MTLINT_LSP_DEBOUNCE` from (default `process.env`). */
  env?: NodeJS.ProcessEnv
  /** Reported as `serverInfo.version`. */
  version?: string
  /** The message reader, when it has a size limit to set. */
  reader?: MessageSizeLimit
}

/**
 * A document this large (in UTF-16 code units) is linted on a worker thread, and waits after a
 * change at least as long as its last lint took (see `delayAfterChange`), so that typing in a
 * document of megabytes keeps neither the server nor the other documents waiting. Below it, a lint
 * in this thread takes well under a second (some 0.2–0.5 s at this size with every rule on), the
 * longest the server may be slow to answer, say, `shutdown`.
 */
const largeDocument = 128 * 1024

/** Names of the files that configure mtlint, as found upward from a document. */
const configFile = /^(?:\.mtlintrc(?:\.[a-z]+)?|\.mtlintignore|package\.json)$/
const configGlobs = ['**/.mtlintrc', '**/.mtlintrc.*', '**/.mtlintignore', '**/package.json']

function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  return String(error)
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`))
}

/**
 * Wire the mtlint language server onto a connection: diagnostics on open and change (debounced,
 * stale results dropped), cleared on close; quick fixes and a fix-all source action; re-lint of
 * the open documents when a configuration file changes. Call `connection.listen()` afterwards.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): {readonly shutdownReceived: boolean} {
  const env = options.env ?? process.env
  const documents = new TextDocuments(TextDocument)
  /** What was last published for each open document, for code actions from clients that drop `data`. */
  const published = new Map<string, Diagnostic[]>()
  /** The last file error logged for each document, so that one broken configuration is logged once, not per keystroke. */
  const lastLogged = new Map<string, string>()
  /** How long the last lint of each document took, in ms. */
  const lintTime = new Map<string, number>()
  /** Versions already linted on open, so that the change event that follows an open is not linted twice. */
  const openedAt = new Map<string, number>()

  /** Each open document's findings by paragraph: a change is linted again only where it changed. */
  const paragraphCaches = new Map<string, ParagraphCache>()

  /** Lints of large documents, off this thread. */
  const lintThread = new LintThread()
  /** Each document's lint under way, aborted when a change makes it stale. */
  const running = new Map<string, AbortController>()
  /** Every lint under way, aborted at shutdown. */
  const underWay = new Set<AbortController>()

  let debounce = parseDebounce(env.MTLINT_LSP_DEBOUNCE) ?? options.debounce ?? defaultDebounce
  let maxDocumentSize = defaultMaxDocumentSize
  let fallbackFolder = process.cwd()
  let versionedEdits = false
  let resolveEdits = false
  let watchDynamically = false
  let shuttingDown = false

  const log = {
    error: (text: string) => safely(() => connection.console.error(text)),
    warn: (text: string) => safely(() => connection.console.warn(text)),
    info: (text: string) => safely(() => connection.console.info(text))
  }

  function safely(action: () => void): void {
    try {
      action()
    } catch {
      // The connection is gone: nobody to tell.
    }
  }

  const linter = new Debouncer(lintAndPublish, (uri, error) => {
    log.error(`mtlint: linting ${uri} failed: ${errorText(error)}`)
  })

  function pathOf(uri: string): string {
    return documentPath(uri, fallbackFolder, documents.get(uri)?.languageId)
  }

  function publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    published.set(uri, diagnostics)
    connection.sendDiagnostics({uri, version, diagnostics}).catch((error: unknown) => {
      log.error(`mtlint: cannot publish diagnostics for ${uri}: ${errorText(error)}`)
    })
  }

  function logFileErrors(uri: string, messages: VFileMessage[]): void {
    const errors = messages.filter(isFailure)
    const text = errors
      .map((message) => {
        // A crash's stack trace tells where the rule failed.
        const stack = innermostStack(message.cause)
        return `mtlint: ${pathOf(uri)}: ${describeFailure(message)}${stack ? `\n${stack}` : ''}`
      })
      .join('\n')
    if (text === (lastLogged.get(uri) ?? '')) return
    if (text) log.error(text)
    lastLogged.set(uri, text)
  }

  /** Lint a document's text: in this thread when it is small, else on the lint thread, where `signal` aborts it. */
  async function lint(uri: string, text: string, fix: boolean, signal: AbortSignal): Promise<LintOutcome> {
    const controller = new AbortController()
    const abort = () => controller.abort()
    signal.addEventListener('abort', abort)
    underWay.add(controller)
    try {
      if (text.length >= largeDocument) {
        return await lintText(pathOf(uri), text, {fix, run: (job: LintJob) => lintThread.run(job, controller.signal)})
      }
      let cache = paragraphCaches.get(uri)
      if (!cache && !fix) paragraphCaches.set(uri, (cache = new ParagraphCache()))
      // A fix-all lints other texts (each pass's): the document's cache is kept for its own lints.
      return await lintText(pathOf(uri), text, {fix, cache: fix ? undefined : cache})
    } finally {
      signal.removeEventListener('abort', abort)
      underWay.delete(controller)
    }
  }

  /** The one notice a document too large to lint gets, instead of its diagnostics. */
  function tooLarge(size: number): Diagnostic {
    return {
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: DiagnosticSeverity.Warning,
      source: 'mtlint',
      message:
        `mtlint did not lint this document: it has ${showCount(size)} characters, more than the limit of ` +
        `${showCount(maxDocumentSize)} (initialization option \`maxDocumentSize\`)`
    }
  }

  async function lintAndPublish(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document || shuttingDown) return
    const version = document.version
    const snapshot = TextDocument.create(uri, document.languageId, version, document.getText())
    if (snapshot.getText().length > maxDocumentSize) {
      publish(uri, [tooLarge(snapshot.getText().length)], version)
      return
    }
    const controller = new AbortController()
    running.get(uri)?.abort()
    running.set(uri, controller)
    let messages: VFileMessage[]
    let ignored: boolean
    try {
      const started = performance.now()
      ;({messages, ignored} = await lint(uri, snapshot.getText(), false, controller.signal))
      lintTime.set(uri, performance.now() - started)
    } catch (error) {
      // Aborted: a newer version, a close or the shutdown made it stale.
      if (controller.signal.aborted || shuttingDown) return
      // Linting itself failed (not a finding): say so on the document and in the log.
      const current = documents.get(uri)
      if (!current || current.version !== version) return
      log.error(`mtlint: ${pathOf(uri)}: ${errorText(error)}`)
      const text = error instanceof Error ? error.message.split('\n')[0] : String(error)
      const diagnostic: Diagnostic = {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Error,
        source: 'mtlint',
        message: `mtlint could not lint this document: ${text}`
      }
      publish(uri, [diagnostic], version)
      return
    } finally {
      if (running.get(uri) === controller) running.delete(uri)
    }
    const current = documents.get(uri)
    // Closed or changed meanwhile: a newer run (already queued) publishes instead.
    if (!current || current.version !== version || shuttingDown) return
    if (ignored) {
      publish(uri, [], version)
      return
    }
    logFileErrors(uri, messages)
    publish(
      uri,
      messages.map((message) => toDiagnostic(message, snapshot)),
      version
    )
  }

  function relintAll(): void {
    for (const document of documents.all()) linter.schedule(document.uri, 0)
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions
    debounce = parseDebounce(init.debounce) ?? debounce
    maxDocumentSize = parseSize(init.maxDocumentSize) ?? maxDocumentSize
    const maxMessageSize = parseSize(init.maxMessageSize)
    if (options.reader && maxMessageSize !== undefined) options.reader.maxMessageSize = maxMessageSize
    const capabilities = params.capabilities
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true
    resolveEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true
    watchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri
    if (folder?.startsWith('file:')) {
      try {
        fallbackFolder = fileURLToPath(folder)
      } catch {
        // Keep the process's folder.
      }
    } else if (params.rootPath) {
      fallbackFolder = path.resolve(params.rootPath)
    }
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, fixAllKind],
          resolveProvider: resolveEdits
        }
      },
      serverInfo: {name: 'mtlint-language-server', version: options.version}
    }
  })

  connection.onInitialized(() => {
    if (!watchDynamically) return
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: configGlobs.map((globPattern) => ({globPattern}))
      })
      .catch((error: unknown) => log.warn(`mtlint: cannot watch configuration files: ${errorText(error)}`))
  })

  documents.onDidOpen(({document}) => {
    openedAt.set(document.uri, document.version)
    linter.schedule(document.uri, 0)
  })

  documents.onDidChangeContent(({document}) => {
    if (openedAt.get(document.uri) === document.version) return
    openedAt.delete(document.uri)
    running.get(document.uri)?.abort()
    const large = document.getText().length >= largeDocument
    linter.schedule(document.uri, delayAfterChange(debounce, lintTime.get(document.uri), large))
  })

  documents.onDidClose(({document}) => {
    linter.cancel(document.uri)
    running.get(document.uri)?.abort()
    openedAt.delete(document.uri)
    lastLogged.delete(document.uri)
    lintTime.delete(document.uri)
    paragraphCaches.delete(document.uri)
    published.delete(document.uri)
    connection.sendDiagnostics({uri: document.uri, diagnostics: []}).catch(() => undefined)
  })

  connection.onDidChangeWatchedFiles(({changes}) => {
    const relevant = changes.some((change) => {
      const name = change.uri.replace(/[?#].*$/, '').split('/').pop() ?? ''
      return configFile.test(decodeURIComponent(name))
    })
    if (relevant) relintAll()
  })

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[] | null> => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return null
    const only = params.context.only
    const target: EditTarget = {uri: document.uri, version: document.version, versioned: versionedEdits}
    const actions: CodeAction[] = []

    if (wants(only, CodeActionKind.QuickFix)) {
      actions.push(...quickFixes(document, params.context.diagnostics, published.get(document.uri) ?? [], target))
    }

    if (wants(only, fixAllKind)) {
      // Asked for by kind (on save, or from a menu): compute it now. Otherwise offer it only when
      // a published diagnostic is fixable, and compute the edit lazily if the client can resolve.
      const asked = only !== undefined
      const fixable = (published.get(document.uri) ?? []).some((diagnostic) => dataOf(diagnostic)?.fixable)
      if (asked || fixable) {
        if (!asked && resolveEdits) {
          actions.push({title: 'Fix all mtlint problems', kind: fixAllKind, data: {uri: document.uri, version: document.version}})
        } else {
          const action = await fixAll(document.uri)
          if (action) actions.push(action)
        }
      }
    }
    return actions
  })

  connection.onCodeActionResolve(async (action) => {
    const data = action.data as {uri?: unknown; version?: unknown} | undefined
    if (action.kind !== fixAllKind || typeof data?.uri !== 'string') return action
    const resolved = await fixAll(data.uri)
    return resolved ?? action
  })

  /** The fix-all action for a document, or nothing when no safe fix changes it. */
  async function fixAll(uri: string): Promise<CodeAction | undefined> {
    const document = documents.get(uri)
    if (!document) return undefined
    const snapshot = TextDocument.create(uri, document.languageId, document.version, document.getText())
    if (snapshot.getText().length > maxDocumentSize || shuttingDown) return undefined
    let fixed: string | undefined
    try {
      ;({fixed} = await lint(uri, snapshot.getText(), true, new AbortController().signal))
    } catch (error) {
      if (shuttingDown) return undefined
      log.error(`mtlint: fixing ${pathOf(uri)} failed: ${errorText(error)}`)
      return undefined
    }
    if (fixed === undefined || fixed === snapshot.getText()) return undefined
    const target: EditTarget = {uri, version: snapshot.version, versioned: versionedEdits}
    return {
      title: 'Fix all mtlint problems',
      kind: fixAllKind,
      edit: workspaceEdit(target, textEdits(snapshot, snapshot.getText(), fixed))
    }
  }

  // Answered at once: a lint under way is abandoned (one on the lint thread is aborted, which ends the thread).
  connection.onShutdown(() => {
    shuttingDown = true
    linter.dispose()
    for (const controller of underWay) controller.abort()
    lintThread.close()
  })

  documents.listen(connection)
  return {
    get shutdownReceived() {
      return shuttingDown
    }
  }
}
