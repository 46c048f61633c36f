import rule from '../../rules/mojibake.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The café’s owner, José, said “no”. Prices rose 3.5% in the U.S. and in Zürich.',
    'That that man had had enough; rock ’n’ roll and the ’90s.',
    // Real words with these letters.
    'SÃO PAULO and JOÃO were named; the French word Âge and CRÈME BRÛLÉE too.',
    'Ångström, Ørsted, Æsir, Œuvre, ÉCOLE and ÇA are names and words.',
    'He quoted JOSÉ” and ESTÁ” in capitals, “HYVÄ”, “PÅ…” and “IRMÃ—” too.',
    // One accented letter before punctuation that happens to decode to one CJK character.
    'They met at the café…” she said.',
    'Dvořák, Łódź, Šibenik and Ærø are places.',
    '© 2021 and ® and 10° and £5 are fine.'
  ],
  invalid: [
    {
      text: 'The minister said itâ€™s time for â€œreal changeâ€\u009d now.',
      output: 'The minister said it’s time for “real change” now.',
      errors: [
        {messageId: 'utf8', line: 1, column: 21, endColumn: 24, actual: 'â€™', expected: ['’'], fixable: true},
        {messageId: 'utf8', actual: 'â€œ', expected: ['“']},
        {messageId: 'utf8', actual: 'â€\u009d', expected: ['”']}
      ]
    },
    {
      text: 'The cafÃ© in ZÃ¼rich sold crÃ¨me brÃ»lÃ©e.',
      output: 'The café in Zürich sold crème brûlée.',
      errors: [
        {messageId: 'utf8', expected: ['é']},
        {messageId: 'utf8', expected: ['ü']},
        {messageId: 'utf8', expected: ['è']},
        {messageId: 'utf8', actual: 'Ã»lÃ©'.slice(0, 2), expected: ['û']},
        {messageId: 'utf8', expected: ['é']}
      ]
    },
    {
      text: 'Copyright Â© 2021; it costs Â£5 and runs 10Â km.',
      output: 'Copyright © 2021; it costs £5 and runs 10 km.',
      errors: [
        {messageId: 'utf8', expected: ['©']},
        {messageId: 'utf8', expected: ['£']},
        {messageId: 'stray', actual: 'Â', expected: ['']}
      ]
    },
    {
      text: 'A no-break space:Â\u00a0here.',
      output: 'A no-break space:\u00a0here.',
      errors: [{messageId: 'utf8', actual: 'Â\u00a0', expected: ['\u00a0']}]
    },
    {
      text: 'He said â€œhelloâ€ and left.',
      output: 'He said “helloâ€ and left.',
      errors: [
        {messageId: 'utf8', expected: ['“']},
        {messageId: 'truncated', actual: 'â€', expected: ['”'], fixable: false}
      ]
    },
    {
      text: 'Doubly broken: itÃ¢â‚¬â„¢s here.',
      output: 'Doubly broken: it’s here.',
      errors: [{messageId: 'utf8', actual: 'Ã¢â‚¬â„¢', expected: ['â€™']}]
    },
    {
      text: 'Capitals: Ã–sterreich, Ã‰cole and FUÃŸ.',
      output: 'Capitals: Österreich, École and FUß.',
      errors: [{messageId: 'utf8', expected: ['Ö']}, {messageId: 'utf8', expected: ['É']}, {messageId: 'utf8', expected: ['ß']}]
    },
    {
      text: 'Cyrillic: ÐŸÑ€Ð¸Ð²ÐµÑ‚ and a word of Japanese: æ—¥æœ¬.',
      output: 'Cyrillic: Привет and a word of Japanese: 日本.',
      errors: [
        {messageId: 'utf8', expected: ['Привет']},
        {messageId: 'utf8', expected: ['日本']}
      ]
    },
    {
      text: 'The shop ã€ŠOfficialã€‹ sells ãƒ»hats.',
      output: 'The shop 《Official》 sells ・hats.',
      errors: [{messageId: 'utf8'}, {messageId: 'utf8'}, {messageId: 'utf8', expected: ['・']}]
    },
    {
      text: 'Great job ðŸ˜€ and a trade markâ„¢.',
      output: 'Great job 😀 and a trade mark™.',
      errors: [{messageId: 'utf8', expected: ['😀']}, {messageId: 'utf8', expected: ['™']}]
    },
    {
      text: 'Windows text read as Latin-1: don\u0092t \u0093stop\u0094 \u0096 now\u0085',
      output: 'Windows text read as Latin-1: don’t “stop” – now…',
      errors: [
        {messageId: 'cp1252', actual: '\u0092', expected: ['’']},
        {messageId: 'cp1252'},
        {messageId: 'cp1252'},
        {messageId: 'cp1252'},
        {messageId: 'cp1252', expected: ['…']}
      ]
    },
    {
      text: 'The name was Mu\ufffd\ufffdoz and the town \ufffdvila.',
      output: null,
      errors: [
        {messageId: 'replacement', actual: '\ufffd\ufffd', expected: undefined},
        {messageId: 'replacement', column: 34}
      ]
    },
    {
      text: 'Lost: ï¿½ here.',
      output: null,
      errors: [{messageId: 'replacement', actual: 'ï¿½'}]
    },
    {
      text: 'A byte-order mark ï»¿inside the text.',
      output: 'A byte-order mark inside the text.',
      errors: [{messageId: 'utf8', expected: ['']}]
    },
    {
      text: 'Line one.\r\nThe cafÃ© opened.',
      output: 'Line one.\r\nThe café opened.',
      errors: [{messageId: 'utf8', line: 2, column: 8, endColumn: 10}]
    }
  ]
})
