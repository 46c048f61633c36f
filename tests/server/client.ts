import {spawn} from 'node:child_process'
import type {ChildProcessWithoutNullStreams} from 'node:child_process'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {TextEdit} from 'vscode-languageserver-textdocument'
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'
import type {
  ClientCapabilities,
  CodeAction,
  CodeActionKind,
  Diagnostic,
  InitializeResult,
  LogMessageParams,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
  Registration,
  WorkspaceEdit
} from 'vscode-languageserver-protocol/node'

export const serverPath = fileURLToPath(new URL('../../dist/src/server/main.js', import.meta.url))

export const fileUri = (file: string) => pathToFileURL(file).href

/** A language client for tests: spawns the built server and talks JSON-RPC to it over stdio. */
export class TestClient {
  readonly process: ChildProcessWithoutNullStreams
  readonly connection: ProtocolConnection
  readonly logs: LogMessageParams[] = []
  readonly registrations: Registration[] = []
  /** Every publishDiagnostics, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = []
  /** The client's copy of each open document. */
  readonly documents = new Map<string, TextDocument>()
  readonly exited: Promise<number | null>
  stderr = ''
  private waiters: Array<() => void> = []

  constructor(options: {cwd: string; env?: NodeJS.ProcessEnv}) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], {
      cwd: options.cwd,
      env: {...process.env, ...options.env},
      stdio: 'pipe'
    })
    this.process.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk))
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)))
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin)
    )
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      this.wake()
    })
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params)
      this.wake()
    })
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations)
    })
    this.connection.listen()
  }

  async initialize(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions
    })
    await this.connection.sendNotification(InitializedNotification.type, {})
    return result
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text))
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId, version: 1, text}
    })
  }

  /** Apply edits to the client's copy and send them as one incremental change; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const document = this.document(uri)
    // LSP applies a change's content changes one after the other: send them from the last to
    // the first so that each range is still right when it is applied.
    const ordered = [...edits].sort(
      (a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start)
    )
    const text = TextDocument.applyEdits(document, edits)
    const version = document.version + 1
    this.documents.set(uri, TextDocument.create(uri, document.languageId, version, text))
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: ordered.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    return version
  }

  /** Apply a workspace edit (as `changes` or versioned `documentChanges`) to one document. */
  async applyWorkspaceEdit(uri: string, edit: WorkspaceEdit): Promise<number> {
    let edits: TextEdit[] = edit.changes?.[uri] ?? []
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change) || change.textDocument.uri !== uri) continue
      if (change.textDocument.version !== null && change.textDocument.version !== this.document(uri).version) {
        throw new Error(`stale edit: for version ${change.textDocument.version}, document is at ${this.document(uri).version}`)
      }
      edits = edits.concat(change.edits as TextEdit[])
    }
    return this.edit(uri, edits)
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri)
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  document(uri: string): TextDocument {
    const document = this.documents.get(uri)
    if (!document) throw new Error(`not open: ${uri}`)
    return document
  }

  text(uri: string): string {
    return this.document(uri).getText()
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: CodeActionKind[]) {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range,
      context: {diagnostics, only}
    }) as Promise<CodeAction[] | null>
  }

  /**
   * The first diagnostics published for `uri` after the first `after` publications (of any
   * document) that satisfy `accept`.
   */
  async diagnostics(
    uri: string,
    options: {after?: number; version?: number; accept?: (diagnostics: Diagnostic[]) => boolean; timeout?: number} = {}
  ): Promise<PublishDiagnosticsParams> {
    const {after = 0, version, accept = () => true, timeout = 5000} = options
    return this.waitFor(() => {
      for (const params of this.published.slice(after)) {
        if (params.uri !== uri) continue
        if (version !== undefined && params.version !== version) continue
        if (accept(params.diagnostics)) return params
      }
      return undefined
    }, timeout, `diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`)
  }

  async log(pattern: RegExp, timeout = 5000): Promise<LogMessageParams> {
    return this.waitFor(() => this.logs.find((log) => pattern.test(log.message)), timeout, `a log message matching ${pattern}`)
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await this.exited
    this.connection.dispose()
    return code
  }

  kill(): void {
    this.connection.dispose()
    if (this.process.exitCode === null) this.process.kill()
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter()
  }

  private waitFor<T>(find: () => T | undefined, timeout: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== check)
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`))
      }, timeout)
      const check = () => {
        const found = find()
        if (found !== undefined) {
          clearTimeout(timer)
          resolve(found)
        } else {
          this.waiters.push(check)
        }
      }
      check()
    })
  }
}
