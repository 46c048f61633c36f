import rule from '../../rules/translation-alternative.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Two options: (a) tea and (b) coffee, or (i) milk.',
    'The (then) prime minister met the press.',
    'The policy of the state (which) protects trade was kept.',
    'He asked for the book(s) and a friend(s) list.',
    'About 200 (or so) people came, whether (or not) they were invited.',
    'The Bundestag (lit. "federal diet") met on Monday.',
    'The Fed (or central bank) raised rates; see the note (also in French).',
    'He said [the] government failed, and they [the rebels] left.',
    'Call f(x) or see https://example.com/a_(the)_b for more.',
    'Prices rose 3.5 percent in the U.S. (The rest fell.)',
    'That that man had had enough, e.g. of the (small) rise.',
    'Each he/she and and/or form is left alone, as is the singer/songwriter.',
    'The result (Note: see below) was, or rather (as he put it) seemed, a puzzle.',
    'Prices (which rose) fell, and the rate (that is, the yield) held.',
    'Hazards of Buffering (or: Why the Stream Is So Fast)\nSince data is written at once, it is fast.',
    "OPTIONS FOR 'split' (ALSO: 'push') are listed below.",
    'As set out in (a) and (b), the plan holds; see also (i) and (ii).',
    'It cost one (two) dollars at most.'
  ],
  invalid: [
    {text: 'It is under a (for) dollar contract.', output: null, errors: [{messageId: 'bracketedWord', actual: '(for) ', expected: ['', 'for ']}]},
    {text: 'He faces up (to) 10 years in prison.', output: null, errors: [{messageId: 'bracketedWord', actual: '(to) '}]},
    {text: 'There is no (which) instruction and thank you (their) all.', output: null, errors: [{messageId: 'bracketedWord'}, {messageId: 'bracketedWord'}]},
    {
      text: 'It was calmer than (which) had been the case before.',
      output: null,
      errors: [
        {
          messageId: 'bracketedWord',
          line: 1,
          column: 20,
          endColumn: 28,
          actual: '(which) ',
          expected: ['', 'which '],
          fixable: false
        }
      ]
    },
    {text: 'He went to (the) market on Sunday.', errors: [{messageId: 'bracketedWord', actual: '(the) '}]},
    {text: 'He said that (that) was all.', errors: [{messageId: 'bracketedWord', actual: '(that) '}]},
    {text: 'Those who (whom) we met agreed.', errors: [{messageId: 'bracketedWord', expected: ['', 'whom ']}]},
    {
      text: 'The minister (or: the secretary) said it would pass.',
      errors: [
        {
          messageId: 'labelled',
          column: 13,
          endColumn: 33,
          actual: ' (or: the secretary)',
          expected: [''],
          fixable: false
        }
      ]
    },
    {text: 'They met in Kiev [also: Kyiv] last week.', errors: [{messageId: 'labelled', actual: ' [also: Kyiv]'}]},
    {text: 'The talks (alternative: the negotiations) resumed.', errors: [{messageId: 'labelled'}]},
    {text: 'The aide (alt. the adviser) left.', errors: [{messageId: 'labelled', actual: ' (alt. the adviser)'}]},
    {text: '(Or: the minister) said it.', errors: [{messageId: 'labelled', actual: '(Or: the minister) '}]}
  ]
})
