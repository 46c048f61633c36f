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

  it('sets a rule up only for a text its trigger matches', () => {
    let created = 0
    const triggered = defineRule<'word', undefined>({
      id: 'triggered',
      category: 'punctuation',
      fix: 'none',
      description: 'A rule that counts its set-ups and reports each text it visits',
      messages: {word: 'Unexpected text'},
      trigger: /&/,
      create(context) {
        created++
        return {RootNode: (node) => context.report({messageId: 'word', from: 0, to: node.position!.end.offset!})}
      }
    })
    expect(lintWith('No ampersand here.', triggered)).toEqual([])
    expect(created).toBe(0)
    expect(lintWith('Q&A here.', triggered).map((message) => message.ruleId)).toEqual(['triggered'])
    expect(created).toBe(1)
  })

  it('gives each rule a context of its own: its options and its reports, with functions that work taken out of it', () => {
    const takingApart = (id: string, word: string) =>
      defineRule<'word', {word: string}>({
        id,
        category: 'punctuation',
        fix: 'none',
        description: 'A rule that reads its context through destructuring',
        messages: {word: 'Unexpected `{word}`'},
        defaultOptions: {word},
        schema: {word: {type: 'enum', values: ['two', 'Three']}},
        create({report, options, text, source, isProtected, lineOf, blockKind, memo, bitext}) {
          return {
            WordNode(node) {
              if (source(node) !== options.word || isProtected(0) || blockKind(0) !== 'paragraph' || bitext !== undefined) return
              const at = memo('offset', source(node), () => text.indexOf(options.word))
              report({messageId: 'word', data: {word: `${options.word}@${lineOf(at)}`}, from: at, to: at + options.word.length})
            }
          }
        }
      })
    const messages = lintWith('One two.\nThree', takingApart('first', 'two') as never, takingApart('second', 'Three') as never)
    expect(messages.map((message) => [message.ruleId, message.reason, message.place])).toEqual([
      ['first', 'Unexpected `two@1`', {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 8, offset: 7}}],
      ['second', 'Unexpected `Three@2`', {start: {line: 2, column: 1, offset: 9}, end: {line: 2, column: 6, offset: 14}}]
    ])
  })

  it('reports a rule that throws as crashed, and the other rules go on', () => {
    const messages = lintWith('It ended. . Then.', throwing, doubledPunctuation)
    expect(messages.map((message) => message.ruleId).sort()).toEqual(['doubled-punctuation', 'throwing'])
    expect(messages.find((message) => message.ruleId === 'throwing')?.reason).toBe('Rule `throwing` crashed: boom')
  })
})

/** Reports what its options say, as given: for the runner's checks of a report. */
function reporting(report: object, extra: object = {}) {
  return defineRule<'said', undefined>({
    id: 'reporting',
    category: 'punctuation',
    fix: 'safe',
    description: 'A rule that makes one report, as given',
    messages: {said: 'Unexpected `{actual}`'},
    ...extra,
    create(context) {
      return {
        RootNode() {
          context.report({messageId: 'said', data: {actual: 'x'}, from: 0, to: 1, ...report} as never)
        }
      }
    }
  })
}

describe('the runner checks every report', () => {
  const crashOf = (text: string, report: object) => lintWith(text, reporting(report)).map((message) => [message.kind ?? 'finding', message.reason])

  it('takes a well-formed report', () => {
    expect(crashOf('One two.', {})).toEqual([['finding', 'Unexpected `x`']])
  })

  it.each([
    ['an unfilled placeholder', {data: {}}, /leaves `\{actual\}` unfilled/],
    ['a placeholder that is an object', {data: {actual: {}}}, /is not a string or a number/],
    ['a start after the end', {from: 3, to: 2}, /range 3\.\.2 is not within the text/],
    ['an end past the text', {from: 0, to: 99}, /range 0\.\.99 is not within the text \(0\.\.8\)/],
    ['a negative start', {from: -1, to: 1}, /is not within the text/],
    ['an offset that is not a whole number', {from: 0.5, to: 1}, /is not within the text/],
    ['`expected` that is not a list of strings', {expected: [undefined]}, /`expected` must be a non-empty list of strings/],
    ['an empty `expected`', {expected: []}, /`expected` must be a non-empty list of strings/]
  ])('treats %s as a crash of the rule, and writes nothing', (_, report, reason) => {
    const messages = crashOf('One two.', report)
    expect(messages).toHaveLength(1)
    expect(messages[0][0]).toBe('crash')
    expect(messages[0][1]).toMatch(reason)
  })

  it('treats `data` that is null as a crash, in a message without placeholders too', () => {
    const messages = lintWith('One two.', reporting({data: null}, {messages: {said: 'Unexpected mark'}}))
    expect(messages.map((message) => [message.kind, message.reason])).toEqual([['crash', expect.stringMatching(/`data` must be an object/)]])
  })

  it('treats a range that splits a character as a crash', () => {
    expect(crashOf('😀 ok', {from: 1, to: 2})[0]).toEqual(['crash', expect.stringMatching(/splits a character/)])
  })
})

describe('protected spans', () => {
  const url = 'See https://example.com/x for more.'
  const at = url.indexOf('example')

  it('drops a report on a URL in the runner', () => {
    expect(lintWith(url, reporting({from: at, to: at + 3}))).toEqual([])
  })

  it('keeps it for a rule that asks to report there', () => {
    expect(lintWith(url, reporting({from: at, to: at + 3}, {protectedSpans: 'report'}))).toHaveLength(1)
  })

  it('keeps a report beside the URL', () => {
    expect(lintWith(url, reporting({from: 0, to: 3}))).toHaveLength(1)
  })

  it.each([
    ['an internationalized domain name', 'The site стопкоронавирус.рф reports it.', 'стопкоронавирус'],
    ['a domain under a country code', 'The site mbl.kz and rada.gov.ua report it.', 'rada'],
    ['a file name', 'Open report.docx now.', 'report']
  ])('drops a report on %s', (_, text, word) => {
    const from = text.indexOf(word)
    expect(lintWith(text, reporting({from, to: from + 3}))).toEqual([])
  })

  it.each([
    ['a missing space before a word that is also a top-level domain', 'It was done.It was over.', 'done'],
    ['Cyrillic prose with a full stop', 'Он сказал.Это всё.', 'сказал']
  ])('keeps %s', (_, text, word) => {
    const from = text.indexOf(word)
    expect(lintWith(text, reporting({from, to: from + 3}))).toHaveLength(1)
  })
})

describe('a byte-order mark', () => {
  it('neither hides the first paragraph’s defects nor shifts their columns, and stays on the fixed text', async () => {
    const {fix, lint} = await import('../src/processor.js')
    const text = '\uFEFFthe vote passed. It was close.. Then it ended.'
    const messages = lint(text).messages.map((message) => [message.ruleId, message.line, message.column])
    expect(messages).toEqual([
      ['sentence-capitalization', 1, 1],
      ['doubled-punctuation', 1, 31]
    ])
    expect(String(fix(text).value)).toBe('\uFEFFThe vote passed. It was close. Then it ended.')
  })

  it('anywhere else is a stray character, even once a fix moves it to the start', async () => {
    const {fix} = await import('../src/processor.js')
    const once = String(fix(' \uFEFF . ').value)
    expect(String(fix(once).value)).toBe(once)
  })
})
