import rule from '../../rules/quote-balance.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The minister called the plan “reckless” and left the room.',
    // A quote mark talked about, not used.
    'Old ledgers repeat the line above with ditto marks (").',
    "The keys are labelled \" and ' on this keyboard.",
    '“We will sign,” the envoy said. “The talks went well,” his deputy added.',
    // Single quotes nested in double quotes, and apostrophes of every kind.
    'She said: “They told me ‘not yet’ twice.”',
    'It’s the ’90s again: rock ’n’ roll, Charles’ guitar, and we don’t mind.',
    "It's the '90s again: rock 'n' roll, Charles' guitar, and we don't mind.",
    // A quotation of several paragraphs: each paragraph but the last reopens, none closes.
    '“We will not leave,” the mayor said. “The city is our home.\n\n“Nobody can make us go,” she added.',
    '"The city is our home.\n\n"Nobody can make us go," she added.',
    // The same when the paragraph breaks are single line breaks, or were lost altogether.
    '“The city is our home.\n“Nobody can make us go,” she added.',
    'He wrote: “The first plan failed. “The second one worked. “We are ready.”',
    // A quotation that runs over several lines (one sentence per line) without reopening.
    'The mayor said: “The city is our home.\nWe stay.\nNobody can make us go.”\nThen she left.',
    // Inch marks and feet.
    'He is 5\'10" tall and bought a 6" pipe.',
    'He is 5’10” tall and bought a 6” pipe.',
    '“Bring me a 6” pipe,” the plumber said.',
    'The "Vision 2030" plan was announced on Monday.',
    // Straight quotes nested in curly ones, and an even number of straight quotes.
    '“He said "no" to me,” she said.',
    'The so-called "experts" said "no" and "maybe".',
    'Prices rose 3.5 percent in the U.S. at 10:30 a.m., e.g. for “basic” goods.',
    'An empty quotation “” stays as it is.'
  ],
  invalid: [
    {
      text: '“We will sign,” the envoy said. “The talks went well.',
      errors: [{messageId: 'unclosed', line: 1, column: 33, endColumn: 34, actual: '“'}]
    },
    {
      text: 'The talks went well.” Then he left.',
      errors: [{messageId: 'unopened', column: 21, actual: '”'}]
    },
    // Unpaired quotes of one kind with only white space between them are one finding.
    {
      text: 'The talks went well.” ” ” Then he left.',
      errors: [{messageId: 'unopenedRun', column: 21, endColumn: 26, actual: '” ” ”'}]
    },
    {
      text: 'The talks went well.” Then ” he left.',
      errors: [{messageId: 'unopened', column: 21}, {messageId: 'unopened', column: 28}]
    },
    {
      text: 'He said: “ “ “We will sign.',
      errors: [{messageId: 'unclosedRun', column: 10, endColumn: 15}]
    },
    {
      text: '“We will sign,“ the envoy said.',
      output: '“We will sign,” the envoy said.',
      errors: [{messageId: 'reversed', column: 15, actual: '“', expected: ['”'], fixable: true}]
    },
    {
      text: '”We will sign,” the envoy said.',
      output: '“We will sign,” the envoy said.',
      errors: [{messageId: 'reversed', column: 1, actual: '”', expected: ['“'], fixable: true}]
    },
    {
      // Turning the second mark around would still leave the third one unpaired: not safe.
      text: '“We will sign,“ the envoy said. “The talks went well.',
      errors: [
        {messageId: 'reversed', column: 15, expected: ['”'], fixable: false},
        {messageId: 'unclosed', column: 33}
      ]
    },
    {
      // The first paragraph ends inside the quotation, but the next one does not reopen it.
      text: '“The city is our home.\n\nNobody can make us go,” she added.',
      errors: [
        {messageId: 'unclosed', line: 1, column: 1},
        {messageId: 'unopened', line: 3, column: 23}
      ]
    },
    {
      text: 'The envoy said "the talks went well.',
      errors: [{messageId: 'unpaired', column: 16, actual: '"'}]
    },
    {
      text: 'The envoy said "yes" and then "no.',
      errors: [{messageId: 'unpaired', column: 31}]
    },
    {
      text: 'The talks went well," the envoy said.',
      errors: [{messageId: 'unpaired', column: 21}]
    },
    {
      // A straight mark can close a curly quotation; the second one is left alone.
      text: '“The talks went well," the envoy said. “Yes.',
      errors: [{messageId: 'unclosed', column: 40}]
    },
    {
      text: 'First paragraph.\r\n\r\nHe said “no and left.',
      errors: [{messageId: 'unclosed', line: 3, column: 9}]
    }
  ]
})
