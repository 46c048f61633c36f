import {existsSync, readdirSync} from 'node:fs'
import {basename} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {presets} from '../src/presets.js'

const root = new URL('../', import.meta.url)
const ruleFiles = readdirSync(new URL('rules/', root))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => basename(name, '.ts'))

describe('rule registry', () => {
  it('registers every rule module, in alphabetical order', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleFiles].sort())
  })

  for (const id of ruleFiles) {
    it(`${id}: id equals the file name, with docs and tests beside it`, async () => {
      const rule = (await import(/* @vite-ignore */ new URL(`rules/${id}.ts`, root).href)).default
      expect(rule.id).toBe(id)
      expect(existsSync(new URL(`rules/${id}.md`, root))).toBe(true)
      expect(existsSync(new URL(`tests/rules/${id}.test.ts`, root))).toBe(true)
      expect(rule.definition.description.length).toBeGreaterThan(10)
    })
  }

  it('presets name only registered rules, and every rule is in some preset', () => {
    const ids = new Set(rules.map((rule) => rule.id))
    for (const preset of Object.values(presets)) {
      for (const id of Object.keys(preset)) expect(ids.has(id), id).toBe(true)
    }
    const inSome = new Set(Object.values(presets).flatMap((preset) => Object.keys(preset)))
    for (const id of ids) expect(inSome.has(id), `${id} is in no preset`).toBe(true)
  })
})

describe('presets', () => {
  it('strict holds every rule of recommended, and finds more with its dash settings', async () => {
    const {resolveRules} = await import('../src/config.js')
    const {lint} = await import('../src/processor.js')
    const strictIds = resolveRules({preset: 'strict'}).map((active) => active.rule.id)
    for (const active of resolveRules({preset: 'recommended'})) expect(strictIds).toContain(active.rule.id)
    // An article that uses `--` as its own dash style three times: a house style for recommended only.
    const text = 'It rained -- a lot. We waited -- for hours. Then -- at last -- the sun.\n'
    expect(lint(text).messages.map((message) => message.ruleId)).toEqual([])
    expect(lint(text, {preset: 'strict'}).messages.map((message) => message.ruleId)).toContain('dash-style')
  })

  it('a rule setting in configuration overrides the preset, options and all', async () => {
    const {resolveRules} = await import('../src/config.js')
    const dash = (settings: object) => resolveRules(settings).find((active) => active.rule.id === 'dash-style')
    expect(dash({preset: 'strict'})?.options).toMatchObject({hyphen: 'always'})
    expect(dash({preset: 'strict', rules: {'dash-style': 'error'}})).toMatchObject({severity: 'error', options: undefined})
    expect(dash({preset: 'strict', rules: {'dash-style': 'off'}})).toBeUndefined()
  })
})

describe('rule options in configuration', () => {
  it('rejects an option the rule does not have, naming it', async () => {
    const {validateSettings} = await import('../src/config.js')
    expect(() => validateSettings({rules: {'quote-style': ['warn', {stlye: 'curly'}]}})).toThrow(/unknown option `stlye`, expected one of style/)
    expect(() => validateSettings({rules: {'repeated-word': ['warn', {any: 1}]}})).toThrow(/the rule has no options/)
    expect(() => validateSettings({rules: {'quote-style': ['warn', {style: 'curly'}]}})).not.toThrow()
  })
})
