import {existsSync} from 'node:fs'
import {homedir} from 'node:os'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind} from 'vscode-languageclient/node'
import type {LanguageClientOptions, ServerOptions} from 'vscode-languageclient/node'

/** The server's script inside an installed `mtlint` package (or the mtlint repository itself, once built). */
const serverScript = path.join('dist', 'src', 'server', 'main.js')
const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('mtlint')
/** The languages the server lints; `activationEvents` in package.json lists the same. */
const languages = ['plaintext', 'markdown', 'html']

let client: LanguageClient | undefined
let output: vscode.LogOutputChannel | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('mtlint', {log: true})
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('mtlint.restartServer', restart),
    vscode.commands.registerCommand('mtlint.fixAll', fixAll),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('mtlint.server')) void restart()
    })
  )
  await start()
}

export async function deactivate(): Promise<void> {
  await stop()
}

async function start(): Promise<void> {
  const server = serverOptions()
  const settings = vscode.workspace.getConfiguration('mtlint')
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['file', 'untitled'].flatMap((scheme) => languages.map((language) => ({scheme, language}))),
    // The server registers its own watchers for .mtlintrc*, .mtlintignore and package.json.
    initializationOptions: {debounce: settings.get<number>('server.debounce', 150)},
    outputChannel: output,
    traceOutputChannel: output
  }
  client = new LanguageClient('mtlint', 'mtlint', server, clientOptions)
  try {
    await client.start()
  } catch (error) {
    client = undefined
    output?.error(`The language server did not start: ${String(error)}`)
    void vscode.window.showWarningMessage(
      'mtlint: the language server did not start. Install mtlint in the workspace (npm install --save-dev mtlint) or globally, or set "mtlint.server.path".'
    )
  }
}

async function stop(): Promise<void> {
  const running = client
  client = undefined
  if (running) await running.stop()
}

async function restart(): Promise<void> {
  await stop()
  await start()
}

/** Apply the server's `source.fixAll.mtlint` action to the active editor. */
async function fixAll(): Promise<void> {
  if (!vscode.window.activeTextEditor) return
  await vscode.commands.executeCommand('editor.action.codeAction', {kind: fixAllKind.value, apply: 'first'})
}

function expandHome(file: string): string {
  return file === '~' || file.startsWith('~/') ? path.join(homedir(), file.slice(1)) : file
}

/**
 * How to start the server: the `mtlint.server.path` setting (a `.js` script runs on VS Code's own
 * Node, anything else is an executable); else the workspace's `node_modules/mtlint`, or the
 * workspace itself when it is the mtlint repository; else `mtlint-language-server` on the PATH.
 */
function serverOptions(): ServerOptions {
  const settings = vscode.workspace.getConfiguration('mtlint')
  const folders = vscode.workspace.workspaceFolders?.map((folder) => folder.uri.fsPath) ?? []
  const configured = settings.get<string>('server.path', '').trim()

  if (configured) {
    const file = path.resolve(folders[0] ?? process.cwd(), expandHome(configured))
    if (/\.[cm]?js$/.test(file)) return {module: file, transport: TransportKind.stdio}
    return {command: file, transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
  }

  for (const folder of folders) {
    for (const candidate of [path.join(folder, 'node_modules', 'mtlint', serverScript), path.join(folder, serverScript)]) {
      if (existsSync(candidate)) return {module: candidate, transport: TransportKind.stdio}
    }
  }
  return {command: 'mtlint-language-server', transport: TransportKind.stdio, options: {shell: process.platform === 'win32'}}
}
