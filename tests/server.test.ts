import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {DiagnosticSeverity, FileChangeType} from 'vscode-languageserver-protocol/node'
import {
  CodeActionResolveRequest,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ExitNotification,
  ResponseError
} from 'vscode-languageserver-protocol/node'
import type {ClientCapabilities, CodeAction, Diagnostic, Range} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixAllKind, quickFixes, textEdits, toDiagnostic} from '../src/server/convert.js'
import {fileErrorMessage} from '../src/message.js'
import {Debouncer, delayAfterChange, minimumDelay} from '../src/server/scheduler.js'
import {fileUri, TestClient} from './server/client.js'

/** One rule only, so that rules added to the presets do not move these ranges. */
const onlyDoubledPunctuation = (severity: 'warn' | 'error') =>
  JSON.stringify({preset: 'none', rules: {'doubled-punctuation': severity}})

const article = 'He left. . Then he came back,, and said so.\nThe talks ended., 2020 was hard.\n'
/** What `mtlint --fix` makes of it: `.,` before a number has two repairs, so it stays. */
const articleFixed = 'He left. Then he came back, and said so.\nThe talks ended., 2020 was hard.\n'

const capabilities: ClientCapabilities = {
  workspace: {didChangeWatchedFiles: {dynamicRegistration: true}, workspaceEdit: {documentChanges: true}},
  textDocument: {
    publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
    codeAction: {
      dataSupport: true,
      codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source', 'source.fixAll']}}
    }
  }
}

/** A range on one line. */
const range = (line: number, from: number, to: number): Range => ({
  start: {line, character: from},
  end: {line, character: to}
})
/** A range across lines. */
const span = (line: number, character: number, endLine: number, endCharacter: number): Range => ({
  start: {line, character},
  end: {line: endLine, character: endCharacter}
})

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map((diagnostic) => ({range: diagnostic.range, severity: diagnostic.severity, code: diagnostic.code}))

let dir: string
let client: TestClient
let initializeResult: Awaited<ReturnType<TestClient['initialize']>>

function write(name: string, content: string): string {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, content)
  return file
}

async function configChanged(name = '.mtlintrc.json') {
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
    changes: [{uri: fileUri(path.join(dir, name)), type: FileChangeType.Changed}]
  })
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtlint-server-'))
  write('.mtlintrc.json', onlyDoubledPunctuation('error'))
  // The initialization option overrides the environment variable (a 10 s debounce would time out).
  client = new TestClient({cwd: dir, env: {MTLINT_LSP_DEBOUNCE: '10000'}})
  initializeResult = await client.initialize(capabilities, {debounce: 100})
})

afterAll(() => {
  client?.kill()
  rmSync(dir, {recursive: true, force: true})
})

describe('mtlint language server over stdio', () => {
  it('announces incremental sync, quick fixes and the fix-all kind, and watches configuration files', async () => {
    expect(initializeResult.capabilities.textDocumentSync).toMatchObject({openClose: true, change: 2})
    expect(initializeResult.capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: ['quickfix', 'source.fixAll.mtlint']
    })
    expect(initializeResult.serverInfo?.name).toBe('mtlint-language-server')
    await expect.poll(() => client.registrations.map((registration) => registration.method)).toContain(
      'workspace/didChangeWatchedFiles'
    )
    const watchers = client.registrations[0].registerOptions as {watchers: Array<{globPattern: string}>}
    expect(watchers.watchers.map((watcher) => watcher.globPattern)).toContain('**/.mtlintrc.*')
  })

  it('publishes diagnostics with exact ranges, rule id, link, severity and source on open', async () => {
    const uri = fileUri(write('article.txt', article))
    await client.open(uri, article)
    const {diagnostics, version} = await client.diagnostics(uri)
    expect(version).toBe(1)
    expect(diagnostics).toEqual([
      {
        range: range(0, 8, 10),
        severity: DiagnosticSeverity.Error,
        source: 'mtlint',
        code: 'doubled-punctuation',
        codeDescription: {href: 'https://github.com/mtlint/mtlint/blob/main/rules/doubled-punctuation.md'},
        message: 'Unexpected second period, remove it',
        data: {actual: ' .', expected: [''], fixable: true}
      },
      expect.objectContaining({range: range(0, 28, 30), message: 'Unexpected repeated `,,`, expected `,`'}),
      expect.objectContaining({range: range(1, 15, 17), data: {actual: '.,', expected: [',', '.'], fixable: false}})
    ])
  })

  it('counts UTF-16 code units after emoji and CJK text, and CRLF line ends', async () => {
    const emoji = 'Fans cheered 🎉 loudly,, then left.\n東京の記者 said so;; nothing more.\n'
    const emojiUri = fileUri(path.join(dir, 'emoji.txt'))
    await client.open(emojiUri, emoji)
    expect(summary((await client.diagnostics(emojiUri)).diagnostics).map((d) => d.range)).toEqual([
      range(0, 22, 24), // 🎉 is two code units
      range(1, 13, 15)
    ])

    const crlf = 'First line.\r\nThe second,, line.\r\nThird line. . End.\r\n'
    const crlfUri = fileUri(path.join(dir, 'crlf.txt'))
    await client.open(crlfUri, crlf)
    expect(summary((await client.diagnostics(crlfUri)).diagnostics).map((d) => d.range)).toEqual([
      range(1, 10, 12),
      range(2, 11, 13)
    ])
    await client.close(emojiUri)
    await client.close(crlfUri)
  })

  it('offers one quick fix per expected choice, and applying one clears its diagnostic', async () => {
    const uri = fileUri(path.join(dir, 'article.txt'))
    const {diagnostics} = await client.diagnostics(uri, {version: 1})
    const actions = (await client.codeActions(uri, span(0, 0, 2, 0), diagnostics, ['quickfix'])) ?? []
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ['Remove ` .`', 'quickfix', true],
      ['Replace `,,` with `,`', 'quickfix', true],
      ['Replace `.,` with `,`', 'quickfix', false],
      ['Replace `.,` with `.`', 'quickfix', false]
    ])
    const comma = actions[1]
    expect(comma.diagnostics).toEqual([diagnostics[1]])
    const before = client.published.length
    const version = await client.applyWorkspaceEdit(uri, comma.edit!)
    expect(client.text(uri)).toBe('He left. . Then he came back, and said so.\nThe talks ended., 2020 was hard.\n')
    const after = await client.diagnostics(uri, {after: before, version})
    expect(summary(after.diagnostics).map((d) => d.range)).toEqual([range(0, 8, 10), range(1, 15, 17)])
  })

  it('fixes all safe problems with the source.fixAll.mtlint action, as mtlint --fix does', async () => {
    const uri = fileUri(path.join(dir, 'article.txt'))
    // Put the `,,` back so that the fix-all has two fixes to make.
    await client.edit(uri, [{range: range(0, 28, 28), newText: ','}])
    expect(client.text(uri)).toBe(article)

    const actions = (await client.codeActions(uri, range(0, 0, 0), [], ['source.fixAll'])) ?? []
    expect(actions).toHaveLength(1)
    const [fixAll] = actions as [CodeAction]
    expect(fixAll).toMatchObject({title: 'Fix all mtlint problems', kind: fixAllKind})
    // Minimal edits, against the version they were computed for.
    const change = fixAll.edit!.documentChanges![0] as {textDocument: {version: number}; edits: unknown[]}
    expect(change.textDocument.version).toBe(client.document(uri).version)
    expect(change.edits.length).toBe(2)

    const before = client.published.length
    const version = await client.applyWorkspaceEdit(uri, fixAll.edit!)
    expect(client.text(uri)).toBe(articleFixed)
    const {diagnostics} = await client.diagnostics(uri, {after: before, version})
    expect(diagnostics.map((diagnostic) => [diagnostic.range, (diagnostic.data as {fixable: boolean}).fixable])).toEqual([
      [range(1, 15, 17), false]
    ])

    // Nothing safe left to fix: no fix-all action.
    expect(await client.codeActions(uri, range(0, 0, 0), [], [fixAllKind])).toEqual([])
  })

  it('follows incremental changes, debounced, and drops results for stale versions', async () => {
    const uri = fileUri(path.join(dir, 'article.txt'))
    const before = client.published.length
    // A burst of keystrokes, sent together: type ` Again,, here.` at the end of the first line.
    const sent = [...' Again,, here.'].map((character, at) =>
      client.edit(uri, [{range: range(0, 40 + at, 40 + at), newText: character}])
    )
    const version = (await Promise.all(sent)).at(-1)!
    const {diagnostics} = await client.diagnostics(uri, {after: before, version})
    expect(summary(diagnostics).map((d) => d.range)).toEqual([range(0, 46, 48), range(1, 15, 17)])
    // The burst cost one lint: nothing was published for the versions in between.
    expect(client.published.slice(before).filter((params) => params.uri === uri).map((params) => params.version)).toEqual([version])

    // Deleting text before a problem moves its range.
    const moved = await client.edit(uri, [{range: range(0, 0, 9), newText: ''}])
    const after = await client.diagnostics(uri, {version: moved})
    expect(summary(after.diagnostics).map((d) => d.range)).toEqual([range(0, 37, 39), range(1, 15, 17)])

    // A multi-line change that joins the lines.
    const joined = await client.edit(uri, [{range: span(0, 45, 1, 0), newText: ' '}])
    const last = await client.diagnostics(uri, {version: joined})
    expect(summary(last.diagnostics).map((d) => d.range)).toEqual([range(0, 37, 39), range(0, 61, 63)])
  })

  it('re-lints open documents when the configuration changes, and reports a broken one without crashing', async () => {
    const uri = fileUri(path.join(dir, 'article.txt'))
    const before = client.published.length
    write('.mtlintrc.json', onlyDoubledPunctuation('warn'))
    await configChanged()
    const warned = await client.diagnostics(uri, {after: before})
    expect(warned.diagnostics.length).toBeGreaterThan(0)
    expect(new Set(warned.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(new Set([DiagnosticSeverity.Warning]))

    const broken = client.published.length
    write('.mtlintrc.json', '{"preset": "none", "rules": {"no-such-rule": "error"}}')
    await configChanged()
    const error = await client.diagnostics(uri, {after: broken})
    expect(error.diagnostics).toEqual([
      expect.objectContaining({range: range(0, 0, 0), severity: DiagnosticSeverity.Error, source: 'mtlint'})
    ])
    expect(error.diagnostics[0].message).toMatch(/no-such-rule/)
    expect((await client.log(/no-such-rule/)).type).toBe(1)

    const fixed = client.published.length
    write('.mtlintrc.json', onlyDoubledPunctuation('error'))
    await configChanged()
    const restored = await client.diagnostics(uri, {after: fixed})
    expect(new Set(restored.diagnostics.map((diagnostic) => diagnostic.severity))).toEqual(new Set([DiagnosticSeverity.Error]))

    // A change to an unrelated file does not re-lint.
    const unrelated = client.published.length
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: fileUri(path.join(dir, 'notes.txt')), type: FileChangeType.Changed}]
    })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(client.published.length).toBe(unrelated)
  })

  it('lints Markdown and unsaved documents, and leaves ignored files alone', async () => {
    const markdown = fileUri(path.join(dir, 'notes.md'))
    await client.open(markdown, '# Title\n\nShe agreed,, at last.\n', 'markdown')
    expect(summary((await client.diagnostics(markdown)).diagnostics).map((d) => d.range)).toEqual([range(2, 10, 12)])

    // Unsaved, with no file to read back: a U+FFFD in it is linted as text, not as broken input.
    const untitled = 'untitled:Untitled-1'
    await client.open(untitled, 'They won;; the crowd \uFFFD cheered.')
    expect((await client.diagnostics(untitled)).diagnostics).toEqual([
      expect.objectContaining({range: range(0, 8, 10), data: {actual: ';;', expected: [';'], fixable: true}})
    ])

    write('.mtlintignore', 'ignored/\n')
    const ignored = fileUri(path.join(dir, 'ignored', 'draft.txt'))
    await client.open(ignored, 'Ignored,, here.')
    expect((await client.diagnostics(ignored)).diagnostics).toEqual([])
    for (const uri of [markdown, untitled, ignored]) await client.close(uri)
    rmSync(path.join(dir, '.mtlintignore'))
  })

  it('survives garbage, malformed JSON and unknown methods, and keeps answering', async () => {
    client.process.stdin.write('this is not a header\r\n\r\n')
    const body = '{"jsonrpc": "2.0", "id": 99, "method": '
    client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
    client.process.stdin.write(Buffer.from([0xff, 0xfe, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]))
    // Stray bytes with no blank line of their own run into the next message's header.
    client.process.stdin.write('{"stray": tru')

    const unknown = client.connection.sendRequest('mtlint/noSuchMethod', {})
    await expect(unknown).rejects.toBeInstanceOf(ResponseError)
    await expect(unknown).rejects.toMatchObject({code: ErrorCodes.MethodNotFound})
    await client.connection.sendNotification('mtlint/noSuchNotification', {})
    // Each was skipped and logged, as an error, through window/logMessage.
    expect((await client.log(/not a message header/)).type).toBe(1)
    expect((await client.log(/malformed JSON/)).type).toBe(1)
    await client.log(/skipped bytes before a message header/)

    // Still linting, and the other documents keep their diagnostics.
    const uri = fileUri(path.join(dir, 'after-garbage.txt'))
    await client.open(uri, 'Still here,, of course.')
    expect(summary((await client.diagnostics(uri)).diagnostics).map((d) => d.range)).toEqual([range(0, 10, 12)])
    // The article typed earlier still has its `,,` to fix.
    const actions = await client.codeActions(fileUri(path.join(dir, 'article.txt')), range(0, 0, 0), [], [fixAllKind])
    expect(actions?.map((action) => action.kind)).toEqual([fixAllKind])
    expect(client.process.exitCode).toBeNull()
    await client.close(uri)
  })

  it('lints a document of several megabytes and keeps serving the others', async () => {
    const paragraph = 'The ministry said the plan would go ahead as agreed in talks last week. '.repeat(8) + '\n\n'
    const big = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length)) + 'At the very end,, a slip.\n'
    const uri = fileUri(path.join(dir, 'big.txt'))
    await client.open(uri, big)
    // Opened while the big one is being linted (on the lint thread): served meanwhile.
    const small = fileUri(path.join(dir, 'small.txt'))
    await client.open(small, 'Quick,, reply.')
    const lines = big.split('\n').length - 1
    const {diagnostics} = await client.diagnostics(uri, {timeout: 15_000})
    expect(summary(diagnostics).map((d) => d.range)).toEqual([range(lines - 1, 15, 17)])
    expect((await client.diagnostics(small)).diagnostics).toHaveLength(1)
    await client.close(uri)
    await client.close(small)
  }, 20_000)

  it('clears diagnostics on close', async () => {
    const uri = fileUri(path.join(dir, 'article.txt'))
    const before = client.published.length
    await client.close(uri)
    const cleared = await client.diagnostics(uri, {after: before})
    expect(cleared.diagnostics).toEqual([])
  })

  it('shuts down and exits with code 0', async () => {
    expect(await client.shutdown()).toBe(0)
  })
})

describe('mtlint language server with a plainer client', () => {
  it('resolves the fix-all edit lazily, sends plain `changes`, and exits with 1 without a shutdown', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-server-'))
    writeFileSync(path.join(folder, 'package.json'), JSON.stringify({mtlint: {preset: 'none', rules: {'doubled-punctuation': 'warn'}}}))
    const plain = new TestClient({cwd: folder})
    try {
      const result = await plain.initialize({textDocument: {codeAction: {resolveSupport: {properties: ['edit']}}}})
      expect(result.capabilities.codeActionProvider).toMatchObject({resolveProvider: true})
      const uri = fileUri(path.join(folder, 'story.txt'))
      await plain.open(uri, article)
      const {diagnostics} = await plain.diagnostics(uri)
      // Configuration from package.json#mtlint: warnings.
      expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual([2, 2, 2])

      // Unfiltered (a lightbulb): the quick fixes, and the fix-all without its edit yet.
      const actions = (await plain.codeActions(uri, range(0, 0, 0), diagnostics)) ?? []
      expect(actions.map((action) => action.kind)).toEqual(['quickfix', 'quickfix', 'quickfix', 'quickfix', fixAllKind])
      expect(actions[0].edit).toEqual({changes: {[uri]: [{range: range(0, 8, 10), newText: ''}]}})
      const lazy = actions[4]
      expect(lazy.edit).toBeUndefined()
      const resolved = await plain.connection.sendRequest(CodeActionResolveRequest.type, lazy)
      await plain.applyWorkspaceEdit(uri, resolved.edit!)
      expect(plain.text(uri)).toBe(articleFixed)

      expect(plain.registrations).toEqual([])
      await plain.connection.sendNotification(ExitNotification.type)
      expect(await plain.exited).toBe(1)
    } finally {
      plain.kill()
      rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('server pieces', () => {
  const document = TextDocument.create('file:///a.txt', 'plaintext', 1, 'Ok 🎉,, go.\r\nNext')

  it('puts a configuration error at the start of the document, with its cause', () => {
    const file = new VFile({path: 'a.txt', value: document.getText()})
    const config = fileErrorMessage(file, 'Cannot process file', new Error('unknown rule `x`'))
    expect(toDiagnostic(config, document)).toMatchObject({
      range: range(0, 0, 0),
      severity: DiagnosticSeverity.Error,
      message: 'Cannot process file: unknown rule `x`'
    })
  })

  it('offers no quick fix when the text under a diagnostic has changed', () => {
    const diagnostic: Diagnostic = {
      range: range(0, 5, 7),
      message: 'm',
      source: 'mtlint',
      data: {actual: ';;', expected: [';'], fixable: true}
    }
    const target = {uri: document.uri, version: 1, versioned: false}
    expect(quickFixes(document, [diagnostic], [], target)).toEqual([])
    const current = {...diagnostic, data: {actual: ',,', expected: [','], fixable: true}}
    expect(quickFixes(document, [current], [], target)).toHaveLength(1)
    // Without `data` (a client that drops it), the published copy is used.
    const {data: _data, ...bare} = current
    expect(quickFixes(document, [bare], [current], target)).toHaveLength(1)
  })

  it('turns a fixed text into small edits that never split a surrogate pair', () => {
    const apply = (before: string, after: string) => {
      const doc = TextDocument.create('file:///b.txt', 'plaintext', 1, before)
      const edits = textEdits(doc, before, after)
      return {edits: edits.length, output: TextDocument.applyEdits(doc, edits)}
    }
    expect(apply('a,, b. . c', 'a, b. c')).toEqual({edits: 2, output: 'a, b. c'})
    expect(apply('x 😀 y', 'x 😁 y')).toEqual({edits: 1, output: 'x 😁 y'})
    expect(apply('same', 'same')).toEqual({edits: 0, output: 'same'})
    expect(apply('ab\r\ncd,,', 'ab\ncd,')).toMatchObject({output: 'ab\ncd,'})
  })

  it('waits after a change twice the last lint time, at least the minimum, at most the debounce', () => {
    expect(delayAfterChange(150, undefined, false)).toBe(150)
    expect(delayAfterChange(150, 4, false)).toBe(minimumDelay)
    expect(delayAfterChange(150, 40, false)).toBe(80)
    expect(delayAfterChange(150, 400, false)).toBe(150)
    expect(delayAfterChange(0, 40, false)).toBe(0)
    // A document linted on the lint thread waits at least as long as its last lint took.
    expect(delayAfterChange(150, 4000, true)).toBe(4000)
    expect(delayAfterChange(0, 4000, true)).toBe(4000)
    expect(delayAfterChange(150, 40, true)).toBe(80)
  })

  it('debounces a burst into one run and queues one more for a change during a run', async () => {
    const runs: string[] = []
    let release: () => void = () => undefined
    const debouncer = new Debouncer(
      async (key) => {
        runs.push(key)
        if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve))
      },
      () => undefined
    )
    for (let at = 0; at < 5; at++) debouncer.schedule('a', 20)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(runs).toEqual(['a'])
    debouncer.schedule('a', 0)
    debouncer.schedule('a', 0)
    expect(runs).toEqual(['a'])
    release()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(runs).toEqual(['a', 'a'])
    debouncer.dispose()
  })
})
