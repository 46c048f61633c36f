import {describe, expect, it, vi} from 'vitest'

const ruleError = new Error('boom')

// The registry with one more rule, which throws on the first sentence.
vi.mock('../rules/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../rules/index.js')>()
  const {throwingRule} = await import('./throwing-rule.js')
  return {rules: [...original.rules, throwingRule(ruleError)]}
})

const {runLintJob, runLintJobs} = await import('../src/lint-job.js')

describe('a lint job whose rule crashes', () => {
  const job = {path: 'a.txt', text: 'It ended. . Then.', settings: {rules: {throwing: 'warn' as const}}, fix: false}

  it('keeps the other rules’ findings and adds the crash, with the rule’s own stack', () => {
    const {messages} = runLintJob(job)
    expect(messages.map((message) => [message.kind, message.ruleId])).toEqual([
      ['finding', 'doubled-punctuation'],
      ['crash', 'throwing']
    ])
    expect(messages[1].reason).toBe('Rule `throwing` crashed: boom')
    expect(messages[1].stack).toBe(ruleError.stack)
  })

  it('crashes alone in a batch: the other articles keep their results', () => {
    const outcomes = runLintJobs([job, {...job, path: 'b.txt', settings: {}}])
    expect(outcomes[0]).toMatchObject({result: {messages: [{ruleId: 'doubled-punctuation'}, {kind: 'crash'}]}})
    expect(outcomes[1]).toMatchObject({result: {messages: [{ruleId: 'doubled-punctuation'}]}})
  })
})
