import rule from '../../rules/foreign-quotation-marks.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The minister said “we will win” on Monday.',
    'Read more » on the site, or go back « to the list.',
    'Next page »',
    'The symbols «» and « » mark nothing here.',
    'A comma, a low comma ‚ and a German quote „ left open.',
    'It’s the workers’ union, and the ’90s.',
    'See https://example.com/«a»/ for the file, or run `echo „x“`.'
  ],
  invalid: [
    {
      text: 'The chancellor said: „We will not give in.“ Others agreed.',
      output: 'The chancellor said: “We will not give in.” Others agreed.',
      errors: [
        {messageId: 'foreign', column: 22, actual: '„', expected: ['“'], fixable: true},
        {messageId: 'foreign', actual: '“', expected: ['”'], fixable: true}
      ]
    },
    {
      text: 'Polish style „Tak” was used.',
      output: 'Polish style “Tak” was used.',
      errors: [{messageId: 'foreign', actual: '„'}, {messageId: 'foreign', actual: '”'}]
    },
    {
      text: 'The minister called it « a historic day » in Paris.',
      output: 'The minister called it “a historic day” in Paris.',
      errors: [{messageId: 'foreign', actual: '« '}, {messageId: 'foreign', actual: ' »'}]
    },
    {
      text: 'No-break spaces: «\u00a0oui\u202f» he said.',
      output: 'No-break spaces: “oui” he said.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'German books write »Ja« for yes.',
      output: 'German books write “Ja” for yes.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'He wrote: «The law, called „the reform“, failed».',
      output: 'He wrote: “The law, called ‘the reform’, failed”.',
      errors: [
        {messageId: 'foreign', expected: ['“']},
        {messageId: 'foreign', expected: ['‘']},
        {messageId: 'foreign', expected: ['’']},
        {messageId: 'foreign', expected: ['”']}
      ]
    },
    {
      text: 'A single ‚word‘ and a ‹ term › here.',
      output: 'A single ‘word’ and a ‘term’ here.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'He said "yes" and "no", then „maybe“.',
      output: 'He said "yes" and "no", then "maybe".',
      errors: [{messageId: 'foreign', expected: ['"']}, {messageId: 'foreign', expected: ['"']}]
    },
    {
      text: 'Both «a» and «b» were cited.',
      output: 'Both “a” and “b” were cited.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}]
    }
  ]
})
