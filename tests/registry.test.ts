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
