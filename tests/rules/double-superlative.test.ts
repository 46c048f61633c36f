import rule from '../../rules/double-superlative.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'It has the most interest in rates.',
    'We need more rest.',
    'She is the most honest person here.',
    'The most forest cover is in the north.',
    'They moved more west.',
    'It is the most modest plan.',
    'It was the most earnest plea.',
    'He had more chest pain.',
    'These are more better-paid jobs.',
    'When is more better? Is less worse?',
    'They hired more older, wiser staff.',
    'It is the most eastern province.',
    'There are more older people than ever.',
    'Most older voters stayed home.',
    'The firm follows most best practices.',
    'The more bigger firms merge, the fewer jobs remain.',
    'We want more higher education.',
    'More later.',
    'It was at most larger by 5 percent.',
    'There are more bigger, faster ships at sea.',
    'It is the biggest port in the U.S. and the busiest.',
    'See https://example.com/most-biggest for details.',
    'The more older people vote, the harder it gets.',
    'Polls show that more older voters back him.',
    'This means that less older workers retire early.',
    "It's more older people who vote these days, and there’s more younger talent.",
    'It took at least longer than a week.'
  ],
  invalid: [
    {text: 'A week more earlier, the border closed.', output: 'A week earlier, the border closed.', errors: [{messageId: 'double'}]},
    {text: 'The effects last more longer, doctors say.', output: 'The effects last longer, doctors say.', errors: [{messageId: 'double'}]},
    {text: 'The more bigger one is mine.', output: 'The bigger one is mine.', errors: [{messageId: 'double', actual: 'more ', expected: ['']}]},
    {text: 'He fell into the more bigger guy.', output: 'He fell into the bigger guy.', errors: [{messageId: 'double'}]},
    {text: 'Cut it a little more shorter.', output: 'Cut it a little shorter.', errors: [{messageId: 'double'}]},
    {text: 'These most best buds now live apart.', output: 'These best buds now live apart.', errors: [{messageId: 'double'}]},
    {
      text: 'The less entropy they contain, the more easier they are to predict.',
      output: 'The less entropy they contain, the easier they are to predict.',
      errors: [{messageId: 'double'}]
    },
    {text: 'The ball stays at the more higher end of the range.', output: 'The ball stays at the higher end of the range.', errors: [{messageId: 'double'}]},
    {text: 'The gap was much more smaller than expected.', output: 'The gap was much smaller than expected.', errors: [{messageId: 'double'}]},
    {text: 'The new engine is far more quieter.', output: 'The new engine is far quieter.', errors: [{messageId: 'double'}]},
    {text: 'Prices were even more higher, traders said.', output: 'Prices were even higher, traders said.', errors: [{messageId: 'double'}]},
    {text: 'It was a far more bigger job than we thought.', output: 'It was a far bigger job than we thought.', errors: [{messageId: 'double'}]},
    {text: 'The team is much more stronger mentally.', output: 'The team is much stronger mentally.', errors: [{messageId: 'double'}]},
    {text: 'Still more worse news came in the afternoon.', output: null, errors: [{messageId: 'double', fixable: false}]},
    // After an intensifier, `more` before a noun may count it: a suggestion.
    {text: 'The gap made much more smaller differences.', output: null, errors: [{messageId: 'double', fixable: false}]},
    {text: 'Considerably more smaller lenders collapsed in 2009.', output: null, errors: [{messageId: 'double', fixable: false}]},
    {text: 'Significantly more younger drivers failed the test.', output: null, errors: [{messageId: 'double', fixable: false}]},
    {text: 'We saw a lot more older buildings in the south.', output: null, errors: [{messageId: 'double', fixable: false}]},
    {
      text: 'It is one of the most heaviest in the world.',
      output: 'It is one of the heaviest in the world.',
      errors: [{messageId: 'double', line: 1, column: 18, endColumn: 23, actual: 'most ', expected: [''], fixable: true}]
    },
    {text: 'This is more bigger than that.', output: 'This is bigger than that.', errors: [{messageId: 'double'}]},
    {text: 'It is more better.', output: 'It is better.', errors: [{messageId: 'double'}]},
    {text: 'He is the most best player.', output: 'He is the best player.', errors: [{messageId: 'double'}]},
    {text: 'The new bag is less smaller than the old one.', output: null, errors: [{messageId: 'double', fixable: false}]},
    {text: "It's less worse than I thought.", output: null, errors: [{messageId: 'double', fixable: false}]},
    {text: 'It is the world’s most biggest port.', output: 'It is the world’s biggest port.', errors: [{messageId: 'double'}]},
    {
      text: 'It is the most biggest, busiest port.',
      output: 'It is the biggest, busiest port.',
      errors: [{messageId: 'double'}]
    },
    {text: 'It is a more better deal.', output: 'It is a better deal.', errors: [{messageId: 'double'}]},
    {
      text: 'Most biggest of all was the dam.',
      output: 'Biggest of all was the dam.',
      errors: [{messageId: 'double', actual: 'Most b', expected: ['B']}]
    }
  ]
})
