import rule from '../../rules/single-quotation-marks.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    // Quotes inside quotes.
    '“He called it the ‘price difference compensation’ scheme,” she said. “It failed.”',
    '"He called it the \'price difference\' scheme," she said. "It failed."',
    // Apostrophes and elisions.
    'It is rock ’n’ roll in the ’90s, and James’ car isn’t the workers’ problem. “Yes,” he said.',
    "It is rock 'n' roll in the '90s, and James' car isn't the workers' problem. \"Yes,\" he said.",
    // British house style: the article quotes with single marks.
    '‘We will win,’ he said. The so-called ‘price’ scheme failed. “Yes,” she said.',
    // No double quotation to tell the article's style by.
    'The so-called ‘price difference compensation’ scheme failed.',
    // The option says single marks are the house style.
    {text: '“Yes,” he said of the so-called ‘price’ scheme and “no” to the rest.', options: {style: 'single'}},
    // Feet and inches.
    'He is 5\'10" tall. “Yes,” he said.',
    // Strings of code: after an operator, or in a call or an index glued to a name.
    'The query was WHERE name = \'admin\' and it matched. "Yes," he said. "No," she said.',
    'In Python, print(\'hello\') and row[\'id\'] work. "Yes," he said. "No," she said.',
    // An elision whose apostrophe was curled the wrong way, in any article.
    'He said “hello” and “goodbye” and "fine" to them. They played rock ‘n’ roll all night ‘cause it was ‘90s night.'
  ],
  invalid: [
    {
      text: 'The so-called ‘price’ scheme failed. “Yes,” she said.',
      output: null,
      errors: [{messageId: 'single', fixable: false}, {messageId: 'single', fixable: false}]
    },
    {
      text: '“It works,” he said of the so-called ‘price difference compensation’ scheme. “It is new.”',
      output: '“It works,” he said of the so-called “price difference compensation” scheme. “It is new.”',
      errors: [
        {messageId: 'single', line: 1, column: 38, actual: '‘', expected: ['“'], fixable: true},
        {messageId: 'single', column: 68, actual: '’', expected: ['”'], fixable: true}
      ]
    },
    {
      text: '"It works," he said of the so-called \'price difference compensation\' scheme. "It is new."',
      output: '"It works," he said of the so-called "price difference compensation" scheme. "It is new."',
      errors: [{messageId: 'single', expected: ['"']}, {messageId: 'single', expected: ['"']}]
    },
    {
      text: '“Fine,” she said.\n\nThe plan, dubbed ‘Blue Sky’, won. “Yes,” he said.',
      output: '“Fine,” she said.\n\nThe plan, dubbed “Blue Sky”, won. “Yes,” he said.',
      errors: [{messageId: 'single', line: 3}, {messageId: 'single', line: 3}]
    },
    // After `!` or a Markdown quote's `>`, a single mark is prose, not code.
    {
      text: '"Fine," he said. "Yes," she said. Stop! \'Run,\' he said, and "go".\n> \'Hold it,\' she said.',
      output: '"Fine," he said. "Yes," she said. Stop! "Run," he said, and "go".\n> "Hold it," she said.',
      errors: [
        {messageId: 'single', fixable: true},
        {messageId: 'single', fixable: true},
        {messageId: 'single', fixable: true},
        {messageId: 'single', fixable: true}
      ]
    },
    // Mixed straight and curly double quotes: a curly pair becomes double in its own shape; a
    // straight pair, as often code in such an article, is a suggestion.
    {
      text: 'He said “yes” and "no" to the ‘new’ plan, and “maybe”.',
      output: 'He said “yes” and "no" to the “new” plan, and “maybe”.',
      errors: [
        {messageId: 'single', expected: ['“'], fixable: true},
        {messageId: 'single', expected: ['”'], fixable: true}
      ]
    },
    {
      text: 'He said “yes” and "no" to the \'new\' plan, and “maybe”.',
      output: null,
      errors: [
        {messageId: 'single', expected: ['"'], fixable: false},
        {messageId: 'single', expected: ['"'], fixable: false}
      ]
    },
    {
      text: '“Fine.” The ‘new’ plan won.',
      options: {style: 'double'},
      output: '“Fine.” The “new” plan won.',
      errors: [{messageId: 'single'}, {messageId: 'single'}]
    }
  ]
})
