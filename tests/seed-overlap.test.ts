import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import doubleSuperlative from '../rules/double-superlative.js'
import repeatedPhrase from '../rules/repeated-phrase.js'
import {fixText} from '../src/fix.js'
import {lintTree} from '../src/lint.js'

const parser = unified().use(retextEnglish).freeze()

function lint(text: string) {
  const file = new VFile(text)
  lintTree(parser.parse(file) as Root, file, [
    {rule: doubleSuperlative, severity: 'warn'},
    {rule: repeatedPhrase, severity: 'warn'}
  ])
  return file.messages
}

describe('seed article rows 2 and 3: a double superlative coordinated with itself', () => {
  const text = 'The port ranks among the most largest and largest in the region, officials said.'

  it('is reported by both rules', () => {
    expect(lint(text).map((message) => message.ruleId)).toEqual(['double-superlative', 'repeated-phrase'])
  })

  it('is fixed by both rules together', () => {
    const result = fixText(text, lint)
    expect(result.output).toBe('The port ranks among the largest in the region, officials said.')
    expect(result.messages).toEqual([])
    expect(fixText(result.output, lint).output).toBe(result.output)
  })
})
