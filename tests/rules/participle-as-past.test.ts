import rule from '../../rules/participle-as-past.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The two leaders have also spoken for two hours.',
    'The language spoken in Brazil is Portuguese.',
    'The books written by Orwell sold well.',
    'A man known as Smith came; the money given to Kyiv arrived.',
    'The proof already given is the best argument.',
    'The group also known as the Quartet met.',
    'Had they known, they would have left. Not once have I seen it.',
    'Should we forget, who would remember? Were they taken away?',
    'She had eaten and he gone home by the time we came.',
    'We’ve already begun, and we’ve also taken the first step.',
    "He'd already gone home. We've all seen it. He's given no evidence. Biden's already gone.",
    'They made it known that he wanted it done.',
    'It is done. They are gone. It has been written.',
    'Suspect later taken to hospital',
    'World War I broken down into years is a long list.',
    'The data, taken together, show a trend.',
    'Taken together, they show a trend. Gone are the days.',
    'That that man had had enough, so they left for the U.S. at 10:30.',
    'They run, we become stronger, and they come home.',
    'The two leaders, also spoken of as rivals, met.',
    'I think they got taken in. They get given presents.',
    'They Spoken Word poets performed.',
    "The string '%i written as a binary number is %b.' is a format."
  ],
  invalid: [
    {
      text: 'The two leaders also spoken for two hours in May.',
      output: null,
      errors: [
        {
          messageId: 'participle',
          line: 1,
          column: 22,
          endColumn: 28,
          actual: 'spoken',
          expected: ['spoke', 'had spoken'],
          fixable: false
        }
      ]
    },
    {text: 'She taken the train to Lyon.', errors: [{messageId: 'participle', actual: 'taken', expected: ['took', 'had taken']}]},
    {text: 'They gone home after the match.', errors: [{messageId: 'participle', expected: ['went', 'had gone']}]},
    {text: 'And I think I still frozen on the street.', errors: [{messageId: 'participle', actual: 'frozen'}]},
    {text: 'We never seen such crowds.', errors: [{messageId: 'participle', actual: 'seen'}]},
    {text: 'It begun last year, officials said.', errors: [{messageId: 'participle', actual: 'begun'}]},
    {text: 'Biden also spoken with Xi in February.', errors: [{messageId: 'participle', actual: 'spoken'}]},
    {text: 'Biden’s two aides also spoken with Xi.', errors: [{messageId: 'participle', actual: 'spoken'}]},
    {text: 'The minister recently written to the committee.', errors: [{messageId: 'participle', actual: 'written'}]},
    {
      text: '“He chosen the wrong path,” she said. They also given him a medal.',
      errors: [
        {messageId: 'participle', actual: 'chosen'},
        {messageId: 'participle', actual: 'given'}
      ]
    }
  ]
})
