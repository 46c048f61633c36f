import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {presets} from '../src/presets.js'
import {fix, lint} from '../src/processor.js'
import type {SourceInput} from '../src/source/bitext.js'

interface Sample {
  name: string
  text: string
  /** For a translation in `samples/source/`: its source. */
  sourceFile?: SourceInput
}

const folder = new URL('../samples/', import.meta.url)
const samples: Sample[] = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, text: readFileSync(new URL(name, folder), 'utf8')}))
/** Translations in `samples/source/` beside their Chinese sources (`x.en.txt` translates `x.zh.txt`). */
const translations: Sample[] = readdirSync(new URL('source/', folder))
  .filter((name) => name.endsWith('.en.txt'))
  .map((name) => {
    const source = `source/${name.replace(/\.en\.txt$/, '.zh.txt')}`
    return {
      name: `source/${name}`,
      text: readFileSync(new URL(`source/${name}`, folder), 'utf8'),
      sourceFile: {text: readFileSync(new URL(source, folder), 'utf8'), path: source}
    }
  })

describe('samples', () => {
  it('the clean article lints clean', () => {
    const clean = samples.find((sample) => sample.name === 'clean-article.txt')!
    expect(lint(clean.text).messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })

  it('together show every rule of the recommended preset', () => {
    const shown = new Set(
      [...samples, ...translations].flatMap((sample) => lint(sample.text, {sourceFile: sample.sourceFile}).messages.map((message) => message.ruleId))
    )
    const missing = Object.keys(presets.recommended).filter((id) => !shown.has(id))
    expect(missing).toEqual([])
  })

  for (const sample of [...samples, ...translations]) {
    it(`${sample.name}: fixing leaves no fixable message and is idempotent`, () => {
      const {sourceFile} = sample
      const fixed = fix(sample.text, {sourceFile})
      expect(fixed.messages.filter((message) => message.fixable).map((message) => message.ruleId)).toEqual([])
      expect(String(fix(String(fixed.value), {sourceFile}).value)).toBe(String(fixed.value))
    })
  }
})
