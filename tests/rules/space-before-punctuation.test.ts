import rule from '../../rules/space-before-punctuation.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Shell scripts end a statement with the semicolon ; or a new line.',
    'In YAML the colon : separates a key from its value.',
    'Kotlin calls the operator ?: the elvis operator.',
    'Write the exclamation mark ! once, never twice.',
    'Haskell builds a list with the : operator.',
    'Press the ! Key twice to repeat the last command.',
    'Emacs Lisp files open with ;;; and a title.',
    'In C# the expression x ?? y picks y when x is null.',
    'The test p ? q : r reads as if p then q else r.',
    'It was a great game .… Otani smiled.',
    'Emoji :smile: and :+1: and :-1: are shortcodes.',
    'The talks ended. The last time was in 2019, on a Tuesday; nobody knew why!',
    'He paused . . . then went on.',
    'She called it " ...a disaster" and walked out.',
    'Wait ... what happened next?',
    'Rates rose by a .5 percent margin, or .25 points.',
    'The shop moved to a .com address and the app to .NET last year.',
    'See ./src/runtimes.ts and .\\bin for the list.',
    'Thanks for coming :) See you soon ;-) Bye :D',
    'The score was 3 : 1 at 10 : 30 local time, then 3:1 at 10:30.',
    'Prices fell -- sharply -- on Monday.',
    'Steps\n. Open the box\n, then the lid',
    'Use a comma ( , ) or a colon ( : ) there.',
    'Details at https://example.com/a?b=1,c;d:e and mail ann@example.com today.',
    'The rock \'n\' roll band played that that night in the \'90s.',
    'They met in the U.S. with Jr. staff, e.g. interns.',
    'Shih added. . The last time',
    'The !Kung people live there.'
  ],
  invalid: [
    // A sentence's mark alone before a lowercase word or a path: an argument of a command as often as a slip.
    {text: 'To lint the folder, run eslint . before committing.', output: null, errors: [{messageId: 'space', fixable: false}]},
    {text: 'Copy it with rsync -a . /srv/site tonight.', output: null, errors: [{messageId: 'space', fixable: false}]},
    {text: 'They refused to raise taxes . the opposition walked out.', output: 'They refused to raise taxes. the opposition walked out.', errors: [{messageId: 'space', fixable: true}]},
    // Still slips: a mark before a new sentence, a comma before a word, news nouns that only name a mark after a modifier.
    {text: 'The vote was close . "We won," she said.', output: 'The vote was close. "We won," she said.', errors: [{messageId: 'space'}]},
    {text: 'Where should we go ?? Nobody knows !?', output: 'Where should we go?? Nobody knows!?', errors: [{messageId: 'space'}, {messageId: 'space'}]},
    {text: 'At this point , the talks broke down.', output: 'At this point, the talks broke down.', errors: [{messageId: 'space'}]},
    {text: 'The key , he said, is trust.', output: 'The key, he said, is trust.', errors: [{messageId: 'space'}]},
    {text: 'The period , which began in 1990, is over .', output: 'The period, which began in 1990, is over.', errors: [{messageId: 'space'}, {messageId: 'space'}]},
    {
      text: 'It is a matter of public health . The minister agreed.',
      output: 'It is a matter of public health. The minister agreed.',
      errors: [{messageId: 'space', line: 1, column: 32, endColumn: 33, actual: ' ', expected: ['']}]
    },
    {
      text: 'We went to Lviv , it was lovely there.',
      output: 'We went to Lviv, it was lovely there.',
      errors: [{messageId: 'space', column: 16}]
    },
    {text: 'Why are people leaving ?', output: 'Why are people leaving?', errors: [{messageId: 'space'}]},
    {text: 'Stop it right now !', output: 'Stop it right now!', errors: [{messageId: 'space'}]},
    {text: 'Note : the office is closed.', output: 'Note: the office is closed.', errors: [{messageId: 'space'}]},
    {text: 'One ; two ; three.', output: 'One; two; three.', errors: [{messageId: 'space'}, {messageId: 'space'}]},
    {
      text: 'Hello\u00a0! How are you\u00a0?',
      output: 'Hello! How are you?',
      errors: [{messageId: 'space', column: 6}, {messageId: 'space', column: 20}]
    },
    {
      text: 'See https://example.com/page ?',
      output: 'See https://example.com/page?',
      errors: [{messageId: 'space', column: 29}]
    },
    {text: 'It was over  .', output: 'It was over.', errors: [{messageId: 'space', actual: '  '}]},
    {text: 'It was over\t, then.', output: 'It was over, then.', errors: [{messageId: 'space', actual: '\t'}]},
    {text: 'He said ,he would come.', output: 'He said,he would come.', errors: [{messageId: 'space'}]},
    {text: 'He said "no" .', output: 'He said "no".', errors: [{messageId: 'space'}]},
    {
      text: 'Line one.\r\n\r\nLine two , then three.',
      output: 'Line one.\r\n\r\nLine two, then three.',
      errors: [{messageId: 'space', line: 3, column: 9}]
    }
  ]
})
