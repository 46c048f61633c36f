import rule from '../../rules/invisible-character.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'It was 5\u00a0km away at 20\u00a0°C, on April\u00a020 at 5\u00a0pm.',
    'Mr.\u00a0Zelenskyy said: Mariupol\u00a0– the heart of the war.',
    'The meeting ended.\u00a0 Two spaces after a sentence are a convention.',
    'A family 👨\u200d👩\u200d👧 and a rainbow flag 🏳️\u200d🌈 and 👩🏽\u200d💻 are emoji.',
    'The Persian word می\u200cخواهم keeps its non-joiner; so does क्\u200dष.',
    'Hebrew text \u200fשלום\u200f keeps its marks.',
    'Thai text ภาษา\u200bไทย keeps its word-break hint.',
    'A tab\tbetween columns, and lines.\r\nThat that man had had enough.',
    // Mojibake is the mojibake rule's business.
    'He said â€\u009dyes and don\u0092t.'
  ],
  invalid: [
    {
      text: 'First line.\r\nThe talks\u000bresumed.\r\n',
      output: 'First line.\r\nThe talks\r\nresumed.\r\n',
      errors: [{messageId: 'controlLineBreak', expected: ['\r\n']}]
    },
    {
      text: 'The prime\u200b minister met the\u200bpresident.',
      output: 'The prime minister met the president.',
      errors: [
        {messageId: 'invisible', line: 1, column: 10, endColumn: 11, actual: '\u200b', expected: [''], fixable: true},
        {messageId: 'invisibleBetweenWords', column: 28, expected: [' '], fixable: true}
      ]
    },
    // Between letters, the words on either side decide: inside a word it goes, between two a space.
    {
      text: 'A he\u200bavy and unru\u200bly crowd.',
      output: 'A heavy and unruly crowd.',
      errors: [{messageId: 'invisible', column: 5, expected: ['']}, {messageId: 'invisible', column: 18, expected: ['']}]
    },
    {
      text: 'They backed the\u200bplan on Monday.',
      output: 'They backed the plan on Monday.',
      errors: [{messageId: 'invisibleBetweenWords', actual: '\u200b', expected: [' ']}]
    },
    // Two content words the list knows, together a word it lacks (`sel`, `fie`; `bit`, `coin`): a
    // space is a visible edit on weak evidence, so a person decides; so in a hashtag or an address.
    {
      text: 'She posted a sel\u200bfie of bit\u200bcoin.',
      output: null,
      errors: [{messageId: 'invisible', fixable: false}, {messageId: 'invisible', fixable: false}]
    },
    {
      text: 'Follow #of\u200bthe and mail of\u200bthe@example.com today.',
      output: null,
      errors: [{messageId: 'invisible', fixable: false}, {messageId: 'invisible', fixable: false}]
    },
    // Both readings are words (`someone`, `some one`): a person decides.
    {text: 'Ask some\u200bone else.', output: null, errors: [{messageId: 'invisible', expected: ['', ' '], fixable: false}]},
    // A name (a capital) is no word the list knows, nor is either side of `Bei\u200bjing`.
    {
      text: 'Talks in Bei\u200bjing and The\u200bplan.',
      output: null,
      errors: [{messageId: 'invisible', fixable: false}, {messageId: 'invisible', fixable: false}]
    },
    // Neither reading is a word.
    {text: 'The code xq\u200bzv failed.', output: null, errors: [{messageId: 'invisible', expected: ['', ' '], fixable: false}]},
    {
      text: 'A soft hy\u00adphen and a word\u2060joiner and a joiner\u200dhere.',
      output: 'A soft hyphen and a wordjoiner and a joinerhere.',
      errors: [{messageId: 'invisible'}, {messageId: 'invisible'}, {messageId: 'invisible'}]
    },
    {
      text: 'A stray \ufeffbyte-order mark inside.',
      output: 'A stray byte-order mark inside.',
      errors: [{messageId: 'invisible', actual: '\ufeff'}]
    },
    {
      text: 'Bidi \u202econtrols\u202c and a mark\u200e in English.',
      output: 'Bidi controls and a mark in English.',
      errors: [{messageId: 'invisible'}, {messageId: 'invisible'}, {messageId: 'invisible'}]
    },
    {
      text: 'Bonds at 4 1\u0002 per cent and a bell\u0007 and DEL\u007f.',
      output: 'Bonds at 4 1 per cent and a bell and DEL.',
      errors: [{messageId: 'control'}, {messageId: 'control'}, {messageId: 'control'}]
    },
    {
      text: 'First line\u000bSecond line\n\u000c\nNext page.',
      output: 'First line\nSecond line\n\nNext page.',
      errors: [
        {messageId: 'controlLineBreak', expected: ['\n']},
        {messageId: 'control', line: 2, expected: ['']}
      ]
    },
    // A run of control characters is one finding, not one per character.
    {
      text: 'The talks\u000b\u000bresumed.',
      output: 'The talks\n\nresumed.',
      errors: [{messageId: 'controlRunLineBreak', column: 10, endColumn: 12, actual: '\u000b\u000b', expected: ['\n\n']}]
    },
    {
      text: 'Page one.\r\n\u000c\u000b\u000c\r\nPage two.',
      output: 'Page one.\r\n\r\nPage two.',
      errors: [{messageId: 'controlRun', line: 2, column: 1, endColumn: 4, expected: ['']}]
    },
    {
      text: 'A bell\u0007\u0007\u0007 rang\u000b\u0007.',
      output: 'A bell rang\n.',
      errors: [
        {messageId: 'controlRun', column: 7, endColumn: 10, actual: '\u0007\u0007\u0007'},
        {messageId: 'controlLineBreak', column: 15},
        {messageId: 'control', column: 16}
      ]
    },
    {
      text: 'An undefined byte \u0081 here.',
      output: 'An undefined byte  here.',
      errors: [{messageId: 'control'}]
    },
    {
      text: '\u00a0\u00a0Indented with no-break spaces.\u00a0',
      output: 'Indented with no-break spaces.',
      errors: [
        {messageId: 'noBreakSpaceEdge', column: 1, endColumn: 3},
        {messageId: 'noBreakSpaceEdge', column: 33}
      ]
    },
    {
      text: 'The talks\u00a0\u00a0went on, and the\u00a0 vote\u00a0 \u00a0passed.',
      output: 'The talks went on, and the vote passed.',
      errors: [
        {messageId: 'noBreakSpaces', actual: '\u00a0\u00a0', expected: [' ']},
        {messageId: 'noBreakSpaceBesideSpace', actual: '\u00a0'},
        {messageId: 'noBreakSpaceBesideSpace'},
        {messageId: 'noBreakSpaceBesideSpace'}
      ]
    },
    {
      text: 'Name\u00a0\u00a0\u00a0\u00a0Value',
      output: null,
      errors: [{messageId: 'noBreakSpaces', expected: [' '], fixable: false}]
    }
  ]
})
