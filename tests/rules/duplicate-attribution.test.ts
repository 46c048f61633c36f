import rule from '../../rules/duplicate-attribution.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    '“It is over,” said Shih, who told CNN more.',
    'He said Smith told him to wait.',
    '“Go,” he said. Nobody moved.',
    '“No,” he said. Smith agreed.',
    '“Yes,” she said. Smith added nothing.',
    '“It is late,” said the people told about the talks.',
    'As Smith said, he added a clause to the bill.',
    '“We will win,” he said. “We always do,” he added.',
    '“The deal is done,” said U.S. Secretary of State Antony Blinken.',
    'She told reporters the talks, which he said had stalled, went on.',
    'The minister said Li said he would resign.',
    'According to Li, the ministry said it would wait.',
    'According to the report, officials said prices rose.',
    '“Fine,” Li said, and the minister agreed.',
    'He said, “It works.” Then he left.',
    '“It works,” he said. “It is new,” he added.',
    'According to Li, exports rose, the ministry said.'
  ],
  invalid: [
    {
      text: 'It was a good year,” said Shih told CNN.',
      output: null,
      errors: [
        {
          messageId: 'chain',
          line: 1,
          column: 22,
          endColumn: 36,
          actual: 'said Shih told',
          expected: ['Shih told'],
          fixable: false
        }
      ]
    },
    {text: 'The talks went well, said Smith said.', errors: [{messageId: 'chain', expected: ['Smith said']}]},
    {
      text: '“It is done,” said the minister told reporters.',
      errors: [{messageId: 'chain', expected: ['the minister told']}]
    },
    {
      text: '“We agree,” he added. statement added.',
      errors: [{messageId: 'again', actual: 'statement added', expected: undefined, fixable: false}]
    },
    {text: '“It went well,” he said. Statement added.', errors: [{messageId: 'again'}]},
    {text: 'The talks will go on, Shih said, he added.', errors: [{messageId: 'again', actual: 'he added'}]},
    {text: '“We will win,” the minister said Li said.', errors: [{messageId: 'chain', actual: 'said Li said', expected: ['Li said']}]},
    {text: '“The plan works,” Li said, the minister said.', errors: [{messageId: 'again', actual: 'the minister said'}]},
    {text: 'According to Li, Li said the plan works.', errors: [{messageId: 'again', actual: 'Li said'}]},
    {text: 'It is over,” said he added.', errors: [{messageId: 'chain', actual: 'said he added', expected: ['he added']}]},
    {text: '“We will pay,” said Korb, he added.', errors: [{messageId: 'again', actual: 'he added'}]},
    {text: 'He said, “It works,” he added.', errors: [{messageId: 'again', actual: 'he added'}]},
    {text: 'The minister said: “We agree,” the minister said.', errors: [{messageId: 'again', actual: 'the minister said'}]},
    {text: 'According to the ministry, exports rose, the ministry said.', errors: [{messageId: 'again', actual: 'the ministry said'}]},
    {
      text: 'According to the ministry, the ministry said exports rose.',
      errors: [{messageId: 'again', actual: 'the ministry said', line: 1, column: 28}]
    }
  ]
})
