import rule from '../../rules/html-entity.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Markup writes a less-than sign as the named entity &lt; in a page, and the character reference &#169; shows a copyright sign.',
    'AT&T and R&D, a Q&A session, salt & pepper, and lords, ladies, &c. were there.',
    'Johnson & Johnson rose 3.5% in the U.S.; that that man had had enough.',
    'Procter&Gamble and M&Ms; A&E; S&P 500; P&L; B&B; AT&T;',
    'Unknown names stay: &foo; &madeup; and a lone & sign.',
    'The link https://example.com/?a=1&amp;b=2 stays as it is.',
    'An invalid number &#0; or &#xD800; stays.'
  ],
  invalid: [
    // A no-break space between spaces adds nothing: likely talked about.
    {text: 'Type &nbsp; to keep two words together.', output: null, errors: [{messageId: 'entity', fixable: false}]},
    {text: 'Tom &amp; Jerry returns.', output: 'Tom & Jerry returns.', errors: [{messageId: 'entity'}]},
    {
      text: 'The act &quot;directing the purchase&quot; was approved.',
      output: 'The act "directing the purchase" was approved.',
      errors: [
        {messageId: 'entity', line: 1, column: 9, endColumn: 15, actual: '&quot;', expected: ['"'], fixable: true},
        {messageId: 'entity', column: 37}
      ]
    },
    {
      text: 'Wages are higher&mdash;much higher&#8212;than elsewhere.',
      output: 'Wages are higher—much higher—than elsewhere.',
      errors: [{messageId: 'entity', expected: ['—']}, {messageId: 'entity', expected: ['—']}]
    },
    {
      text: 'AT&amp;T said it&#39;s ready; it&#x2019;s &lt;done&gt;.',
      output: 'AT&T said it\'s ready; it’s <done>.',
      errors: [
        {messageId: 'entity', expected: ['&']},
        {messageId: 'entity', expected: ["'"]},
        {messageId: 'entity', expected: ['’']},
        {messageId: 'entity', expected: ['<']},
        {messageId: 'entity', expected: ['>']}
      ]
    },
    {
      text: 'It was 5&nbsp;km away at 20&deg;C, &copy; 2021, caf&eacute;.',
      output: 'It was 5\u00a0km away at 20°C, © 2021, café.',
      errors: [
        {messageId: 'entity', actual: '&nbsp;', expected: ['\u00a0']},
        {messageId: 'entity', expected: ['°']},
        {messageId: 'entity', expected: ['©']},
        {messageId: 'entity', expected: ['é']}
      ]
    },
    {
      text: 'Escaped twice: &amp;quot;yes&amp;quot; and &amp;amp;.',
      output: 'Escaped twice: "yes" and &.',
      errors: [
        {messageId: 'entity', actual: '&amp;quot;', expected: ['"']},
        {messageId: 'entity', actual: '&amp;quot;'},
        {messageId: 'entity', actual: '&amp;amp;', expected: ['&']}
      ]
    },
    {
      text: 'Windows numbers: don&#146;t and &#150; here.',
      output: 'Windows numbers: don’t and – here.',
      errors: [{messageId: 'entity', expected: ['’']}, {messageId: 'entity', expected: ['–']}]
    },
    {
      text: 'Line one.\r\nTom &amp; Jerry.',
      output: 'Line one.\r\nTom & Jerry.',
      errors: [{messageId: 'entity', line: 2, column: 5, endColumn: 10}]
    }
  ]
})
