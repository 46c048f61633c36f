import rule from '../../rules/doubled-punctuation.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    // Tokens, not slips: a path, a range and an empty field between numbers, a loop's header.
    'Open ../shared/notes.txt, count 2..5 or 4,,7, and loop with while(;;) forever.',
    'Really?............ ok, and Wow!… fine.',
    'Shih added. The last time was in 2019.',
    'Prices rose 3.5 percent in the U.S. last year.',
    'He paused . . . then went on.',
    'He paused... then went on.',
    'He paused…. Then he went on.',
    'Wait.... What?',
    'Is it true?! Nobody knew.',
    'Apples, pears, etc., were on sale.',
    'Smith Ltd., a rival, refused.',
    'Egbert Benson, esq., of New York, and the sites at Mare Island, Cal., and Norfolk, Va., were chosen.',
    'Approved, viz., that duties be cut (i. e., unscoured) in 1947 (3 CFR, Comp., p. 590).',
    'They met in Washington, D.C., on Tuesday.',
    'Details at https://example.com/a..b,,c and mail to ann..lee@example.com today.',
    'The file report.v2..final.pdf is attached.',
    'Did he move to the U.S.?',
    'Come on!! He shouted.',
    'What did you order btw., she wondered, and ACME CORP., the firm, said nothing.'
  ],
  invalid: [
    // Alone between spaces, or glued to letters on both sides: a token or a slip, a person decides.
    {text: 'Run cd .. twice to reach the root.', output: null, errors: [{messageId: 'stray', fixable: false}]},
    {text: 'Compare main..dev before merging.', output: null, errors: [{messageId: 'stray', fixable: false}]},
    {text: 'Use obj?.field to read it safely.', output: null, errors: [{messageId: 'clash', fixable: false}]},
    {text: 'An empty cell shows as x,,y in the export.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Lisp coders start a line with ;; and a note.', output: null, errors: [{messageId: 'repeated', fixable: false}]},
    {text: 'Yes .. We are grateful.', output: 'Yes . We are grateful.', errors: [{messageId: 'stray'}]},
    {text: 'Is it over?,, she asked.', output: 'Is it over?, she asked.', errors: [{messageId: 'repeated'}]},
    {text: 'Officials agreed.. The vote is next week.', output: 'Officials agreed. The vote is next week.', errors: [{messageId: 'stray'}]},
    {text: 'She smiled,, then left.', output: 'She smiled, then left.', errors: [{messageId: 'repeated'}]},
    {text: 'Why now?. Nobody knew.', output: 'Why now? Nobody knew.', errors: [{messageId: 'clash'}]},
    {text: 'The plan failed..', output: 'The plan failed.', errors: [{messageId: 'stray'}]},
    {text: 'He said "no",, and left.', output: 'He said "no", and left.', errors: [{messageId: 'repeated'}]},
    // A colon before the period may end code (`if y == None:.`) as well as be a slip.
    {text: 'The list reads as follows:.', output: null, errors: [{messageId: 'ambiguous', fixable: false}]},
    {text: 'He has paid taxes here since 2012.,', output: 'He has paid taxes here since 2012.', errors: [{messageId: 'clash', actual: '.,', expected: ['.']}]},
    {text: 'It opened on the 25th., this event is old.', output: 'It opened on the 25th, this event is old.', errors: [{messageId: 'clash', expected: [',']}]},
    {text: 'First up., the team scored.', output: null, errors: [{messageId: 'ambiguous', expected: [',', '.']}]},
    {
      text: 'Shih added. . The last time',
      output: 'Shih added. The last time',
      errors: [{messageId: 'stray', line: 1, column: 12, endColumn: 14, actual: ' .', expected: ['']}]
    },
    {text: 'Done. .', output: 'Done.', errors: [{messageId: 'stray'}]},
    {text: 'It ended.. Then rain.', output: 'It ended. Then rain.', errors: [{messageId: 'stray', column: 10}]},
    {text: 'Red,, green and blue.', output: 'Red, green and blue.', errors: [{messageId: 'repeated', actual: ',,'}]},
    {text: 'One;; two.', output: 'One; two.', errors: [{messageId: 'repeated'}]},
    {text: 'Why did he go?. Nobody knows.', output: 'Why did he go? Nobody knows.', errors: [{messageId: 'clash'}]},
    {text: 'It was great!. Then it ended.', output: 'It was great! Then it ended.', errors: [{messageId: 'clash'}]},
    {text: 'He said,. Then left.', output: 'He said. Then left.', errors: [{messageId: 'clash', actual: ',.'}]},
    {
      text: 'The talks ended., the minister said.',
      output: 'The talks ended, the minister said.',
      errors: [{messageId: 'clash', actual: '.,', expected: [','], fixable: true}]
    },
    {text: 'The talks ended., The minister left.', output: 'The talks ended. The minister left.', errors: [{messageId: 'clash', expected: ['.']}]},
    {text: 'The talks ended.,\n\nNext day.', output: 'The talks ended.\n\nNext day.', errors: [{messageId: 'clash'}]},
    {text: 'It rained in Beijing.,', output: 'It rained in Beijing.', errors: [{messageId: 'clash'}]},
    {text: 'He said,. then left.', output: 'He said, then left.', errors: [{messageId: 'clash', expected: [',']}]},
    {text: 'The list;. then more.', output: 'The list; then more.', errors: [{messageId: 'clash', expected: [';']}]},
    {
      text: 'The talks ended., 2020 was hard.',
      output: null,
      errors: [{messageId: 'ambiguous', actual: '.,', expected: [',', '.'], fixable: false}]
    },
    {
      text: 'Line one.\r\n\r\nLine two. . End.',
      output: 'Line one.\r\n\r\nLine two. End.',
      errors: [{messageId: 'stray', line: 3, column: 10}]
    }
  ]
})
