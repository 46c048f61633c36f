import rule from '../../rules/source-omission.js'
import {testRule} from '../rule-tester.js'

const source = [
  '高铁新线下月开通',
  '据新华社报道，连接两市的高铁新线将于7月1日开通，每天可运送3.5万名旅客。',
  '项目由公司承建，总投资120亿元。全线长286公里，沿途设有15座车站，工程于2019年动工，历时两年完成。',
  '铁路公司发言人王磊表示，新线将大幅缩短两市之间的通勤时间。'
].join('\n\n')

testRule(rule, {
  valid: [
    'A translation without a source.',
    {
      source,
      text: [
        'New high-speed line opens next month',
        'According to Xinhua, the new high-speed line connecting the two cities will open on July 1 and can carry 35,000 passengers a day.',
        'The project, built by the company, cost 12 billion yuan. The line is 286 km long with 15 stations; work began in 2019 and took two years.',
        'Wang Lei, a spokesman for the railway company, said the new line will greatly shorten commuting time between the two cities.'
      ].join('\n\n')
    },
    // A terse but complete translation of a short line.
    {source: 'Я испытала благоговейный трепет.', text: 'I felt awe.'}
  ],
  invalid: [
    {
      source,
      text: [
        'New high-speed line opens next month',
        'According to Xinhua, the new high-speed line connecting the two cities will open on July 1 and can carry 35,000 passengers a day.',
        'The project cost a lot.',
        'Wang Lei, a spokesman for the railway company, said the new line will greatly shorten commuting time between the two cities.'
      ].join('\n\n'),
      errors: [{messageId: 'short', line: 5, column: 1, endColumn: 24}]
    },
    {
      // A paragraph dropped: the length aligner pairs the others and finds the source paragraph with no counterpart.
      source,
      text: [
        'New high-speed line opens next month',
        'According to Xinhua, the new high-speed line connecting the two cities will open on July 1 and can carry 35,000 passengers a day.',
        'Wang Lei, a spokesman for the railway company, said the new line will greatly shorten commuting time between the two cities.'
      ].join('\n\n'),
      errors: [{messageId: 'omitted', line: 3, column: 130, endColumn: 130}]
    },
    {
      // A paragraph with no counterpart in the source: said once, and the source checks skip it.
      source: '第一段。这是一段很长的文字，讲述了新线路的开通情况。',
      text: 'First paragraph. This is a long text about the opening of the new line.\n\nA note from the translator, which the source does not have at all, and a long one too.\n\nAnother note from the translator, which the source does not have at all, and a long one too.',
      errors: [{messageId: 'unaligned'}]
    }
  ]
})
