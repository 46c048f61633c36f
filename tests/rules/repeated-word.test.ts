import rule from '../../rules/repeated-word.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'He said that that was wrong.',
    'The oil of ylang ylang is used in perfume.',
    'They grilled mahi mahi for lunch.',
    'It is a fifty fifty chance at best.',
    'It was the best show they had had in years.',
    'What it is is a mess.',
    'All he was was tired.',
    'Bye bye, said the child.',
    'No no, not that one.',
    'Yes yes, we heard you.',
    'The score was 10 10 at half time.',
    'Wait, wait, I know the answer.',
    'The city of Walla Walla is in Washington.',
    'Duran Duran played in the U.S. on Tuesday.',
    'The officers read her her rights.',
    'If you ask for it it will be given.',
    'Before you you will see a map.',
    'The man he spoke to to get the permit was late.',
    'They resorted to to stop the strike.',
    'Nobody knew what was going on on the ground.',
    'The state took in in taxes more than it spent.',
    'The car has not been looked at at the station.',
    'It happened a long long time ago.',
    'It was very very good.',
    'We do do that every year.',
    'The list ended with the\nthe next item on a new line.',
    'The list ended with the,\nthe next item.',
    'See https://example.com/the/the for details.',
    'Prices rose 3.5 percent in the U.S. last year, e.g. in rent.',
    'It was rock \'n\' roll in the \'90s -- mostly.',
    'The meeting is at 10:30 on Tuesday.',
    'The The played a set.',
    'The law was at first resorted to to a limited extent.',
    'The fund that they invested in in 2019 is gone.',
    'Send it to name NAME at address ADDRESS.',
    'Bye bye.',
    '“No no,” she said.',
    'It was the place he went to to relax.',
    'He came in in second place.',
    'What is she looking at at the moment?',
    'The team had been searched for for a very long time.',
    'The rule is hard to deal with with any confidence.',
    'Everything he had worked for for decades was gone.',
    'Nothing we worked on on Friday was saved.',
    'All I ever asked for for Christmas was a bike.',
    'She got something she had hoped for for years.',
    'He was sworn in in January, and they were let in in groups of ten.',
    'She said bye bye to the crowd, and he laughed ha ha.',
    '"JUST WORRIED ABOUT YOUR HEART HA HA HAW."'
  ],
  invalid: [
    {text: 'Will will notice this.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Airlines expect to record record profits.', output: null, errors: [{messageId: 'repeated', actual: ' record', fixable: false}]},
    {text: 'The agency will contract contract workers.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'It plans to expand expand the port.', output: 'It plans to expand the port.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'The yearly event is hosted by by the town.', output: 'The yearly event is hosted by the town.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'He kept lunging at at his rival.', output: 'He kept lunging at his rival.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'They are shipping with with care.', output: 'They are shipping with care.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'The verdict was arrived at at noon.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The speed it was travelling at at the time was high.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Crowds streamed by by the thousands.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The charity our members were collecting for for months folded.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The envoy stopped by by car.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'They sneaked in in the dark.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Sales began to grow grow.', output: 'Sales began to grow.', errors: [{messageId: 'repeated', fixable: true}]},
    {
      text: 'He saw the the end.',
      output: 'He saw the end.',
      errors: [{messageId: 'repeated', line: 1, column: 11, endColumn: 15, actual: ' the', expected: [''], fixable: true}]
    },
    {text: 'The the talks ended.', output: 'The talks ended.', errors: [{messageId: 'repeated'}]},
    // Repeats of one word in a row are one finding.
    {
      text: 'He saw the the the the end.',
      output: 'He saw the end.',
      errors: [{messageId: 'repeatedRun', column: 11, endColumn: 23, actual: ' the the the', expected: [''], fixable: true}]
    },
    {text: 'The the the talks ended.', output: 'The talks ended.', errors: [{messageId: 'repeatedRun'}]},
    {
      text: 'It was a a big big step.',
      output: 'It was a big step.',
      errors: [{messageId: 'repeated', actual: ' a'}, {messageId: 'repeated', actual: ' big'}]
    },
    {text: 'The plan is is ready.', output: 'The plan is ready.', errors: [{messageId: 'repeated', actual: ' is'}]},
    {text: 'They want to to go home.', output: 'They want to go home.', errors: [{messageId: 'repeated'}]},
    {text: 'The talks in in Geneva ended.', output: 'The talks in Geneva ended.', errors: [{messageId: 'repeated'}]},
    {
      text: 'It was a a big step.\n\nShe said of of course.',
      output: 'It was a big step.\n\nShe said of course.',
      errors: [
        {messageId: 'repeated', line: 1, column: 9},
        {messageId: 'repeated', line: 3, column: 12}
      ]
    },
    {text: 'Thanks to to the plan, prices fell.', output: 'Thanks to the plan, prices fell.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'Owing to to rising costs, the plant closed.', output: 'Owing to rising costs, the plant closed.', errors: [{messageId: 'repeated'}]},
    {text: 'They wanted to to go home.', output: 'They wanted to go home.', errors: [{messageId: 'repeated'}]},
    {text: 'He went to to the store.', output: 'He went to the store.', errors: [{messageId: 'repeated'}]},
    {text: 'There is no no doubt about it.', output: 'There is no doubt about it.', errors: [{messageId: 'repeated'}]},
    {text: 'Firms invested in in the region last year.', output: 'Firms invested in the region last year.', errors: [{messageId: 'repeated', fixable: true}]},
    // Nothing moved: a prepositional verb's object follows it, so the second copy is a slip.
    {text: 'Scientists that worked on on this project met.', output: 'Scientists that worked on this project met.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'It is closely related to to inequality.', output: 'It is closely related to inequality.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'When he was sitting in in his car, he was shot.', output: 'When he was sitting in his car, he was shot.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'He says that the length of the day depends on on the catch.', output: 'He says that the length of the day depends on the catch.', errors: [{messageId: 'repeated', fixable: true}]},
    // The second copy opens no phrase.
    {text: 'He finished, coming in in at 21.57 seconds.', output: 'He finished, coming in at 21.57 seconds.', errors: [{messageId: 'repeated', fixable: true}]},
    {text: 'That was the man they relied on on.', output: 'That was the man they relied on.', errors: [{messageId: 'repeated', fixable: true}]},
    // A verb that may end a phrase, or a moved object the sentence does not make clear: a person decides.
    {text: 'She was finishing in in second place.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Hearings will be held in in a round-table format.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The ball did not go over over the fence.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Many local firms invested in in the region.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Someone you can rely on on a bad day is rare.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'We have been working on on and off for years.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'The winter winter tires sold out.', output: 'The winter tires sold out.', errors: [{messageId: 'repeated'}]}
  ]
})
