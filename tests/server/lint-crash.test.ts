import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterAll, describe, expect, it, vi} from 'vitest'

const ruleError = new Error('boom')

// The registry with one more rule, which throws on the first sentence.
vi.mock('../../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../rules/index.js')>()
  const {throwingRule} = await import('../throwing-rule.js')
  return {rules: [...original.rules, throwingRule(ruleError)]}
})

const {lintText} = await import('../../src/server/linter.js')
const {toDiagnostic} = await import('../../src/server/convert.js')
const {innermostStack, isCrash, isFailure} = await import('../../src/message.js')

describe('a rule that crashes in the language server', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'mtlint-crash-'))
  writeFileSync(path.join(folder, '.mtlintrc.json'), JSON.stringify({rules: {throwing: 'warn'}}))
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  it('comes back as a crash at the start of the document, the other rules’ findings kept, and the log gets the rule’s stack', async () => {
    const text = 'It ended. . Then.'
    const {messages} = await lintText(path.join(folder, 'a.txt'), text)
    const crash = messages.find(isCrash)!
    expect(crash).toBeDefined()
    expect(messages.filter((message) => !isFailure(message)).map((message) => message.ruleId)).toEqual(['doubled-punctuation'])
    const document = TextDocument.create('file:///a.txt', 'plaintext', 1, text)
    expect(toDiagnostic(crash, document)).toEqual({
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      severity: 1,
      source: 'mtlint',
      code: 'throwing',
      message: 'Rule `throwing` crashed: boom'
    })
    expect(innermostStack(crash.cause)).toBe(ruleError.stack)
  })

  it('a finding of a rule set to error is not a failure', async () => {
    const {VFile} = await import('vfile')
    const finding = new VFile('x').message('Unexpected second period', {ruleId: 'doubled-punctuation'})
    finding.fatal = true
    expect(isFailure(finding)).toBe(false)
  })
})
