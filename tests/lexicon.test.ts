import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadLexicon, sortedLines} from '../src/lexicon.js'

describe('sortedLines', () => {
  const lines = sortedLines('aa\nab\nbat\nman\nmanlily\nmanlihood\nzoo')
  it.each([
    ['aa', true], ['bat', true], ['zoo', true], ['manlily', true],
    // Out of order beside its neighbour, as in the word list.
    ['manlihood', true],
    ['a', false], ['ba', false], ['zzz', false], ['', false], ['manl', false]
  ])('%s: %s', (word, found) => {
    expect(lines.has(word)).toBe(found)
  })
})

describe('loadLexicon', () => {
  it('finds every word of the list, and no word run together from two', () => {
    const require = createRequire(import.meta.url)
    const file = path.join(path.dirname(require.resolve('word-list')), 'words.txt')
    const words = readFileSync(file, 'utf8').split('\n')
    const lexicon = loadLexicon()!
    expect(words.filter((word) => !lexicon.has(word))).toEqual([])
    expect(['theplan', 'avy', 'printf'].filter((word) => lexicon.has(word))).toEqual([])
  })
})
