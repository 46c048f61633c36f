import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {createProgress} from '../src/cli/progress.js'

/** A stream that records what is written, posing as a terminal or not. */
function stream(isTTY: boolean) {
  const written: string[] = []
  return {isTTY, written, write: (chunk: string) => (written.push(chunk), true)} as unknown as NodeJS.WritableStream & {
    isTTY: boolean
    written: string[]
  }
}

describe('progress bar', () => {
  let ci: string | undefined
  beforeEach(() => {
    ci = process.env.CI
    delete process.env.CI
  })
  afterEach(() => {
    if (ci === undefined) delete process.env.CI
    else process.env.CI = ci
  })

  it('draws on a terminal for a large run, ends at the total and erases itself', () => {
    const terminal = stream(true)
    const progress = createProgress(terminal, 60)
    for (let count = 0; count < 60; count++) progress.tick()
    progress.done()
    expect(terminal.written.some((chunk) => chunk.includes('60/60'))).toBe(true)
    expect(terminal.written.at(-1)).toMatch(/^\r +\r$/)
  })

  it('draws nothing in a pipe, in CI, or for a few files', () => {
    for (const [target, total, env] of [[stream(false), 60, undefined], [stream(true), 60, 'true'], [stream(true), 10, undefined]] as const) {
      if (env) process.env.CI = env
      const progress = createProgress(target, total)
      for (let count = 0; count < total; count++) progress.tick()
      progress.done()
      expect(target.written).toEqual([])
      delete process.env.CI
    }
  })
})
