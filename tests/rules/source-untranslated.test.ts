import rule from '../../rules/source-untranslated.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'SUN VALLEY车站也将同步启用。',
    {source: 'SUN VALLEY车站也将同步启用。', text: 'SUN VALLEY station will open at the same time.'},
    // A name or title equal to its source.
    {source: 'Yahoo! News', text: 'Yahoo! News'},
    // A source sentence already in English stays as it is.
    {source: 'So here it is, my friend.', text: 'So here it is, my friend.'},
    // A gloss of the source's script inside English is for untranslated-text, not this rule.
    {source: '東京電力の発表', text: 'The announcement by TEPCO (東京電力)'}
  ],
  invalid: [
    {
      source: '新闻标题\n\nSUN VALLEY车站也将同步启用，并设有大型停车场。',
      text: 'News headline\n\nSUN VALLEY车站也将同步启用，并设有大型停车场。',
      errors: [{messageId: 'sourceScript', line: 3, column: 1, endColumn: 29}]
    },
    {
      source: 'Þá verða auglýsingar bannaðar.',
      text: 'Þá verða auglýsingar bannaðar.',
      errors: [{messageId: 'copied'}]
    },
    {
      source: 'Он сказал: всё будет хорошо.',
      text: 'He said: всё будет хорошо.',
      errors: [{messageId: 'sourceScript'}]
    }
  ]
})
