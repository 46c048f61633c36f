import rule from '../../rules/ellipsis.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'He paused... then went on... and on.',
    'He paused… then went on… and on.',
    'He paused . . . then went on . . . and on. The law . . . must be obeyed. . . . It was.',
    'It was the end.... Then nothing. We waited….',
    'He moved to the U.S.... and stayed. Apples, pears, etc.... were sold.',
    'Shih added.. The last time',
    'It ended.. Then rain. It was late….. Then more.',
    'Receipts $198 ....... ...... $182 ...... ....... Expenditures ......$98 in all.',
    'From each pound of second class ...............mills 8.5 were paid.',
    '他说。。。 and the Chinese 好⋯⋯ stays for untranslated-text.',
    'Details at https://example.com/a...b and in notes...txt.',
    // One of each style: no style dominates, so neither is flagged
    'He paused... then went on… and on.',
    'That that man had had enough in the U.S. at 10:30.'
  ],
  invalid: [
    {
      text: 'Cheaper would be better...... we are forced to move.',
      output: 'Cheaper would be better… we are forced to move.',
      errors: [{messageId: 'malformed', line: 1, column: 24, endColumn: 30, actual: '......', expected: ['…']}]
    },
    {
      text: 'He waited... and waited...... and left...',
      output: 'He waited... and waited... and left...',
      errors: [{messageId: 'malformed', expected: ['...']}]
    },
    {text: 'Now.... they will agree.', output: 'Now… they will agree.', errors: [{messageId: 'malformed', actual: '....'}]},
    {text: 'Icicles…… are cold.', output: 'Icicles… are cold.', errors: [{messageId: 'malformed', actual: '……'}]},
    {text: 'It is good.… Thank you.', output: 'It is good… Thank you.', errors: [{messageId: 'malformed'}]},
    {text: 'It was fresh…... Then it was gone.', output: 'It was fresh… Then it was gone.', errors: [{messageId: 'malformed'}]},
    {text: 'He said。。。 then left.', output: 'He said… then left.', errors: [{messageId: 'malformed', actual: '。。。'}]},
    {text: 'For example・・・ nothing.', output: 'For example… nothing.', errors: [{messageId: 'malformed'}]},
    {text: 'Wait⋯⋯ what?', output: 'Wait… what?', errors: [{messageId: 'malformed'}]},
    {
      text: 'He paused… then went on… and on... and on.',
      output: 'He paused… then went on… and on… and on.',
      errors: [{messageId: 'mixed', actual: '...', expected: ['…']}]
    },
    {
      text: 'He paused . . . then went on . . . and on... and on.',
      output: 'He paused . . . then went on . . . and on . . . and on.',
      errors: [{messageId: 'mixed', actual: '...', expected: [' . . .']}]
    },
    {
      text: 'It was the end.... Then… nothing… at all.',
      output: 'It was the end…. Then… nothing… at all.',
      errors: [{messageId: 'mixed', actual: '....', expected: ['….']}]
    },
    {
      text: 'He paused... then went on.',
      output: 'He paused… then went on.',
      options: {style: 'character'},
      errors: [{messageId: 'style'}]
    },
    {
      text: 'He paused… then went on.',
      output: 'He paused... then went on.',
      options: {style: 'periods'},
      errors: [{messageId: 'style'}]
    },
    {
      text: 'First line.\r\n\r\nIt was late...... Then more.',
      output: 'First line.\r\n\r\nIt was late… Then more.',
      errors: [{messageId: 'malformed', line: 3, column: 12}]
    }
  ]
})
