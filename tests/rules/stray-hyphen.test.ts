import rule from '../../rules/stray-hyphen.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Overnight it fell to -seven in the valley, and the series diverges to -infinity.',
    'Start the JVM with -Xms256m and unpack the logs with -xvf first.',
    'Use find . -print to list them.',
    'Nouns ending in -itude are rare, and the suffix -ery marks a place.',
    'The inverse of b is -b in the group.',
    'We must strengthen it. -Space Policy. The Administration has a plan.',
    'It goes on. -International Relations and National Security. We act.',
    'It fell to -5 degrees. -0.3% was the change.',
    '- first item\n- second item',
    '-item at the start of a line\n-another item',
    'Prices fell -- sharply -- on Monday. --fix is a flag.',
    'The vote - a formality - passed. - Then they left.',
    'A self-made man met a well-known US-China expert.',
    'The -ing form and the suffix -ism. -ing forms are verbs.',
    'It covers pre- and post-war Europe.',
    'Run it with -v or --fix to see more.',
    'Read pages 10-20 and 30-40.',
    'We will act. -First, cut taxes. -Second, build roads. -Third, hire teachers.',
    'That that man had had enough.',
    'Run ls -la or git commit -m to save; the -verbose flag helps.',
    'The vote -a mere formality- passed.',
    'The suffixes -ness and -ship, and the -gate scandals.',
    'Read `npm -install` and https://example.com/a -b.',
    'Temperatures fell to -12 in the -5 zone.',
    // The last option of a run, after a word glued to a hyphen: `-a -a` must not shrink one a pass.
    'Pass -a -a -a to list every file.',
    'Run it with -all -quiet to see less.',
    'Items:\n-apples\n-pears',
    // A word in lower case that is no English word is an option, whatever comes before it.
    'Pass the path to -printf and sort the files by -mtime first.',
    'Pass the path to -exec and it runs once per file.',
  ],
  invalid: [
    // One letter that is also a word: a variable or a slipped article.
    {text: 'The negative of a is -a, the textbook says.', output: null, errors: [{messageId: 'stray', fixable: false}]},
    {text: 'The ministry plans to -build two ports.', output: 'The ministry plans to build two ports.', errors: [{messageId: 'stray'}]},
    {text: 'It was an -important day.', output: 'It was an important day.', errors: [{messageId: 'stray'}]},
    {
      text: 'Both sides manage the competition. -United and China agreed.',
      output: 'Both sides manage the competition. United and China agreed.',
      errors: [{messageId: 'stray', line: 1, column: 36, endColumn: 37, actual: '-', expected: ['']}]
    },
    {text: 'Is it over? -Yes, it is.', output: 'Is it over? Yes, it is.', errors: [{messageId: 'stray'}]},
    {text: 'He left.” -Then rain fell.', output: 'He left.” Then rain fell.', errors: [{messageId: 'stray'}]},
    {text: 'It ended. -the rest followed.', output: 'It ended. the rest followed.', errors: [{messageId: 'stray'}]},
    {
      text: 'The company plans to -expand the port.',
      output: 'The company plans to expand the port.',
      errors: [{messageId: 'stray', column: 22, endColumn: 23}]
    },
    {
      text: 'The duty on the pound -operates to exclude wool.',
      output: null,
      errors: [{messageId: 'stray', expected: [''], fixable: false}]
    },
    {text: 'It takes hard work -the readiness to sacrifice.', output: null, errors: [{messageId: 'stray', fixable: false}]},
    {text: 'He is still growing. -He is a top player.', output: 'He is still growing. He is a top player.', errors: [{messageId: 'stray', fixable: true}]},
    {text: 'They opened a -new factory.', output: 'They opened a new factory.', errors: [{messageId: 'stray'}]},
    {text: 'The road was -already closed.', output: 'The road was already closed.', errors: [{messageId: 'stray'}]},
    {
      text: 'First line.\r\n\r\nIt ended. -Again it rained.',
      output: 'First line.\r\n\r\nIt ended. Again it rained.',
      errors: [{messageId: 'stray', line: 3, column: 11}]
    }
  ]
})
