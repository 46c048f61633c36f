import {describe, expect, it} from 'vitest'
import {extractXliff} from '../src/formats/xliff.js'
import {useProject} from './cli-helpers.js'

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="ja" target-language="en" datatype="plaintext" original="event.txt">
    <body>
      <trans-unit id="1">
        <source>参加者は3.5万人に上った。</source>
        <target>Participants numbered 3,500 &amp; more.</target>
      </trans-unit>
      <trans-unit id="2">
        <source>詳細は <g id="a">https://example.jp/event-2021</g> へ。</source>
        <target>Details , at <g id="a">https://example.jp/event2021</g>.</target>
        <alt-trans><target>An alternative with 5 things , ignored.</target></alt-trans>
      </trans-unit>
      <trans-unit id="3">
        <source>未翻訳の文。</source>
      </trans-unit>
      <trans-unit id="4">
        <source>Подписывайтесь на @mtlint!</source>
        <target><![CDATA[Follow @mtlnt!]]></target>
      </trans-unit>
    </body>
  </file>
</xliff>
`
/** What --fix makes of it: the two safe fixes, each inside its target. */
const xliff12Fixed = xliff12
  .replace('Details , at <g id="a">https://example.jp/event2021</g>', 'Details, at <g id="a">https://example.jp/event-2021</g>')
  .replace('Follow @mtlnt!', 'Follow @mtlint!')

const xliff20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment id="s1">
        <source>Пишите на <ph id="1"/>str@krd.ru.</source>
        <target>Write to <ph id="1"/>str@kd.ru.</target>
      </segment>
      <ignorable><source> </source><target> </target></ignorable>
      <segment id="s2">
        <source>Þá verða <pc id="2">auglýsingar</pc> bannaðar.</source>
        <target>Þá verða <pc id="2">auglýsingar</pc> bannaðar.</target>
      </segment>
    </unit>
  </file>
</xliff>
`

/** The text outside every `<target>…</target>`: what a fix must leave byte for byte. */
const outsideTargets = (text: string) => text.replace(/<target>[^]*?<\/target>/g, '<target/>')

describe('extractXliff', () => {
  it('makes each translated segment a paragraph, with the sources laid out alike; untranslated units and alt-trans are left out', () => {
    const extracted = extractXliff(xliff12)
    expect(extracted.view.text).toBe('Participants numbered 3,500 & more.\n\nDetails , at https://example.jp/event2021.\n\nFollow @mtlnt!')
    expect(extracted.source).toBe('参加者は3.5万人に上った。\n\n詳細は https://example.jp/event-2021 へ。\n\nПодписывайтесь на @mtlint!')
    // Offsets map back into the file: the decoded `&` to its entity, text to itself.
    const at = extracted.view.text.indexOf('3,500')
    expect(xliff12.slice(extracted.view.toSource(at), extracted.view.toSource(at + 5, 'end'))).toBe('3,500')
    expect(extracted.view.isVerbatim(at, at + 5)).toBe(true)
    const amp = extracted.view.text.indexOf('&')
    expect(extracted.view.isVerbatim(amp, amp + 1)).toBe(false)
  })

  it('reads XLIFF 2.0: segments, inline codes as placeholders, `pc` text, no ignorables', () => {
    const extracted = extractXliff(xliff20)
    expect(extracted.view.text).toBe('Write to \uE000str@kd.ru.\n\nÞá verða auglýsingar bannaðar.')
    expect(extracted.source).toBe('Пишите на \uE000str@krd.ru.\n\nÞá verða auglýsingar bannaðar.')
  })

  it.each([
    ['<xliff><file><trans-unit><source>a</source><target>b</trans-unit></file></xliff>', /^invalid XLIFF: 1:\d+: unexpected close tag/],
    ['<html><p>x</p></html>', /^invalid XLIFF: the root element is <html>, not <xliff>$/],
    ['not XML at all', /^invalid XLIFF: /],
    ['<xliff><file>', /^invalid XLIFF: /]
  ])('rejects %j', (document, message) => {
    expect(() => extractXliff(document)).toThrow(message)
  })
})

describe('mtlint on XLIFF files', () => {
  const project = useProject('mtlint-xliff-', JSON.stringify({preset: 'recommended'}))

  it('reports positions in the XLIFF file', () => {
    project.write('event.xlf', xliff12)
    const run = project.mtlint(['--format', 'json', 'event.xlf'])
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; actual: string}>}>
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['source-number', 7, 39, '3,500'],
      ['space-before-punctuation', 11, 24, ' '],
      ['source-verbatim', 11, 40, 'https://example.jp/event2021'],
      ['source-verbatim', 19, 33, '@mtlnt']
    ])
  })

  it('--fix writes the targets back in place and touches nothing outside them', () => {
    project.write('event.xlf', xliff12)
    const run = project.mtlint(['--fix', 'event.xlf'])
    expect(run.code).toBe(0)
    const fixed = project.read('event.xlf').toString()
    expect(fixed).toBe(xliff12Fixed)
    expect(outsideTargets(fixed)).toBe(outsideTargets(xliff12))
  })

  it('reads XLIFF 2.0 and a .xliff extension', () => {
    project.write('letters.xliff', xliff20)
    const run = project.mtlint(['--format', 'json', 'letters.xliff'])
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; messageId: string; line: number}>}>
    expect(file.messages.map((message) => [message.ruleId, message.messageId, message.line])).toEqual([
      ['source-verbatim', 'altered', 7],
      ['source-untranslated', 'copied', 12]
    ])
  })

  it('makes a file that is not XLIFF a file error in one line, and lints the others', () => {
    project.write('broken.xlf', '<xliff><file><trans-unit><source>a</source><target>b</trans-unit>')
    project.write('clean.txt', 'Nothing to see.\n')
    const run = project.mtlint(['broken.xlf', 'clean.txt'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^mtlint: broken\.xlf: invalid XLIFF: 1:\d+: unexpected close tag\.?$/m)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('a fix that needs escaping in an XLIFF file with CDATA', () => {
  it('is left to a person: inside CDATA an escape would be written as it is', async () => {
    const {fix} = await import('../src/processor.js')
    const cdata = xliff12.replace('<target><![CDATA[Follow @mtlnt!]]></target>', '<target><![CDATA[Cats ＆ dogs, 5＜6.]]></target>')
    const file = fix(cdata, {path: 'c.xlf'})
    expect(String(file.value)).toContain('<![CDATA[Cats ＆ dogs, 5＜6.]]>')
    const fullwidth = file.messages.filter((message) => message.ruleId === 'fullwidth-punctuation')
    expect(fullwidth.length).toBeGreaterThan(0)
    expect(fullwidth.every((message) => !message.fixable)).toBe(true)
  })
})
