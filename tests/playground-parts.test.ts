/** The playground's parts that need no browser: settings, the start article, file bytes, fix labels, edits. */
import {describe, expect, it} from 'vitest'
import {applyEdits} from '../src/fix.js'
import {replacementLabel} from '../web/src/fix-label.js'
import {decodeArticle} from '../web/src/open-file.js'
import {settingsFor} from '../web/src/settings.js'
import {startArticle} from '../web/src/start-article.js'
import {editsBetween} from '../web/src/text-edits.js'
import {validateSettings} from '../src/config.js'

describe('settingsFor', () => {
  const cases: Array<[string, Parameters<typeof settingsFor>, unknown]> = [
    ['nothing chosen', ['recommended', new Map()], {preset: 'recommended'}],
    ['a rule off', ['recommended', new Map([['repeated-word', 'off']])], {preset: 'recommended', rules: {'repeated-word': 'off'}}],
    ['the preset severity again is left out', ['recommended', new Map([['repeated-word', 'warn']])], {preset: 'recommended'}],
    ['an error, rules sorted', ['recommended', new Map([['whitespace', 'error'], ['ellipsis', 'off']])], {preset: 'recommended', rules: {ellipsis: 'off', whitespace: 'error'}}],
    ['a rule on in the none preset', ['none', new Map([['mojibake', 'warn']])], {preset: 'none', rules: {mojibake: 'warn'}}],
    // strict gives dash-style options: a new severity keeps them, off needs none.
    ['strict options kept', ['strict', new Map([['dash-style', 'error']])], {preset: 'strict', rules: {'dash-style': ['error', {hyphen: 'always', doubleHyphen: 'always', spacedHyphen: 'always'}]}}],
    ['strict rule off', ['strict', new Map([['dash-style', 'off']])], {preset: 'strict', rules: {'dash-style': 'off'}}]
  ]
  it.each(cases)('%s', (_, [preset, chosen], expected) => {
    const settings = settingsFor(preset, chosen)
    expect(settings).toEqual(expected)
    // What the page offers to copy is a configuration the CLI accepts.
    expect(validateSettings(JSON.parse(JSON.stringify(settings)))).toEqual(expected)
  })
})

describe('startArticle', () => {
  const samples = [{name: 'a.txt', text: 'A'}, {name: 'b.md', text: '# B'}]
  const fallback = samples[0]
  const cases: Array<[string, string, {name: string; text: string}]> = [
    ['no fragment', '', fallback],
    ['a sample', '#sample=b.md', samples[1]],
    ['an unknown sample', '#sample=c.html', fallback],
    ['a text with its name', `#name=draft.html&text=${encodeURIComponent('<p>Hi , there</p>\n&amp;')}`, {name: 'draft.html', text: '<p>Hi , there</p>\n&amp;'}],
    ['a text without a name is plain text', '#text=Hello%20%20world', {name: 'article.txt', text: 'Hello  world'}],
    ['an empty text is an article too', '#text=', {name: 'article.txt', text: ''}]
  ]
  it.each(cases)('%s', (_, hash, expected) => {
    expect(startArticle(hash, samples, fallback)).toEqual(expected)
  })
})

describe('decodeArticle', () => {
  const valid: Array<[string, number[], string]> = [
    ['UTF-8', [...Buffer.from('Café ”')], 'Café ”'],
    ['UTF-8 with a byte-order mark, set aside', [0xef, 0xbb, 0xbf, ...Buffer.from('Hi')], 'Hi'],
    ['UTF-16 LE with its mark', [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00], 'Hi'],
    ['UTF-16 BE with its mark', [0xfe, 0xff, 0x00, 0x48, 0x00, 0x69], 'Hi'],
    ['empty', [], '']
  ]
  it.each(valid)('reads %s', (_, bytes, text) => {
    expect(decodeArticle('a.txt', new Uint8Array(bytes))).toBe(text)
  })
  const invalid: Array<[string, number[], string]> = [
    ['Latin-1', [0x63, 0x61, 0x66, 0xe9], 'a.txt: not a text file (not valid UTF-8)'],
    ['a NUL byte', [0x61, 0x00, 0x62], 'a.txt: not a text file (it holds NUL characters)'],
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a.txt: not a text file (not valid UTF-8)'],
    ['odd UTF-16', [0xff, 0xfe, 0x00, 0xd8], 'a.txt: not a text file (not valid UTF-16LE)']
  ]
  it.each(invalid)('refuses %s in one line', (_, bytes, message) => {
    expect(() => decodeArticle('a.txt', new Uint8Array(bytes))).toThrow(message)
  })
})

describe('replacementLabel', () => {
  const cases: Array<[string, string]> = [
    ['', 'Remove'],
    ['. ', 'Replace with “.␣”'],
    ['\n\n', 'Replace with “↵↵”'],
    ['\u200b', 'Replace with “U+200B”'],
    ['x'.repeat(60), `Replace with “${'x'.repeat(39)}…”`]
  ]
  it.each(cases)('%j reads %s', (text, label) => {
    expect(replacementLabel(text)).toBe(label)
  })
})

describe('editsBetween', () => {
  const cases: Array<[string, string]> = [
    ['same', 'same'],
    ['Shih added. . The last', 'Shih added. The last'],
    ['the the talks ,in Geneva', 'the talks, in Geneva'],
    ['', 'new text'],
    ['old text', ''],
    ['😀 a  b 😀', '😀 a b 😀']
  ]
  it.each(cases)('%j to %j in small edits that rebuild the new text', (before, after) => {
    const edits = editsBetween(before, after)
    expect(applyEdits(before, edits).output).toBe(after)
    const changed = edits.reduce((sum, edit) => sum + (edit.to - edit.from) + edit.text.length, 0)
    expect(changed).toBeLessThanOrEqual(Math.max(2, Math.abs(before.length - after.length) + 4))
  })
})
