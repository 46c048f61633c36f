import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {presets} from '../src/presets.js'
import {fix, lint} from '../src/processor.js'

const folder = new URL('../samples/', import.meta.url)
const samples = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, text: readFileSync(new URL(name, folder), 'utf8')}))

describe('samples', () => {
  it('the clean article lints clean', () => {
    const clean = samples.find((sample) => sample.name === 'clean-article.txt')!
    expect(lint(clean.text).messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })

  it('together show every rule of the recommended preset', () => {
    const shown = new Set(samples.flatMap((sample) => lint(sample.text).messages.map((message) => message.ruleId)))
    const missing = Object.keys(presets.recommended).filter((id) => !shown.has(id))
    expect(missing).toEqual([])
  })

  for (const sample of samples) {
    it(`${sample.name}: fixing leaves no fixable message and is idempotent`, () => {
      const fixed = fix(sample.text)
      expect(fixed.messages.filter((message) => message.fixable).map((message) => message.ruleId)).toEqual([])
      expect(String(fix(String(fixed.value)).value)).toBe(String(fixed.value))
    })
  }
})
