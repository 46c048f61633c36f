import rule from '../../rules/missing-space-after-punctuation.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'U.S. officials met in Washington, D.C., on Tuesday.',
    'Use e.g. this one, i.e. that one, etc., as needed.',
    'She has a Ph.D. in physics and an M.Sc. in maths.',
    'Prices rose 3.5 percent to 1,000 yuan at 10:30 after a 3:1 vote.',
    'The screen is 16:9 and the clock read 10:30:45.',
    'See https://example.com/a,b;c:Def and mail Ann.Lee@example.com today.',
    'Open report.pdf, then visit Amazon.com or Booking.Com for tickets.',
    'Version v2.0.1 of Node.js runs ASP.NET apps on .NET and VB.Net.',
    'J.R.R. Tolkien signed as J.R.R.Tolkien once.',
    'He paused...Then he went on.',
    '"Go."He left at once.',
    'Yahoo!News and WoW!Korea carried it; Yandex.Market sold it.',
    'The N,N-dimethyl compound was tested at AWS re:Invent.',
    'She wrote &quot;hello&quot; in the code.',
    'Great :) See you;) Bye.',
    'The file is C:\\Users\\Ann\\notes.txt and std::vector is code.',
    'That that man had had enough.'
  ],
  invalid: [
    // A name on each side of a colon or semicolon may be one title; a word with a digit after a period may be notation.
    {text: 'The series Ace;Wings aired in 2012, and Air:Gear a year later.', output: null, errors: [{messageId: 'missing', fixable: false}, {messageId: 'missing', fixable: false}]},
    {text: 'He thanked the Voters:Freedom won, he said.', output: 'He thanked the Voters: Freedom won, he said.', errors: [{messageId: 'missing'}]},
    {text: 'Black answered 23.Qh4 at once.', output: null, errors: [{messageId: 'missing', fixable: false}]},
    {text: 'Note:The office is closed.', output: 'Note: The office is closed.', errors: [{messageId: 'missing'}]},
    {text: 'The talks ended;then nothing changed.', output: 'The talks ended; then nothing changed.', errors: [{messageId: 'missing'}]},
    {text: 'Name them "connect:bodyParser" and so on.', output: null, errors: [{messageId: 'missing', fixable: false}]},
    {text: 'The scheme urn:uuid is registered.', output: null, errors: [{messageId: 'missing', fixable: false}]},
    {text: 'He said:the talks failed.', output: 'He said: the talks failed.', errors: [{messageId: 'missing', fixable: true}]},
    {text: 'Read it on Kostroma.Today every day.', output: null, errors: [{messageId: 'missing', fixable: false}]},
    {text: 'Talks went on in China.The deal was signed.', output: 'Talks went on in China. The deal was signed.', errors: [{messageId: 'missing', fixable: true}]},
    {text: 'Listen on Last.FM today.', output: null, errors: [{messageId: 'missing', expected: ['. '], fixable: false}]},
    {text: 'Fine by me lol,Thanks.', output: null, errors: [{messageId: 'missing', fixable: false}]},
    {
      text: 'The statement was added.Statement added too.',
      output: 'The statement was added. Statement added too.',
      errors: [{messageId: 'missing', line: 1, column: 24, endColumn: 25, actual: '.', expected: ['. ']}]
    },
    {text: 'He said,he would come.', output: 'He said, he would come.', errors: [{messageId: 'missing', actual: ','}]},
    {text: 'It was late;then it rained.', output: 'It was late; then it rained.', errors: [{messageId: 'missing'}]},
    {text: 'Hi!How are you?', output: 'Hi! How are you?', errors: [{messageId: 'missing', actual: '!'}]},
    {text: 'Was it true?Nobody knew.', output: 'Was it true? Nobody knew.', errors: [{messageId: 'missing'}]},
    {text: 'They met in St.Louis on Friday.', output: 'They met in St. Louis on Friday.', errors: [{messageId: 'missing'}]},
    {text: 'Then Mr.Smith arrived.', output: 'Then Mr. Smith arrived.', errors: [{messageId: 'missing'}]},
    {text: 'Note:the office is closed.', output: 'Note: the office is closed.', errors: [{messageId: 'missing'}]},
    {text: 'It closed in 2019.The firm left.', output: 'It closed in 2019. The firm left.', errors: [{messageId: 'missing'}]},
    {text: 'I said,I would come.', output: 'I said, I would come.', errors: [{messageId: 'missing'}]},
    {
      text: 'We bought apples,pears,plums.',
      output: 'We bought apples, pears, plums.',
      errors: [{messageId: 'missing', column: 17}, {messageId: 'missing', column: 23}]
    },
    {
      text: 'It was called “respectful”,and calm.',
      output: 'It was called “respectful”, and calm.',
      errors: [{messageId: 'missing'}]
    },
    {
      text: 'Line one.\r\n\r\nAll is well.We cope.',
      output: 'Line one.\r\n\r\nAll is well. We cope.',
      errors: [{messageId: 'missing', line: 3, column: 12}]
    }
  ]
})
