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

  it.each([
    ['dash-style', {style: 'emdash'}, /rule `dash-style`: option `style` is `"emdash"`, expected one of "auto", "em", "em-spaced", "en-spaced"/],
    ['ellipsis', {style: 'unicode'}, /rule `ellipsis`: option `style` is `"unicode"`, expected one of "auto", "character"/],
    ['untranslated-text', {allow: 5}, /option `allow` is `5`, expected a list of strings/],
    ['untranslated-text', {allow: ['ok', 3]}, /option `allow` is `\["ok",3\]`, expected a list of strings/],
    ['repeated-sentence', {minWords: 0}, /option `minWords` is `0`, expected a whole number from 1 to 1000/],
    ['repeated-sentence', {minWords: 2.5}, /expected a whole number/],
    ['whitespace', {allowIndentation: 'yes'}, /option `allowIndentation` is `"yes"`, expected true or false/],
    ['digit-grouping', {separator: 'x'}, /option `separator` is `"x"`, expected one of/],
    ['quote-style', {toString: 'curly'}, /unknown option `toString`/],
    ['quote-style', 'curly', /options must be an object/]
  ])('rejects a wrong value: %s %j', async (id, options, reason) => {
    const {validateSettings} = await import('../src/config.js')
    expect(() => validateSettings({rules: {[id]: ['warn', options]}})).toThrow(reason)
  })

  it('rejects a setting with more than severity and options', async () => {
    const {validateSettings} = await import('../src/config.js')
    expect(() => validateSettings({rules: {'quote-style': ['warn', {}, {}]}})).toThrow(/expected \[severity\] or \[severity, options\]/)
  })

  it('looks presets and rule ids up as own names: `__proto__` and `toString` are unknown', async () => {
    const {validateSettings} = await import('../src/config.js')
    for (const preset of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(() => validateSettings({preset}), preset).toThrow(/unknown preset/)
    }
    expect(() => validateSettings(JSON.parse('{"rules": {"__proto__": "off"}}'))).toThrow(/unknown rule `__proto__`/)
  })

  it('checks the options a rule gets as a plugin, too', async () => {
    const {default: ellipsis} = await import('../rules/ellipsis.js')
    expect(() => ellipsis({style: 'unicode'})).toThrow(/rule `ellipsis`: option `style` is `"unicode"`/)
  })
})

describe('rule option schemas', () => {
  for (const rule of rules) {
    it(`${rule.id}: declares a schema for exactly its options, which its defaults and every preset fit`, async () => {
      const {checkOptions} = await import('../src/rule-options.js')
      const {definition} = rule
      expect(Object.keys(definition.schema ?? {}).sort()).toEqual(Object.keys(definition.defaultOptions ?? {}).sort())
      expect(() => checkOptions(definition.schema, definition.defaultOptions)).not.toThrow()
      for (const preset of Object.values(presets)) {
        const entry = preset[rule.id]
        if (Array.isArray(entry)) expect(() => checkOptions(definition.schema, entry[1])).not.toThrow()
      }
    })
  }
})
