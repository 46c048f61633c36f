import rule from '../../rules/dash-style.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The equation x - y = 3 holds, and a - b is small.',
    'It runs on Node.js 18.x - current versions.',
    'Use "is-a" relationships and the ‘has-a’ link.',
    'To delete a file named -x, run rm -- -x in its folder.',
    'Typewritten drafts used two hyphens -- for a dash, and the hyphens -- are still seen.',
    'He acted on the say-so of an aide, a would-be hero and a has-been, in a will-they saga of a know-it-all.',
    'It prevents re-including a file and ex-officio members.',
    'The software is the state-of-the art achievement, out-of-the box.',
    // Compounds, prefixes, numbers and names
    'A state-of-the-art self-assembly rig for a follow-up study of space-time.',
    "It was a will-they-won't-they romance, on-again-off-again for years.",
    'The 19-year-old Franco-German analyst sent a well-known e-mail about X-ray scans.',
    'They co-operate on long-term anti-war work since the mid-1990s, after Covid-19.',
    'US-China trade fell by two-thirds in a tit-for-tat dispute.',
    'Use the mouse as-is, write a thank-you note, and stop the either-or choices.',
    'An as-yet unnamed do-it-yourself kit and a one-a-day pill sat by the Post-it notes.',
    'A know-it-all with a what-have-you attitude and a once-in-a-while, free-for-all fight.',
    'Kim Hyun-a flew to Xi-an on Monday with Kim Seung-a, a type-a person.',
    'Coca-Cola, Rolls-Royce, Jean-Paul, a mother-in-law and an ex-wife met Moon Jae-in in Baden-Baden.',
    'It covers pre- and post-war Europe and the -ing form.',
    'He read pages 10--20 and 30-40. Run it with --fix or -v to see more.',
    'Details at https://example.com/the-universe-a-b/which-it and in notes-and-which.txt today.',
    'That that man had had enough; it is 10:30 in the U.S. now.',
    // A consistent house style of `--`, of real dashes, of spaced en dashes
    'We must act -- now. The cost -- and it is high -- is worth it. Jobs -- good jobs -- matter.',
    'He left—and then it rained—and then it stopped. It was late — very late.',
    'He left – and then it rained. Prices rose 10 – 20 percent in 1990–2000.',
    'The Franco–German border and the New York–London flight.',
    // A spaced hyphen in an article without real dashes (default `spacedHyphen: mixed`)
    'He was late - as usual - and nobody minded.',
    // Line starts, markup, signatures
    '-- Ann Smith\n- first item\n- second item',
    '<!-- a comment --> and an arrow -->',
    // Tables and headings, even when spaced hyphens are flagged
    {text: 'Year - Population - Ratio of increase - Per cent.', options: {spacedHyphen: 'always'}},
    {text: 'Income gap in rich countries (Kyodo News) - Yahoo! News\nThe report came out.', options: {spacedHyphen: 'always'}},
    {text: 'Scores were 3 - 2 and 10 - 20. Expenditures - $32,322,504.24 in all.', options: {spacedHyphen: 'always'}},
    {text: 'The results: - Final estimates came in.', options: {spacedHyphen: 'always'}},
    // The house style can be turned off
    {text: 'We see the universe-a series of images.', options: {hyphen: 'never'}},
    {text: 'He left -- and never came back.', options: {doubleHyphen: 'never'}}
  ],
  invalid: [
    {
      // Glued hyphens are the article's house style: its one `--` is only a suggestion, since making
      // it a dash would turn the house style into a defect in a later pass.
      text: 'It rained-it was late. We stayed-it was cold. They left-it was dark. Then -- at last.',
      output: null,
      errors: [{messageId: 'doubleHyphen', fixable: false}]
    },
    {
      // Once its `--` is a dash, the article has one: the spaced hyphen is reported in the same lint,
      // not fixed in a later pass that no report announced.
      text: 'He left -- at last. It rained - it was late.',
      output: 'He left—at last. It rained—it was late.',
      errors: [{messageId: 'doubleHyphen'}, {messageId: 'spacedHyphen', fixable: true}]
    },
    {
      text: 'We see the universe-a series of images.',
      output: 'We see the universe—a series of images.',
      errors: [{messageId: 'hyphen', line: 1, column: 20, endColumn: 21, actual: '-', expected: ['—']}]
    },
    {
      text: 'A letter came to me from Norway-a wonderful pattern.',
      output: 'A letter came to me from Norway—a wonderful pattern.',
      errors: [{messageId: 'hyphen'}]
    },
    {
      text: 'Einstein realized-this is the key.',
      output: 'Einstein realized—this is the key.',
      errors: [{messageId: 'hyphen', fixable: true}]
    },
    {
      text: 'The share rose to 24%-which shows the gap.',
      output: 'The share rose to 24%—which shows the gap.',
      errors: [{messageId: 'hyphen'}]
    },
    {
      text: "Dad's income is more important-for example, in Britain.",
      output: "Dad's income is more important—for example, in Britain.",
      errors: [{messageId: 'hyphen'}]
    },
    {
      text: 'It moves in one-dimensional or two-dimensional-the chain is passive.',
      output: 'It moves in one-dimensional or two-dimensional—the chain is passive.',
      errors: [{messageId: 'hyphen', actual: '-'}]
    },
    {
      text: 'He left -- and never came back.',
      output: 'He left—and never came back.',
      errors: [{messageId: 'doubleHyphen', column: 8, endColumn: 12, actual: ' -- ', expected: ['—']}]
    },
    {
      text: 'The changes - - the moth is one.',
      output: 'The changes—the moth is one.',
      errors: [{messageId: 'doubleHyphen'}]
    },
    {
      text: 'We must act -- now. The cost -- and it is high -- is worth it.',
      output: 'We must act—now. The cost—and it is high—is worth it.',
      options: {doubleHyphen: 'always'},
      errors: [{messageId: 'doubleHyphen'}, {messageId: 'doubleHyphen'}, {messageId: 'doubleHyphen'}]
    },
    {
      // `--` in an article that also writes real dashes is flagged even when it is frequent.
      text: 'We act -- now -- and -- soon. It ended—at last.',
      output: 'We act—now—and—soon. It ended—at last.',
      errors: [{messageId: 'doubleHyphen'}, {messageId: 'doubleHyphen'}, {messageId: 'doubleHyphen'}]
    },
    {
      text: 'It is a self - assembly system with 8 - foot arms.',
      output: 'It is a self-assembly system with 8-foot arms.',
      errors: [
        {messageId: 'spacedCompound', actual: ' - ', expected: ['-']},
        {messageId: 'spacedCompound', actual: ' - ', expected: ['-']}
      ]
    },
    {
      text: 'It is a tax - free zone. Visit Saxony - free trips are offered.',
      output: 'It is a tax-free zone. Visit Saxony - free trips are offered.',
      errors: [
        {messageId: 'spacedCompound', expected: ['-'], fixable: true},
        {messageId: 'spacedCompound', expected: ['-', '—'], fixable: false}
      ]
    },
    {
      text: 'He left—as usual. A new - and much cheaper - model came out.',
      output: null,
      errors: [
        {messageId: 'spacedHyphen', fixable: false},
        {messageId: 'spacedAmbiguous', fixable: false}
      ]
    },
    {
      text: 'They run a large - scale plant.',
      output: 'They run a large-scale plant.',
      errors: [{messageId: 'spacedCompound'}]
    },
    {
      text: 'He left—as usual. She stayed - it was late.',
      output: 'He left—as usual. She stayed—it was late.',
      errors: [{messageId: 'spacedHyphen', fixable: true}]
    },
    {
      text: 'He left—as usual. She stayed - as always.',
      output: null,
      errors: [{messageId: 'spacedAmbiguous', expected: ['—', '-'], fixable: false}]
    },
    {
      text: 'It is getting closer - it was 40 years ago.',
      output: 'It is getting closer—it was 40 years ago.',
      options: {spacedHyphen: 'always'},
      errors: [{messageId: 'spacedHyphen'}]
    },
    {
      text: 'He left—and then it rained. She stayed – as always – at home. It was late—very late.',
      output: 'He left—and then it rained. She stayed—as always—at home. It was late—very late.',
      errors: [
        {messageId: 'mixed', actual: ' – ', expected: ['—']},
        {messageId: 'mixed', actual: ' – ', expected: ['—']}
      ]
    },
    {
      text: 'He left – and then it rained – but she stayed—at home.',
      output: 'He left – and then it rained – but she stayed – at home.',
      errors: [{messageId: 'mixed', actual: '—', expected: [' – ']}]
    },
    {
      text: 'It rained — a lot. We see the universe-a series of images.',
      output: 'It rained — a lot. We see the universe — a series of images.',
      errors: [{messageId: 'hyphen', expected: [' — ']}]
    },
    {
      text: 'We see the universe-a series of images.',
      output: 'We see the universe – a series of images.',
      options: {style: 'en-spaced'},
      errors: [{messageId: 'hyphen', expected: [' – ']}]
    },
    {
      text: 'He left – and then it rained.',
      output: 'He left—and then it rained.',
      options: {style: 'em'},
      errors: [{messageId: 'style', actual: ' – ', expected: ['—']}]
    },
    {
      text: 'He left—and then it rained.',
      output: 'He left — and then it rained.',
      options: {style: 'em-spaced'},
      errors: [{messageId: 'style'}]
    },
    {
      text: 'The hole-it was huge-and the sun-it was gone-and more-it ends.',
      output: 'The hole—it was huge—and the sun—it was gone—and more—it ends.',
      options: {hyphen: 'always'},
      errors: [
        {messageId: 'hyphen'},
        {messageId: 'hyphen'},
        {messageId: 'hyphen'},
        {messageId: 'hyphen'},
        {messageId: 'hyphen'}
      ]
    },
    {
      text: 'First line.\r\n\r\nHe said so-this is new.',
      output: 'First line.\r\n\r\nHe said so—this is new.',
      errors: [{messageId: 'hyphen', line: 3, column: 11}]
    }
  ]
})
