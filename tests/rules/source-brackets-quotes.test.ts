import rule from '../../rules/source-brackets-quotes.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'He said the new line will shorten commuting time.',
    {source: '发言人王磊表示：“新线将大幅缩短两市之间的通勤时间。”', text: 'Wang Lei said: “The new line will greatly shorten commuting time between the two cities.”'},
    {source: '发言人王磊表示：“新线将大幅缩短两市之间的通勤时间。”', text: 'Wang Lei said (on Monday) the new line will shorten commuting time.'},
    // Short quoted parts are names, titles or terms, which English writes without marks.
    {source: 'Победа позволила "Манчестер Сити" набрать 81 очко.', text: 'The victory brought Manchester City up to 81 points.'},
    {source: '凄惨（せいさん）な戦場を伝える。', text: 'To convey the horrors of the battlefield.'},
    {source: '佐藤さん（３０）が話した。', text: 'Sato, 30, spoke.'}
  ],
  invalid: [
    {
      source: '发言人王磊表示：“新线将大幅缩短两市之间的通勤时间。”',
      text: 'Wang Lei said the new line will greatly shorten commuting time between the two cities.',
      errors: [{messageId: 'unmarked', line: 1, column: 1, endColumn: 87}]
    },
    {
      source: 'Я бы сказал: «Пока ещё совсем не время для этого».',
      text: 'I would say it is not yet time for that.',
      errors: [{messageId: 'unmarked'}]
    }
  ]
})
