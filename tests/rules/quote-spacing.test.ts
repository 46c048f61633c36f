import rule from '../../rules/quote-spacing.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Sie nannten ihn „Puck“ Puckerman, said the coach.',
    '“We will sign,” the envoy said. “The talks went well,” his deputy added.',
    'The minister called the plan “reckless” and left.',
    'The minister (“We will sign”) smiled.',
    '“Later”—he paused—“maybe.”',
    '“Later” — he paused — “maybe.”',
    '“We waited…” he said.',
    'It was “Jaws”’s sequel, and the crowd said “yes”.',
    'She said: “They told me ‘not yet’ twice.”',
    'She wrote: “He told me ‘no’ ” and left.',
    'An empty quotation “ ” stays as it is, and so does " ".',
    'It’s the ’90s: rock ’n’ roll at 10:30, in the U.S., e.g. in Charles’ car.',
    'He is 5\'10" tall and bought a 6" pipe and an 8"x10" frame.',
    // A quotation of several lines: the spaces are at line ends, not inside the quotation.
    'The mayor said: “The city is our home.\nWe stay.”\n“Nobody can make us go,” she added.',
    // Unpaired quotes: the direction of each mark is unknown, so nothing is moved.
    'It is “so-called ”experts” now.',
    // Several straight marks spaced on both sides: the pairing would rest on counting alone.
    'Type " hello " or " bye " in the box.',
    // A straight mark before a capital or after a word may open a quotation.
    'They met at noon. "He was late, "She said it twice.',
    'It caused "the worst crisis.\nIt drove millions "into poverty.',
    'Straight quotes "here" and "there" are fine.'
  ],
  invalid: [
    {
      text: 'Governor Yoshimura will "partner with Gurunavi "against the virus.',
      output: 'Governor Yoshimura will "partner with Gurunavi" against the virus.',
      errors: [{messageId: 'detachedClosing', fixable: true}]
    },
    {
      text: 'The firm reported " record profits " on Monday.',
      output: 'The firm reported "record profits" on Monday.',
      errors: [
        {messageId: 'spaceInside', column: 20, endColumn: 21, expected: ['']},
        {messageId: 'spaceInside', column: 35, endColumn: 36, expected: ['']}
      ]
    },
    {
      text: '“We want stability for the Republic of China, ”he added.',
      output: '“We want stability for the Republic of China,” he added.',
      errors: [
        {messageId: 'detachedClosing', line: 1, column: 46, endColumn: 48, actual: ' ”', expected: ['” '], fixable: true}
      ]
    },
    {
      text: '"We want stability, "he added.',
      output: '"We want stability," he added.',
      errors: [{messageId: 'detachedClosing', column: 20, actual: ' "', expected: ['" ']}]
    },
    {
      text: 'The envoy said“We will sign.”',
      output: 'The envoy said “We will sign.”',
      errors: [{messageId: 'missingSpace', column: 15, actual: '“', expected: [' “']}]
    },
    {
      text: 'The envoy said,“We will sign.”',
      output: 'The envoy said, “We will sign.”',
      errors: [{messageId: 'missingSpace', column: 16}]
    },
    {
      text: 'The envoy said"We will sign."',
      output: 'The envoy said "We will sign."',
      errors: [{messageId: 'missingSpace', column: 15}]
    },
    {
      text: '“We will sign,”the envoy said.',
      output: '“We will sign,” the envoy said.',
      errors: [{messageId: 'missingSpace', column: 15, actual: '”', expected: ['” ']}]
    },
    {
      text: 'The envoy said“ We will sign.”',
      output: 'The envoy said “We will sign.”',
      errors: [{messageId: 'detachedOpening', column: 15, endColumn: 17, actual: '“ ', expected: [' “']}]
    },
    {
      text: 'Astronomers study “ black holes ” and quasars.',
      output: 'Astronomers study “black holes” and quasars.',
      errors: [
        {messageId: 'spaceInside', column: 20, actual: ' ', expected: ['']},
        {messageId: 'spaceInside', column: 32}
      ]
    },
    {
      text: 'Astronomers study “black holes ”.',
      output: 'Astronomers study “black holes”.',
      errors: [{messageId: 'spaceInside', column: 31}]
    },
    {
      text: 'Astronomers study "black holes ".',
      output: 'Astronomers study "black holes".',
      errors: [{messageId: 'spaceInside', column: 31}]
    },
    {
      text: '“We will sign.\nThe talks went well. ”\nThen he left.',
      output: '“We will sign.\nThe talks went well.”\nThen he left.',
      errors: [{messageId: 'spaceInside', line: 2, column: 21}]
    },
    {
      text: 'First paragraph.\r\n\r\nHe said“We will sign.”',
      output: 'First paragraph.\r\n\r\nHe said “We will sign.”',
      errors: [{messageId: 'missingSpace', line: 3, column: 8}]
    }
  ]
})
