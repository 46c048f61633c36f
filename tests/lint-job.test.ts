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

  it('fails, naming the file and the rule, with the rule’s own error as its cause', () => {
    let thrown: unknown
    try {
      runLintJob(job)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(Error)
    expect((thrown as Error).message).toBe('a.txt: Rule `throwing` crashed: boom')
    expect((thrown as Error).cause).toBe(ruleError)
  })

  it('fails alone in a batch: the other articles keep their results', () => {
    const outcomes = runLintJobs([job, {...job, path: 'b.txt', settings: {}}])
    expect(outcomes[0]).toEqual({error: 'a.txt: Rule `throwing` crashed: boom'})
    expect(outcomes[1]).toMatchObject({result: {messages: [{ruleId: 'doubled-punctuation'}]}})
  })
})
