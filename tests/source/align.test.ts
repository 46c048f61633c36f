import {describe, expect, it} from 'vitest'
import {align} from '../../src/source/align.js'
import {locateSource} from '../../src/source/locate.js'

/** The pairs of an alignment as [target, source] texts. */
function pairs(target: string, source: string) {
  const alignment = align(target, source)
  return {
    pairs: alignment.pairs.map((pair) => [target.slice(pair.target.from, pair.target.to), source.slice(pair.source.from, pair.source.to), pair.by]),
    omitted: alignment.omitted.map((part) => source.slice(part.source.from, part.source.to)),
    unaligned: alignment.unaligned.map((part) => target.slice(part.from, part.to))
  }
}

describe('align', () => {
  it.each([
    ['same layout: paragraph j, line i', 'One.\nTwo.\n\nThree.', 'Раз.\nДва.\n\nТри.', [['One.', 'Раз.', 'layout'], ['Two.', 'Два.', 'layout'], ['Three.', 'Три.', 'layout']]],
    [
      'a paragraph with other line breaks: its sentences aligned by length',
      'The first sentence is fairly long, as it goes on. Then a short one.\nAnd a last one here.',
      'Первое предложение довольно длинное, оно продолжается.\nПотом короткое.\nИ последнее здесь.',
      [
        ['The first sentence is fairly long, as it goes on.', 'Первое предложение довольно длинное, оно продолжается.', 'length'],
        ['Then a short one.', 'Потом короткое.', 'length'],
        ['And a last one here.', 'И последнее здесь.', 'length']
      ]
    ],
    [
      'a Chinese sentence split in two in English',
      '第一句。\n第二句很长，讲述了很多事情，包括新线路的开通情况和票价。',
      'The first sentence.\nThe second sentence is long. It tells of many things, including the opening of the new line and its fares.',
      [
        ['第一句。', 'The first sentence.', 'layout'],
        ['第二句很长，讲述了很多事情，包括新线路的开通情况和票价。', 'The second sentence is long. It tells of many things, including the opening of the new line and its fares.', 'layout']
      ]
    ]
  ])('%s', (_, target, source, expected) => {
    expect(pairs(target, source).pairs).toEqual(expected)
  })

  it('finds a dropped paragraph by the numbers the others share', () => {
    const source = '标题\n\n据报道，新线将于7月1日开通，每天运送3.5万名旅客。\n\n项目总投资120亿元，全长286公里，设有15座车站，于2019年动工。\n\n发言人表示，新线将缩短通勤时间。'
    const target = 'Title\n\nThe project cost 12 billion yuan; the line is 286 km long with 15 stations, and work began in 2019.\n\nA spokesman said the new line will shorten commuting time.'
    const result = pairs(target, source)
    expect(result.omitted).toEqual(['据报道，新线将于7月1日开通，每天运送3.5万名旅客。'])
    expect(result.pairs.map(([text]) => text)).toEqual(['Title', target.split('\n\n')[1], target.split('\n\n')[2]])
  })

  it('leaves a translation without any source unaligned, and aligns nothing to an empty one', () => {
    expect(pairs('Some text.', '')).toEqual({pairs: [], omitted: [], unaligned: ['Some text.']})
    expect(pairs('', 'Текст.')).toEqual({pairs: [], omitted: ['Текст.'], unaligned: []})
  })
})

describe('locateSource', () => {
  it.each([
    ['articles/report.en.txt', {lang: 'zh'}, {source: 'articles/report.zh.txt'}],
    ['articles/report.zh.txt', {lang: 'zh'}, {isSource: true}],
    ['report.en-GB.md', {lang: 'zh-Hans'}, {source: 'report.zh-Hans.md'}],
    ['report.txt', {lang: 'zh'}, undefined],
    ['en_report.html', {lang: 'ja', pattern: '{lang}_{name}.{ext}'}, {source: 'ja_report.html'}],
    ['report-en.txt', {lang: 'ru', pattern: '{name}-{lang}.txt'}, {source: 'report-ru.txt'}],
    ['report-en.md', {lang: 'ru', pattern: '{name}-{lang}.txt'}, undefined]
  ])('%s with %j', (file, setting, expected) => {
    expect(locateSource(file, setting)).toEqual(expected)
  })
})

describe('hostile sources', () => {
  const sourceRules = Object.fromEntries(
    ['source-brackets-quotes', 'source-name', 'source-number', 'source-omission', 'source-untranslated', 'source-verbatim'].map((id) => [id, 'warn' as const])
  )
  it.each([
    ['a long run of periods before spaces', '.'.repeat(100000) + ' '.repeat(1000) + 'a'],
    ['a line of spaces', 'x\n' + ' '.repeat(100000) + '\ny'],
    ['dots between letters without an @', 'a.'.repeat(50000)],
    ['hyphens between letters without an extension', 'a-'.repeat(50000) + '.pdx'],
    ['a long run of numerals', '一'.repeat(100000) + '年'],
    ['an unclosed quotation', '"' + 'a'.repeat(100000)],
    ['ideographic full stops', '。'.repeat(100000)]
  ])('%s: linted without a failure', async (_, source) => {
    const {lint} = await import('../../src/processor.js')
    const file = lint('Some English text here.\n', {sourceFile: {text: source}, preset: 'none', rules: sourceRules})
    expect(file.messages.filter((message) => message.kind !== undefined)).toEqual([])
  })
})

describe('sources that cannot be read, and words that name no number', () => {
  const sourceRules = Object.fromEntries(
    ['source-name', 'source-number', 'source-omission', 'source-untranslated', 'source-verbatim'].map((id) => [id, 'warn' as const])
  )

  it('a source that is not what its name says is one file error, not a crash of every check', async () => {
    const {lint} = await import('../../src/processor.js')
    const file = lint('Some English text here.\n', {sourceFile: {text: 'not xliff', path: 'bad.xlf'}, preset: 'none', rules: sourceRules})
    expect(file.messages.map((message) => [message.kind, message.reason.split(':')[0]])).toEqual([['file-error', 'source bad.xlf cannot be read']])
  })

  it('an XLIFF source is compared by its sources, not its targets', async () => {
    const {buildBitext} = await import('../../src/source/bitext.js')
    const xliff =
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="a"><body>' +
      '<trans-unit id="1"><source>价格上涨了3%。</source><target>Prices rose.</target></trans-unit></body></file></xliff>'
    expect(buildBitext('Prices rose 3%.', {text: xliff, path: 'a.xlf'}).source).toContain('价格上涨了3%')
  })

  it.each(['constructor', 'constructors', '__proto__', 'toString', 'hasOwnProperty'])('`%s` in a translation is a word like any other', async (word) => {
    const {lint} = await import('../../src/processor.js')
    const file = lint(`The ${word} of the bridge was paid 3 million yuan.`, {sourceFile: {text: '桥梁的建造者获得了300万元。'}, preset: 'none', rules: sourceRules})
    expect(file.messages.filter((message) => message.kind !== undefined)).toEqual([])
  })

  it('a naming pattern with a placeholder twice is a configuration error', async () => {
    const {checkSourceSetting} = await import('../../src/source/setting.js')
    expect(checkSourceSetting({lang: 'zh', pattern: '{name}.{lang}.{name}'})).toMatch(/\{name\} once/)
    expect(checkSourceSetting({lang: 'zh', pattern: '{name}.{lang}.{ext}'})).toBeUndefined()
  })
})
