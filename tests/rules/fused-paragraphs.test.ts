import rule from '../../rules/fused-paragraphs.js'
import {testRule} from '../rule-tester.js'

/** About 230 characters of news copy without quotations. */
const filler =
  'The two sides met again in May and in June, and they agreed to meet in the autumn as well. Trade between the two countries has grown in recent years, despite the tariffs both sides imposed on steel, cars and farm goods. '

const quotes = [
  '“We had a good talk,” Smith said at the time. ',
  '“They agreed to engage openly,” said a reading of the call. ',
  '“It is too early to say,” a spokesman told reporters. ',
  'The minister told CNN: “We will meet again soon.” ',
  '“It was fine, ”he added. '
]

const fused = quotes.map((quote) => quote + filler + filler).join('')

testRule(rule, {
  valid: [
    // Long, but quoting nobody: an essay's or a speech's paragraph.
    filler.repeat(10),
    // Three attributed quotations, but spread over far more than 3,000 characters.
    quotes.slice(0, 3).map((quote) => quote + filler.repeat(6)).join(''),
    // Many quotations in a short paragraph.
    quotes.join(''),
    // Quotations without a reporting verb next to them.
    (`Officials called the tone “respectful” and “familiar”. ` + filler).repeat(5),
    // Each quotation in its own paragraph.
    quotes.map((quote) => quote + filler).join('\n\n'),
    {text: fused, options: {minLength: 3000}},
    {text: fused, options: {minQuotations: 6}}
  ],
  invalid: [
    {
      text: fused,
      output: null,
      errors: [
        {
          messageId: 'fused',
          line: 1,
          column: 1,
          endColumn: 46,
          actual: '“We had a good talk,” Smith said at the time.',
          expected: undefined,
          fixable: false
        }
      ]
    },
    {
      text: `A short lead paragraph.\n\n${filler}${fused}`,
      errors: [{messageId: 'fused', line: 3, column: 1, actual: 'The two sides met again in May and in June, and they agreed to meet in the autumn as well.'}]
    },
    {
      text: fused.replace(/[“”]/g, '"'),
      errors: [{messageId: 'fused'}]
    }
  ]
})
