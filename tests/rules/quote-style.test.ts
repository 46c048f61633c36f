import rule from '../../rules/quote-style.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    '“We will sign,” the envoy said. It’s the ’90s: rock ’n’ roll, Charles’ guitar.',
    '"We will sign," the envoy said. It\'s the \'90s: rock \'n\' roll, Charles\' guitar.',
    // Double quotes and apostrophes are counted apart.
    '“We will sign,” the envoy said. It\'s late and we don\'t mind.',
    '"We will sign," the envoy said. It’s late and we don’t mind.',
    // Inch marks and primes are neither counted nor changed.
    '“We will sign,” the envoy said. He is 5\'10" tall and bought a 6" pipe for a 6\' wall.',
    'She said: “They told me ‘not yet’ twice.” Prices rose 3.5% in the U.S. at 10:30.',
    {text: '“Yes,” he said. It’s fine.', options: {style: 'curly'}},
    {text: '"Yes," he said. It\'s fine.', options: {style: 'straight'}},
    'No quotes at all, e.g. in a list: apples, pears, etc.'
  ],
  invalid: [
    {
      text: '“We will sign,” the envoy said. “Soon,” he added. "Not yet," his deputy said.',
      output: '“We will sign,” the envoy said. “Soon,” he added. “Not yet,” his deputy said.',
      errors: [
        {messageId: 'straightDouble', column: 51, actual: '"', expected: ['“'], fixable: true},
        {messageId: 'straightDouble', column: 60, actual: '"', expected: ['”'], fixable: true}
      ]
    },
    {
      text: '"We will sign," the envoy said. "Soon," he added. “Not yet,” his deputy said.',
      output: '"We will sign," the envoy said. "Soon," he added. "Not yet," his deputy said.',
      errors: [
        {messageId: 'curlyDouble', column: 51, actual: '“', expected: ['"'], fixable: true},
        {messageId: 'curlyDouble', column: 60, actual: '”', expected: ['"']}
      ]
    },
    {
      // As many straight as curly quotes: no majority, only suggestions.
      text: '“We will sign,” he said, "and soon."',
      errors: [
        {messageId: 'straightDouble', expected: ['“'], fixable: false},
        {messageId: 'straightDouble', expected: ['”'], fixable: false}
      ]
    },
    {
      // The pairing says the mark closes, its position says it opens: a suggestion.
      text: '“We will sign,” he said. “Soon,” he added.\n\n"Not yet, "his deputy said.',
      output: '“We will sign,” he said. “Soon,” he added.\n\n“Not yet, "his deputy said.',
      errors: [
        {messageId: 'straightDouble', line: 3, column: 1, expected: ['“'], fixable: true},
        {messageId: 'straightDouble', line: 3, column: 11, expected: ['”'], fixable: false}
      ]
    },
    {
      text: 'It’s late, they’re tired and we’re done. Don\'t wait.',
      output: 'It’s late, they’re tired and we’re done. Don’t wait.',
      errors: [{messageId: 'straightSingle', column: 45, actual: "'", expected: ['’'], fixable: true}]
    },
    {
      text: 'It’s late, they’re tired, you’re off, I’m in, we’re done in the \'90s, with rock \'n\' roll and Charles\' car.',
      output: 'It’s late, they’re tired, you’re off, I’m in, we’re done in the ’90s, with rock ’n’ roll and Charles’ car.',
      errors: [
        {messageId: 'straightSingle', column: 65, expected: ['’']},
        {messageId: 'straightSingle', column: 81, expected: ['’']},
        {messageId: 'straightSingle', column: 83, expected: ['’']},
        {messageId: 'straightSingle', column: 101, expected: ['’']}
      ]
    },
    {
      // `'Bama` or `'not yet'`: an opening quote or an elision, so both shapes are offered,
      // and the closing mark waits for its partner.
      text: 'It’s late, they’re tired, we’re done and you’re off. She said \'not yet\' twice.',
      errors: [
        {messageId: 'straightSingle', column: 63, expected: ['‘', '’'], fixable: false},
        {messageId: 'straightSingle', column: 71, expected: ['’'], fixable: false}
      ]
    },
    {
      text: 'It\'s late, they\'re tired and we\'re done. Don’t wait.',
      output: 'It\'s late, they\'re tired and we\'re done. Don\'t wait.',
      errors: [{messageId: 'curlySingle', actual: '’', expected: ["'"]}]
    },
    {
      text: '"Yes," he said. It\'s fine.',
      options: {style: 'curly'},
      output: '“Yes,” he said. It’s fine.',
      errors: [{messageId: 'straightDouble'}, {messageId: 'straightDouble'}, {messageId: 'straightSingle'}]
    },
    {
      text: '“Yes,” he said. It’s fine.',
      options: {style: 'straight'},
      output: '"Yes," he said. It\'s fine.',
      errors: [{messageId: 'curlyDouble'}, {messageId: 'curlyDouble'}, {messageId: 'curlySingle'}]
    },
    {
      text: '“Yes,” he said.\r\n\r\n“No,” she said. "Maybe," I said.',
      output: '“Yes,” he said.\r\n\r\n“No,” she said. “Maybe,” I said.',
      errors: [
        {messageId: 'straightDouble', line: 3, column: 17},
        {messageId: 'straightDouble', line: 3, column: 24}
      ]
    }
  ]
})
