import rule from '../../rules/repeated-sentence.js'
import {testRule} from '../rule-tester.js'

const refrain = 'And I will propose these measures to the new Congress.'
const filler = 'Prices rose. Wages fell. Rents held. Taxes rose.'

testRule(rule, {
  valid: [
    'Thank you. Thank you. Yes. Yes.',
    'They deserve a vote. They deserve a vote. They deserve a vote.',
    "Let's be frank. Let's be frank. We can do this. We can do this.",
    `${refrain} ${filler} ${refrain}`,
    'He has not given any evidence that he destroyed it. He has not given any evidence that he destroyed them.',
    'The talks ended on Monday in Geneva without a deal. The talks ended on Tuesday in Geneva without a deal.',
    'That that man had had enough of the U.S. talks. The U.S. talks went on without him, e.g. in Geneva.',
    {text: 'The vote was held on Monday in Paris. The vote was held on Monday in Paris.', options: {minWords: 9}}
  ],
  invalid: [
    {
      text: 'Men prefer to buy only jackets these days. Men prefer to buy only jackets these days. Suits sell less.',
      output: null,
      errors: [
        {
          messageId: 'repeated',
          line: 1,
          column: 44,
          endColumn: 87,
          actual: 'Men prefer to buy only jackets these days. ',
          expected: [''],
          fixable: false
        }
      ]
    },
    {
      text: 'I was not a driver, and in fact I never was.\nI was not a driver, and in fact I never was.\nWe left.',
      errors: [{messageId: 'repeated', line: 2, column: 1, actual: 'I was not a driver, and in fact I never was.'}]
    },
    {
      text: 'The talks ended.  The summit in Geneva ended on Monday without any deal.\n\nLater the summit in Geneva ended on Monday. The summit in Geneva ended on Monday without any deal.',
      errors: [{messageId: 'repeated', line: 3, actual: ' The summit in Geneva ended on Monday without any deal.'}]
    },
    {
      text: `The ministers of both countries met for six hours in Geneva on Monday. ${filler} “The ministers of both countries met for six hours in Geneva on Monday.”`,
      errors: [{messageId: 'repeated'}]
    },
    {
      text: 'We met on Monday and talked for hours. We met on Monday and talked for hours. We met on Monday and talked for hours.',
      errors: [{messageId: 'repeated', column: 40}, {messageId: 'repeated', column: 78}]
    },
    {
      text: 'It was a good year for the port. It was a good year for the port!',
      errors: [{messageId: 'repeated'}]
    },
    {
      text: 'The vote was held on Monday in Paris. The vote was held on Monday in Paris.',
      options: {minWords: 8},
      errors: [{messageId: 'repeated'}]
    }
  ]
})
