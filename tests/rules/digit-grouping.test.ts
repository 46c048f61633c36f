import rule from '../../rules/digit-grouping.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'In 2019 the town had 9500 people and 1,250,000 visitors.',
    'Pi is 3.14159 and the rate was 0.000125 percent; in Germany it is 12345,67 euros.',
    'The A320neo, the COVID19 wave and model X12345 were discussed.',
    'Order it as item No. 4241014, art. 713946 or #12345 at https://example.com/p/123456.',
    'The barcode: 4011097345239; manufacturer code: 15930180.',
    'Call 555-12345 or +86 10 12345678 and write to New York, NY 10001.',
    'Under Executive Order 12044 and GOST R 51162-2019 the KAISER Sena (74182) passed.',
    'The meeting on 20211110 at 10:30:00 reviewed file 00123456.',
    'On July 1, 11907 the rate changed. Write to Invalidenstrasse 117, 10115 Berlin or to 75008 Paris. Call 12345 now.',
    'Cookware, 22 cm, with handle, dark marble color, 4278884.',
    'That that man had had enough in the U.S. in the \'90s.'
  ],
  invalid: [
    {
      text: 'There are 250000 species of flowering plants.',
      output: 'There are 250,000 species of flowering plants.',
      errors: [{messageId: 'ungrouped', line: 1, column: 11, endColumn: 17, actual: '250000', expected: ['250,000']}]
    },
    {text: 'Some ice is over 100000 years old.', output: 'Some ice is over 100,000 years old.', errors: [{messageId: 'ungrouped'}]},
    {text: 'Free shipping over 10800 yen.', output: 'Free shipping over 10,800 yen.', errors: [{messageId: 'ungrouped'}]},
    {text: 'It cost $1500000 in all.', output: 'It cost $1,500,000 in all.', errors: [{messageId: 'ungrouped', expected: ['1,500,000']}]},
    {text: 'About 25000 people came.', output: 'About 25,000 people came.', errors: [{messageId: 'ungrouped'}]},
    {text: 'It got closer-40000 years ago.', output: 'It got closer-40,000 years ago.', errors: [{messageId: 'ungrouped'}]},
    {text: 'I can pay 12000 per month.', output: 'I can pay 12,000 per month.', errors: [{messageId: 'ungrouped'}]},
    {
      text: 'In two years, 500000 to a million parts.',
      output: null,
      errors: [{messageId: 'ungrouped', expected: ['500,000'], fixable: false}]
    },
    {text: 'The pension is 12000, they said.', output: null, errors: [{messageId: 'ungrouped', fixable: false}]},
    {
      text: 'It cost 1500000 euros.',
      output: 'It cost 1 500 000 euros.',
      options: {separator: ' '},
      errors: [{messageId: 'ungrouped'}]
    },
    {
      text: 'First line.\r\n\r\nThere were 30000 troops.',
      output: 'First line.\r\n\r\nThere were 30,000 troops.',
      errors: [{messageId: 'ungrouped', line: 3, column: 12}]
    }
  ]
})
