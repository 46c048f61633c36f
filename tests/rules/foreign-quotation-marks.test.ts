import rule from '../../rules/foreign-quotation-marks.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Swiss printers set « or » without spaces inside.',
    'The minister said “we will win” on Monday.',
    'Read more » on the site, or go back « to the list.',
    'Next page »',
    'The symbols «» and « » mark nothing here.',
    'A comma, a low comma ‚ and a German quote „ left open.',
    'It’s the workers’ union, and the ’90s.',
    'In 2019‚the workers’ union struck.',
    'He typed “Tab and then said „Ja twice.',
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
      errors: [{messageId: 'foreign', actual: '„'}]
    },
    {
      text: 'Er sagte „das ‚neue‘ Gesetz“ gestern, und »der ›neue‹ Plan« kam.',
      output: 'Er sagte “das ‘neue’ Gesetz” gestern, und “der ‘neue’ Plan” kam.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'He called it ‚the parents’ choice‘ in public.',
      output: "He called it 'the parents’ choice' in public.",
      errors: [{messageId: 'foreign', actual: '‚'}, {messageId: 'foreign', actual: '‘', expected: ["'"]}]
    },
    {
      text: 'He typed „Tab and then said „Ja“ twice.',
      output: 'He typed „Tab and then said “Ja” twice.',
      errors: [{messageId: 'foreign', column: 29}, {messageId: 'foreign'}]
    },
    {
      text: 'See page 3 « Previous | Next » page 5.',
      output: null,
      errors: [{messageId: 'foreign', fixable: false}, {messageId: 'foreign', fixable: false}]
    },
    {
      text: '« Previous Next »',
      output: null,
      errors: [{messageId: 'foreign', fixable: false}, {messageId: 'foreign', fixable: false}]
    },
    {
      text: '« We will not give in, and we will win. »',
      output: '"We will not give in, and we will win."',
      errors: [{messageId: 'foreign', fixable: true}, {messageId: 'foreign', fixable: true}]
    },
    {
      text: '« Older posts · Newer posts »',
      output: null,
      errors: [{messageId: 'foreign', fixable: false}, {messageId: 'foreign', fixable: false}]
    },
    {
      text: 'The minister called it « a historic day » in Paris.',
      output: 'The minister called it "a historic day" in Paris.',
      errors: [{messageId: 'foreign', actual: '« '}, {messageId: 'foreign', actual: ' »'}]
    },
    {
      text: 'No-break spaces: «\u00a0oui\u202f» he said.',
      output: 'No-break spaces: "oui" he said.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'German books write »Ja« for yes.',
      output: 'German books write "Ja" for yes.',
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
      output: "A single 'word' and a 'term' here.",
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}]
    },
    {
      text: 'He said "yes" and "no", then „maybe“.',
      output: 'He said "yes" and "no", then "maybe".',
      errors: [{messageId: 'foreign', expected: ['"']}, {messageId: 'foreign', expected: ['"']}]
    },
    {
      text: 'They said «yes» «no» „maybe“ in turn, then «stop».',
      output: 'They said “yes” “no” “maybe” in turn, then “stop”.',
      errors: [
        {messageId: 'foreignRun', column: 11, actual: '«yes» «no» „maybe“', expected: ['“yes” “no” “maybe”'], fixable: true},
        {messageId: 'foreign', actual: '«'},
        {messageId: 'foreign', actual: '»'}
      ]
    },
    {
      text: 'Both «a» and «b» were cited.',
      output: 'Both "a" and "b" were cited.',
      errors: [{messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}, {messageId: 'foreign'}]
    }
  ]
})
