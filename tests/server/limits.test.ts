import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {DiagnosticSeverity, ShutdownRequest} from 'vscode-languageserver-protocol/node'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {fileUri, TestClient} from './client.js'

// What untrusted documents and bytes may not make the server do: block the other documents, hold
// up the shutdown, or make it allocate or wait for whatever size a header claims.

const paragraph = 'The ministry said the plan would go ahead as agreed in talks last week. '.repeat(8) + '\n\n'
/** An article of about `size` characters with one `,,` at its very end. */
const article = (size: number) => paragraph.repeat(Math.ceil(size / paragraph.length)) + 'At the very end,, a slip.\n'

let dir: string
const clients: TestClient[] = []

function start(initializationOptions?: unknown) {
  const client = new TestClient({cwd: dir})
  clients.push(client)
  return client.initialize({}, {debounce: 0, ...(initializationOptions as object)}).then(() => client)
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtlint-limits-'))
  writeFileSync(path.join(dir, '.mtlintrc.json'), JSON.stringify({preset: 'none', rules: {'doubled-punctuation': 'warn'}}))
})

afterEach(() => {
  for (const client of clients.splice(0)) client.kill()
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

describe('a large document', () => {
  it('is linted off the main thread: a small document opened after it gets its diagnostics first', async () => {
    const client = await start()
    const big = fileUri(path.join(dir, 'big.txt'))
    const small = fileUri(path.join(dir, 'small.txt'))
    await client.open(big, article(3_000_000))
    await client.open(small, 'Quick,, reply.')
    const smallDiagnostics = await client.diagnostics(small, {timeout: 30_000})
    const bigDiagnostics = await client.diagnostics(big, {timeout: 60_000})
    expect(smallDiagnostics.diagnostics).toHaveLength(1)
    expect(bigDiagnostics.diagnostics).toHaveLength(1)
    expect(client.published.indexOf(smallDiagnostics)).toBeLessThan(client.published.indexOf(bigDiagnostics))
  }, 90_000)

  it('is linted again when it changes, and the stale lint of the old version publishes nothing', async () => {
    const client = await start()
    const big = fileUri(path.join(dir, 'changing.txt'))
    await client.open(big, article(1_000_000))
    const version = await client.edit(big, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, newText: 'Now,, '}])
    const {diagnostics} = await client.diagnostics(big, {version, timeout: 60_000})
    expect(diagnostics.map((diagnostic) => diagnostic.range.start.line)).toEqual([0, diagnostics[1].range.start.line])
    expect(client.published.filter((params) => params.uri === big).map((params) => params.version)).toEqual([version])
  }, 90_000)

  it('over the limit (initialization option maxDocumentSize) gets one warning at its start instead of a lint', async () => {
    const client = await start({maxDocumentSize: 1000})
    const uri = fileUri(path.join(dir, 'too-large.txt'))
    await client.open(uri, 'Over,, the limit. '.repeat(100))
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toMatchObject([
      {
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Warning,
        source: 'mtlint',
        message: expect.stringMatching(/did not lint this document: it has 1,800 characters, more than the limit of 1,000/)
      }
    ])
    // Under the limit, linted as usual.
    const small = fileUri(path.join(dir, 'under.txt'))
    await client.open(small, 'Under,, the limit.')
    expect((await client.diagnostics(small)).diagnostics).toMatchObject([{code: 'doubled-punctuation'}])
  })

  it('does not hold up the shutdown: the response comes while it is being linted, and exit ends the process', async () => {
    const client = await start()
    await client.open(fileUri(path.join(dir, 'huge.txt')), article(5_000_000))
    await client.connection.sendRequest(ShutdownRequest.type)
    await client.connection.sendNotification('exit')
    expect(await client.exited).toBe(0)
    // The abandoned lint is no failure to report.
    expect(client.published.flatMap((params) => params.diagnostics).filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)).toEqual([])
  }, 30_000)
})

describe('a message header', () => {
  it('with an absurd, negative or non-numeric Content-Length is refused at once, and the next message is served', async () => {
    const client = await start()
    const stdin = client.process.stdin
    stdin.write('Content-Length: 400000000\r\n\r\n')
    stdin.write('Content-Length: -12\r\n\r\n')
    stdin.write('Content-Length: twelve\r\n\r\n')
    const uri = fileUri(path.join(dir, 'after-headers.txt'))
    await client.open(uri, 'Served,, still.')
    expect((await client.diagnostics(uri)).diagnostics).toHaveLength(1)
    await client.log(/refused a message of 400000000 bytes: more than the limit of 67108864/)
    await client.log(/refused a message header: Content-Length "-12" is not a number of bytes/)
    await client.log(/refused a message header: Content-Length "twelve" is not a number of bytes/)
  })

  it('over the limit set by the initialization option maxMessageSize is refused, its body skipped as garbage', async () => {
    const client = await start({maxMessageSize: 2000})
    const big = fileUri(path.join(dir, 'big-message.txt'))
    await client.open(big, 'Too big,, for a message. '.repeat(200))
    const uri = fileUri(path.join(dir, 'small-message.txt'))
    await client.open(uri, 'Small,, enough.')
    expect((await client.diagnostics(uri)).diagnostics).toHaveLength(1)
    await client.log(/refused a message of \d+ bytes: more than the limit of 2000/)
    expect(client.published.map((params) => params.uri)).not.toContain(big)
  })

  it('that never ends is not buffered whole: bytes without a blank line are dropped, and the next message is served', async () => {
    const client = await start()
    client.process.stdin.write('x'.repeat(1_000_000))
    const uri = fileUri(path.join(dir, 'after-stream.txt'))
    await client.open(uri, 'Served,, after.')
    expect((await client.diagnostics(uri)).diagnostics).toHaveLength(1)
    await client.log(/skipping bytes that are not a message header/)
  })
})
