import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import doubledPunctuation from '../rules/doubled-punctuation.js'
import {lintTree} from '../src/lint.js'
import {defineRule} from '../src/define-rule.js'
import {throwingRule} from './throwing-rule.js'

const parser = unified().use(retextEnglish).freeze()

function lintWith(text: string, ...rules: Array<ReturnType<typeof defineRule<string, undefined>>>) {
  const file = new VFile(text)
  lintTree(parser.parse(file) as Root, file, rules.map((rule) => ({rule, severity: 'warn' as const})))
  return file.messages
}

/** Reports every word, then, on the second word, with an id it does not have. */
const wrongId = defineRule<'word', undefined>({
  id: 'wrong-id',
  category: 'punctuation',
  fix: 'none',
  description: 'A rule that reports with a message id it does not have',
  messages: {word: 'Unexpected word'},
  create(context) {
    let count = 0
    return {
      WordNode(node) {
        const messageId = ++count === 2 ? 'nope' : 'word'
        context.report({messageId: messageId as 'word', from: node.position!.start.offset!, to: node.position!.end.offset!})
      }
    }
  }
})

const throwing = throwingRule(new Error('boom'))

describe('lintTree', () => {
  it('stops a rule that reports an unknown message id, keeping none of its reports', () => {
    const messages = lintWith('One two three.', wrongId)
    expect(messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['wrong-id', true, 'Rule `wrong-id` crashed: unknown messageId `nope`']
    ])
    expect(messages[0].cause).toBeInstanceOf(Error)
  })

  it('reports a rule that throws as crashed, and the other rules go on', () => {
    const messages = lintWith('It ended. . Then.', throwing, doubledPunctuation)
    expect(messages.map((message) => message.ruleId).sort()).toEqual(['doubled-punctuation', 'throwing'])
    expect(messages.find((message) => message.ruleId === 'throwing')?.reason).toBe('Rule `throwing` crashed: boom')
  })
})
