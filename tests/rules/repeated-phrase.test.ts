import rule from '../../rules/repeated-phrase.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Prices rose again and again.',
    'I called again and again and again.',
    'More and more people came to the rally.',
    'He asked over and over and over.',
    'They walked side by side.',
    'We rebuilt it step by step by step.',
    'Day after day after day, it rained.',
    'The wheels went round and round.',
    'The music went on and on.',
    'She is American through and through.',
    'Costs got bigger and bigger.',
    'It was really really good.',
    'It was very very cold.',
    'He met so-and-so at the bar.',
    'They flew to Walla Walla.',
    'Welcome to New York, New York.',
    'He sings New York New York every night.',
    'He served time in Sing Sing.',
    'They stayed in Baden-Baden.',
    'Wait, wait, I know.',
    'Yes yes, we heard.',
    'It may or may not rain.',
    'They waited and waited.',
    'We spent years and years on it.',
    'There must be trust between man and man.',
    'The firm Kelly and Kelly won the case.',
    'It is a long and long-running dispute.',
    'Dial 555 1234 555 1234 now.',
    'He said that that was that.',
    'In the world,\nin the world of news, speed wins.',
    'Prices rose 3.5 percent in the U.S. in 2020 and 3.5 percent in the U.S. in 2021.',
    'See https://example.com/in/the/world/in/the/world for details.',
    'It got louder and louder, and then faster and faster.',
    'It went on for miles and miles, for hours and hours.',
    'Thousands and thousands of people came, time and time again.',
    'She knocked and knocked, and we talked and talked.',
    'He tried and tried to open it.',
    'Like it or not, it grew.',
    'Would it or would it not pass?',
    'Her and her son were saved.',
    'We must contribute to and to influence the talks.',
    'He is so and so from the bank.',
    'Such and such a day was chosen.',
    'What is and is not allowed is unclear.',
    'The choice is yours and yours alone.',
    'They asked how and how far the plan would go.',
    'Two and two make four.',
    'She thanked him and him alone.',
    'It lasted for months and months.',
    'Pass a string or string[] as the pattern.'
  ],
  invalid: [
    {
      text: 'It is one of the busiest in the world in the world.',
      output: 'It is one of the busiest in the world.',
      errors: [{messageId: 'repeated', line: 1, column: 38, endColumn: 51, actual: ' in the world', expected: [''], fixable: true}]
    },
    {
      text: 'The port is the heaviest and heaviest in the region.',
      output: 'The port is the heaviest in the region.',
      errors: [{messageId: 'coordinated', column: 25, actual: ' and heaviest', fixable: true}]
    },
    {text: 'He walked slowly or slowly home.', output: 'He walked slowly home.', errors: [{messageId: 'coordinated'}]},
    {
      text: 'The plan was approved and approved by parliament.',
      output: null,
      errors: [{messageId: 'coordinated', actual: ' and approved', expected: [''], fixable: false}]
    },
    {text: 'Officials warn and warn the public.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'Emerging markets and markets fell.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'We took steps in order in order to reduce costs.', output: 'We took steps in order to reduce costs.', errors: [{messageId: 'repeated'}]},
    {text: 'The cotton and cotton goods trade grew.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'It was organised by the and the city council.', output: 'It was organised by the city council.', errors: [{messageId: 'coordinated', fixable: true}]},
    {text: 'The port is a long and long way off.', output: 'The port is a long way off.', errors: [{messageId: 'coordinated', fixable: true}]},
    {text: 'He scored in three and three games.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'Rates in both and both regions rose.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'That is why and why he left.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'They met on the opening day and day of the sale.', output: null, errors: [{messageId: 'coordinated', fixable: false}]},
    {text: 'Prices rose quickly and quickly.', output: 'Prices rose quickly.', errors: [{messageId: 'coordinated', fixable: true}]},
    {text: 'A famous and famous singer came.', output: 'A famous singer came.', errors: [{messageId: 'coordinated'}]},
    {text: 'The fabric is durable and durable.', output: 'The fabric is durable.', errors: [{messageId: 'coordinated'}]},
    {text: 'She sent it to the to the office.', output: 'She sent it to the office.', errors: [{messageId: 'repeated'}]},
    {text: 'We build the lines that we have to have to carry power.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'There is more work to do to do it well.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'A path whose parent is ignored is ignored as well.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The plan was approved was approved by the board.', output: 'The plan was approved by the board.', errors: [{messageId: 'repeated'}]},
    {text: 'In the end in the end nothing changed.', output: 'In the end nothing changed.', errors: [{messageId: 'repeated'}]},
    {
      text: 'We must act now we must act now we must act now.',
      output: 'We must act now.',
      errors: [{messageId: 'repeated'}, {messageId: 'repeated'}]
    },
    {
      text: 'It seems that it seems that the talks stalled.',
      output: 'It seems that the talks stalled.',
      errors: [{messageId: 'repeated', actual: ' it seems that'}]
    }
  ]
})
