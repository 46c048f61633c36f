#!/usr/bin/env node
import {format} from 'node:util'
import {createConnection, StreamMessageWriter} from 'vscode-languageserver/node'
import type {Connection} from 'vscode-languageserver/node'
import {version} from '../version.js'
import {ResilientMessageReader} from './reader.js'
import {startServer} from './server.js'


const usage = `Usage: mtlint-language-server --stdio

The mtlint language server: diagnostics, quick fixes and a fix-all action for plain-text,
Markdown and HTML articles, with the same configuration (.mtlintrc.json, package.json#mtlint)
and rules as the mtlint command line.

Transports (one is required):
  --stdio            JSON-RPC over standard input and output
  --node-ipc         Node IPC (when started by a Node language client)
  --socket=<port>    a TCP socket
  --pipe=<name>      a named pipe

Environment:
  MTLINT_LSP_DEBOUNCE   the longest wait, in milliseconds, after a change before linting
                        (default 150; below it, twice the document's last lint time, at
                        least 25; the initialization option "debounce" overrides it)

  -h, --help         show this help
  -v, --version      show the version`

const args = process.argv.slice(2)
const transports = /^--(?:stdio|node-ipc|socket|pipe)(?:=|$)/

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage + '\n')
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(version + '\n')
} else if (!args.some((arg) => transports.test(arg))) {
  process.stderr.write(`mtlint-language-server: no transport given\n\n${usage}\n`)
  process.exitCode = 2
} else {
  serve()
}

function serve(): void {
  let connection: Connection
  let readErrors: ResilientMessageReader | undefined
  if (args.includes('--stdio')) {
    // Our own reader: it skips garbage and malformed messages, and says so in the log.
    readErrors = new ResilientMessageReader(process.stdin)
    connection = createConnection(readErrors, new StreamMessageWriter(process.stdout))
  } else {
    connection = createConnection()
  }

  const logError = (text: string) => {
    try {
      connection.console.error(text)
    } catch {
      // The connection is gone: nobody to tell.
    }
  }
  const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error))

  readErrors?.onError((error) => logError(`mtlint: ${error.message.split('\n')[0]}`))
  // A bug in a handler must not end the session: log it (window/logMessage) and carry on.
  process.on('uncaughtException', (error) => logError(`mtlint: internal error: ${describe(error)}`))
  process.on('unhandledRejection', (error) => logError(`mtlint: internal error: ${describe(error)}`))

  const server = startServer(connection, {version, reader: readErrors})

  if (readErrors) {
    // Standard output belongs to the protocol: anything a dependency prints goes to the log.
    console.log = console.info = (...values: unknown[]) => connection.console.log(format(...values))
    console.warn = (...values: unknown[]) => connection.console.warn(format(...values))
    console.error = (...values: unknown[]) => connection.console.error(format(...values))
    // The client went away: end, successfully only after a shutdown request (as LSP asks).
    const end = () => process.exit(server.shutdownReceived ? 0 : 1)
    process.stdin.on('end', end)
    process.stdin.on('close', end)
  }
  connection.listen()
}
