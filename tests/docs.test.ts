import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {fixWithRule, runRule} from './rule-tester.js'

interface Example {
  kind: 'valid' | 'invalid' | 'fixed' | 'source'
  text: string
}

/** The ```text valid / invalid / fixed / source blocks of a rule's page, in order (a `source` block is the source of the next example). */
function examples(markdown: string): Example[] {
  const found: Example[] = []
  for (const match of markdown.matchAll(/^```text (valid|invalid|fixed|source)\n([^]*?)\n```$/gm)) {
    found.push({kind: match[1] as Example['kind'], text: match[2]})
  }
  return found
}

describe('rule documentation examples', () => {
  for (const rule of rules) {
    const page = readFileSync(new URL(`../rules/${rule.id}.md`, import.meta.url), 'utf8')
    const blocks = examples(page)

    it(`${rule.id}: page has a title, the fix safety, and both kinds of example`, () => {
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true)
      expect(page).toMatch(/^## Why machine translation produces it$/m)
      expect(page).toMatch(/^## Not flagged$/m)
      expect(page).toContain(`Fix: **${rule.definition.fix}**`)
      expect(blocks.some((block) => block.kind === 'invalid')).toBe(true)
      expect(blocks.some((block) => block.kind === 'valid')).toBe(true)
    })

    blocks.forEach((block, index) => {
      if (block.kind === 'fixed' || block.kind === 'source') return
      const source = blocks[index - 1]?.kind === 'source' ? blocks[index - 1].text : undefined
      it(`${rule.id}: ${block.kind} example ${index + 1}`, () => {
        const messages = runRule(rule, block.text, undefined, source)
        if (block.kind === 'valid') {
          expect(messages.map((message) => message.reason)).toEqual([])
          return
        }
        expect(messages.length).toBeGreaterThan(0)
        const following = blocks[index + 1]
        const expected = following?.kind === 'fixed' ? following.text : block.text
        expect(fixWithRule(rule, block.text, undefined, source)).toBe(expected)
      })
    })
  }
})
