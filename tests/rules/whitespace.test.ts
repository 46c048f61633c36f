import rule from '../../rules/whitespace.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The meeting ended. The talks go on.',
    'It ended.  The talks go on.  “Yes,” he said.',
    'Sales fell.  iPhone orders too.  eBay gained.  £1 buys less.  (It was May.)',
    'It was 5\u00a0km away at 20\u00a0°C.',
    'One paragraph.\n\nAnother paragraph.\n',
    'Line one.\r\n\r\nLine two.\r\n',
    'It ends with one blank line.\n\n',
    'A tab\tbetween columns.',
    {text: '\tAn indented paragraph.\n    Another one.', options: {allowIndentation: true}},
    'That that man had had enough.'
  ],
  invalid: [
    {text: 'It ended.  the talks go on.', output: 'It ended. the talks go on.', errors: [{messageId: 'doubled', fixable: true}]},
    {
      text: 'The results were clear   and  the vote passed.',
      output: 'The results were clear   and the vote passed.',
      errors: [{messageId: 'doubled', fixable: false}, {messageId: 'doubled', fixable: true}]
    },
    {
      text: 'Party     Seats  Change\nLabour    412    +211\n| Name  | Votes |',
      output: null,
      errors: [
        {messageId: 'doubled', line: 1, fixable: false},
        {messageId: 'doubled', line: 1, fixable: false},
        {messageId: 'doubled', line: 2, fixable: false},
        {messageId: 'doubled', line: 2, fixable: false},
        {messageId: 'doubled', line: 3, fixable: false}
      ]
    },
    {
      text: 'We talked about the  meeting.',
      output: 'We talked about the meeting.',
      errors: [{messageId: 'doubled', line: 1, column: 21, endColumn: 22, actual: ' ', expected: [''], fixable: true}]
    },
    {
      text: ' date 2021-11-10 \n\n\n\nThe meeting will take place.',
      output: 'date 2021-11-10\n\nThe meeting will take place.',
      errors: [
        {messageId: 'leading', line: 1, column: 1, endColumn: 2},
        {messageId: 'trailing', line: 1, column: 17},
        {messageId: 'blankLines', line: 3, column: 1, endLine: 5, endColumn: 1, actual: '\n\n'}
      ]
    },
    {
      text: 'Line one.\r\n\r\n\r\n\r\nLine two.',
      output: 'Line one.\r\n\r\nLine two.',
      errors: [{messageId: 'blankLines', actual: '\r\n\r\n', expected: ['']}]
    },
    {
      text: 'First.\n  \n \n\nSecond.',
      output: 'First.\n\nSecond.',
      errors: [{messageId: 'blankLines', line: 2, column: 1, actual: '  \n \n\n', expected: ['\n']}]
    },
    {text: 'First.\n \nSecond.', output: 'First.\n\nSecond.', errors: [{messageId: 'trailing', line: 2}]},
    {text: '\tIndented paragraph.', output: 'Indented paragraph.', errors: [{messageId: 'leading', actual: '\t'}]},
    {text: 'Trailing tab\t\nNext line.', output: 'Trailing tab\nNext line.', errors: [{messageId: 'trailing'}]},
    {text: 'The end.   ', output: 'The end.', errors: [{messageId: 'trailing', actual: '   '}]},
    {text: 'The end.\n\n\n', output: 'The end.\n\n', errors: [{messageId: 'blankLines'}]},
    {
      text: '\n \n\nThe start.',
      output: 'The start.',
      errors: [{messageId: 'leadingBlankLines', line: 1, column: 1, endLine: 4, endColumn: 1, actual: '\n \n\n'}]
    },
    {text: '\r\nThe start.', output: 'The start.', errors: [{messageId: 'leadingBlankLines'}]},
    {
      text: 'It ended.  The talks go on.',
      output: 'It ended. The talks go on.',
      options: {allowTwoSpacesAfterSentence: false},
      errors: [{messageId: 'doubled'}]
    },
    {
      text: 'Speed   slow of course.',
      output: null,
      errors: [{messageId: 'doubled', actual: '  ', fixable: false}]
    },
    {
      text: 'It ended.   The talks go on.',
      output: null,
      errors: [{messageId: 'doubled', fixable: false}]
    }
  ]
})
