import {createRequire} from 'node:module'
import {describe, expect, it} from 'vitest'

describe('the worker thread module', () => {
  it('is CommonJS, which piscina can require() without loading an ES module graph, and resolves to the batch linter', async () => {
    // On Node 20, piscina's require() of an ES module worker aborted the process now and then
    // ("Module::IsGraphAsync") when a task came in while the module was still loading.
    const require = createRequire(import.meta.url)
    const exported: unknown = require('../dist/bundle/worker.cjs')
    expect(exported).toBeInstanceOf(Promise)
    const lintBatch = (await exported) as (jobs: unknown[]) => Promise<unknown[]>
    // The batch loads the Markdown parser itself: the thread starts without it.
    expect(
      await lintBatch([
        {path: 'a.txt', text: 'It ended. . Then.', settings: {}, fix: false},
        {path: 'b.md', text: '# Title\n\nIt ended. . Then `a. . b`.', settings: {}, fix: false}
      ])
    ).toMatchObject([
      {result: {messages: [{ruleId: 'doubled-punctuation'}]}},
      {result: {messages: [{ruleId: 'doubled-punctuation', line: 3, column: 10}]}}
    ])
  })

  it('of the language server is CommonJS too, and resolves to the linter of one document', async () => {
    const require = createRequire(import.meta.url)
    const exported: unknown = require('../dist/src/server/lint-worker.cjs')
    expect(exported).toBeInstanceOf(Promise)
    const lint = (await exported) as (job: unknown) => Promise<unknown>
    expect(await lint({path: 'a.txt', text: 'It ended. . Then.', settings: {}, fix: false})).toMatchObject({
      messages: [{ruleId: 'doubled-punctuation'}]
    })
  })
})
