import rule from '../../rules/bracket-balance.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Call the method with the parentheses () left empty.',
    'Two options: (a) tea and (b) coffee.',
    'Options: 1) tea, 2) coffee, a) milk, iv) water, 2.) juice.',
    '1) first\n2) second',
    'Great :) see you :-( bye ;) and :))',
    'The crowd laughed. [Laughter] He said it [sic] twice.',
    'The talks (held in\nGeneva) ended.',
    'Press the "(" key, then the “]” key.',
    'Call main() and read the int[] values.',
    'To match these as literals: $^*+?()[] and more.',
    'The empty tuple ()-> maps to nothing.',
    'The "()" operator and the “[]” pair.',
    '[ ] buy milk\n[x] buy bread',
    "It was late (^_^;) but fine.",
    'Thanks for everything))',
    'I miss you so much(',
    'She came back in a good mood) Maybe it will last.',
    'Text (with [nested] brackets and {braces}) here.',
    '【Official] store opens.',
    'The U.S. (and the E.U.) agreed in the \'90s.',
    'That that man had had enough.'
  ],
  invalid: [
    {text: 'The default value [] means no tags.', output: null, errors: [{messageId: 'empty', fixable: false}]},
    {
      text: 'The deal (signed on Monday was praised.',
      output: null,
      errors: [{messageId: 'unclosed', line: 1, column: 10, endColumn: 11, actual: '(', fixable: false}]
    },
    {
      text: 'The deal signed on Monday) was praised.',
      errors: [{messageId: 'unopened', column: 26, actual: ')'}]
    },
    {
      text: 'The deal (signed [on Monday) was praised.',
      errors: [{messageId: 'unclosed', actual: '[', column: 18}]
    },
    {text: 'The list] was long.', errors: [{messageId: 'unopened', actual: ']'}]},
    {
      text: 'The law () was passed.',
      output: 'The law was passed.',
      errors: [{messageId: 'empty', column: 8, endColumn: 11, actual: ' ()', expected: ['']}]
    },
    {text: 'The law ( ) was passed.', output: 'The law was passed.', errors: [{messageId: 'empty'}]},
    {text: 'See the note [].', output: 'See the note.', errors: [{messageId: 'empty'}]},
    {text: '() The law passed.', output: 'The law passed.', errors: [{messageId: 'empty', actual: '() '}]},
    {
      text: 'It opened (here\nand went on.\n\nThen it closed) there.',
      errors: [
        {messageId: 'unclosed', line: 1, column: 11},
        {messageId: 'unopened', line: 4, column: 15}
      ]
    },
    {
      text: 'Line one.\r\n\r\nThe rule () applies.',
      output: 'Line one.\r\n\r\nThe rule applies.',
      errors: [{messageId: 'empty', line: 3, column: 9}]
    }
  ]
})
