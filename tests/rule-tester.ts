import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {fixText} from '../src/fix.js'
import {lintTree} from '../src/lint.js'
import {isFailure} from '../src/message.js'
import type {Rule} from '../src/rule.js'

export interface ExpectedError {
  messageId: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  actual?: string
  expected?: string[]
  fixable?: boolean
}

export interface ValidCase {
  text: string
  options?: Record<string, unknown>
  /** The source the text translates, for the source-* rules. */
  source?: string
}

export interface InvalidCase extends ValidCase {
  /** The text after fixing; `null` or left out: no safe fix, the text must stay as it is. */
  output?: string | null
  errors: ExpectedError[]
}

export interface RuleTests {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}

const parser = unified().use(retextEnglish).freeze()

/** Lint `text` with one rule and return the messages, checking that the rule leaves the tree alone. */
export function runRule(rule: Rule, text: string, options?: Record<string, unknown>, source?: string): VFileMessage[] {
  const file = new VFile(text)
  if (source !== undefined) file.data.mtlintSource = {text: source}
  const tree = parser.parse(file) as Root
  const before = structuredClone(tree)
  lintTree(tree, file, [{rule, severity: 'warn', options}])
  expect(tree, 'the rule must not mutate the tree').toEqual(before)
  const crash = file.messages.find(isFailure)
  if (crash) throw new Error(crash.reason)
  return file.messages
}

export function fixWithRule(rule: Rule, text: string, options?: Record<string, unknown>, source?: string): string {
  return fixText(text, (value) => runRule(rule, value, options, source)).output
}

/** The messages as (line, column, endLine, endColumn, …) records for comparing with `expected`. */
function describeMessage(message: VFileMessage, fields: ExpectedError) {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const all: Record<string, unknown> = {
    messageId: message.messageId,
    line: place?.start.line,
    column: place?.start.column,
    endLine: place?.end.line,
    endColumn: place?.end.column,
    actual: message.actual,
    expected: message.expected,
    fixable: message.fixable
  }
  return Object.fromEntries(Object.keys(fields).map((key) => [key, all[key]]))
}

export function testRule(rule: Rule, tests: RuleTests): void {
  describe(rule.id, () => {
    const seen = new Set<string>()
    const key = (text: string, options?: unknown, source?: string) => JSON.stringify([text, options ?? null, source ?? null])
    const all = [...tests.valid.map((test) => (typeof test === 'string' ? {text: test} : test)), ...tests.invalid]
    it('has no duplicate cases', () => {
      for (const test of all) {
        const id = key(test.text, test.options, test.source)
        expect(seen.has(id), `duplicate case: ${test.text}`).toBe(false)
        seen.add(id)
      }
    })

    const {trigger} = rule.definition
    if (trigger) {
      // The runner sets the rule up only for a text its trigger matches: every case it reports on must.
      it('has a trigger that every invalid case matches, without state between texts', () => {
        expect(trigger.global || trigger.sticky).toBe(false)
        for (const test of tests.invalid) expect(trigger.test(test.text), test.text).toBe(true)
      })
    }

    for (const test of tests.valid) {
      const {text, options, source} = typeof test === 'string' ? {text: test, options: undefined, source: undefined} : test
      it(`valid: ${text}`, () => {
        const messages = runRule(rule, text, options, source)
        expect(messages.map((message) => `${message.reason} (${message.actual})`)).toEqual([])
      })
    }

    for (const test of tests.invalid) {
      it(`invalid: ${test.text}`, () => {
        const messages = runRule(rule, test.text, test.options, test.source)
        expect(messages.map((message, index) => describeMessage(message, test.errors[index] ?? {messageId: ''}))).toEqual(
          test.errors
        )
        const output = fixWithRule(rule, test.text, test.options, test.source)
        expect(output).toBe(test.output ?? test.text)
        expect(fixWithRule(rule, output, test.options, test.source), 'fixing twice must change nothing').toBe(output)
      })
    }
  })
}
