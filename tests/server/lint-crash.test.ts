import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, describe, expect, it, vi} from 'vitest'

// A rule that crashes, as `runLintJob` reports it: an error whose cause is the rule's own error.
const ruleError = new Error('boom')
vi.mock('../../src/lint-job.js', () => ({
  runLintJob: () => {
    throw new Error('a.txt: Rule `doubled-punctuation` crashed: boom', {cause: ruleError})
  }
}))

const {lintText} = await import('../../src/server/linter.js')
const {causeStack, isFileError, toDiagnostic} = await import('../../src/server/convert.js')

describe('a rule that crashes in the language server', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-crash-'))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('comes back as one error at the start of the document, and the log gets the rule’s stack', async () => {
    const text = 'It ended. . Then.'
    const {messages} = await lintText(path.join(folder, 'a.txt'), text)
    expect(messages).toHaveLength(1)
    expect(isFileError(messages[0])).toBe(true)
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text)
    expect(toDiagnostic(messages[0], document)).toEqual({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: 1,
      source: 'mtlint',
      message: 'a.txt: Rule `doubled-punctuation` crashed: boom'
    })
    expect(causeStack(messages[0])).toBe(ruleError.stack)
  })

  it('a finding of a rule set to error is not a file error', async () => {
    const {VFile} = await import('vfile')
    const finding = new VFile('x').message('Unexpected second period', {ruleId: 'doubled-punctuation'})
    finding.fatal = true
    expect(isFileError(finding)).toBe(false)
  })
})
