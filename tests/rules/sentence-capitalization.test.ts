import rule from '../../rules/sentence-capitalization.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The firm is new.\n\nx - y = 3 is the equation.',
    'It takes about 16 msec. to traverse 25 mm. of tissue.',
    'The formula is simple.\n\na = 2 · x² + 5',
    'See the other languages.\n\nfr:Démographie de l’Angola',
    'Use the new option.\nnew in 3.2.0\nIt returns a list.',
    'The band Ruki Vverh! suggested it. It worked. It sold.',
    'He added. Statement added.',
    'We used e.g. this and i.e. that one.',
    'Apples, pears, etc. and more were sold.',
    'It was Biden vs. them. There were approx. ten people.',
    'U.S. officials came at 5 p.m. today and 9 a.m. on Friday.',
    'It was on Jan. and Feb. No. 5 won.',
    'I met Mr. smith and Dr. jones there.',
    'He bought an iPhone. iPhones sell well. eBay and mRNA too. pH is low. x86 chips.',
    'And then... nothing happened. He paused . . . and left.',
    '“Why?” he asked. “Come on!” she said. “Go.” he said.',
    'Visit the site. amazon.com is down.',
    'The kit has:\n1. a tent\n2. a stove',
    'The kit has:\na) a tent.\nb) a stove.',
    'date 2021-11-10\n\nThe meeting will take place.',
    'source: Reuters\n\nThe meeting will take place.',
    'he said so. she agreed. it was late.',
    'It rose in 2019. 5 firms left.',
    'Yahoo! reported it.',
    'He walked by the. men stood still.',
    'It is 45 per cent. of the total.',
    'That that man had had enough.',
    'It weighs 5 kg. more than before, and 2 mln. tonnes were sold.',
    'Output rose by 300 thous. barrels a day. It was enough.',
    'The talks will resume on Monday, the minister said. dpa',
    'Officials met on Monday. It went well.\nreuters/ap',
    'The firm Stalskip ehf. is new, and Telstra Pty. said so.',
    'Were Jane and co. at the party? The fire started on Elm st. near the school.',
    'CELLULAR COMMUNICATIONS INC. sold shares, and ACME CORP. said it would appeal.',
    'The firm is new, and the mgmt. team agreed.',
    'The intl. flights and the natl. team were cancelled, said the asst. coach.',
    'The word comes from Gk. logos, and the orig. title was longer.',
    'The answers were marked i. correct, ii. partly correct and iii. wrong.'
  ],
  invalid: [
    {
      text: 'Its rights include the following:\n\nthe right to reproduce a Work;\nmoral rights of the author. It grew. It spread.',
      output: null,
      errors: [{messageId: 'lowercase', line: 3, fixable: false}]
    },
    {
      text: 'The firm is new.\n\njsdiff compares texts. We wrote jsdiff in 2010.',
      output: null,
      errors: [{messageId: 'lowercase', line: 3, fixable: false}]
    },
    // Inside a paragraph: a word no English word list knows, which the article writes in lowercase
    // elsewhere and never capitalized, may be a name styled so; an English word is a slip.
    {
      text: 'The song is by singer nappo. It came out at a hard time. nappo wrote the words. It sold well.',
      output: null,
      errors: [{messageId: 'lowercase', column: 58, fixable: false}]
    },
    // Consonants alone may close a shortening or a sentence: a suggestion, even before `the`.
    {text: 'She likes to watch tv. the news is on at six. It was late. It was dark.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {
      text: 'The firm said profits rose. It grew. profits fell later, as profits do.',
      output: 'The firm said profits rose. It grew. Profits fell later, as profits do.',
      errors: [{messageId: 'lowercase', fixable: true}]
    },
    {
      text: 'The firm is new.\n\nthe talks ended. We know the firm.',
      output: 'The firm is new.\n\nThe talks ended. We know the firm.',
      errors: [{messageId: 'lowercase', line: 3, fixable: true}]
    },
    {text: 'It was paid on June 30, 1868. was it enough? Yes. It was.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'It was the turn of the 20. century in Europe. It grew. It spread.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'Prices rose by 25. the ministry said so. It grew. It spread.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'They met on 12 June. the leaders agreed. It rained. It poured.', output: 'They met on 12 June. The leaders agreed. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'The signal took 16 Msec. to arrive. It was late. It was lost.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'The top speed is the max. speed of the old car. It was fast. It was red.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'The pub. date of the book is 1998. It sold well. It was reprinted.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'The tool is popular.\n\nzoxide jumps to folders, and people in İzmir use zoxide daily.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'They met at the pub. the band played late. It rained. It poured.', output: 'They met at the pub. The band played late. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'The war ended in 1945. war crimes trials followed. It rained. It poured.', output: 'The war ended in 1945. War crimes trials followed. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'The talks ended . the ministers left. It rained. It poured.', output: 'The talks ended . The ministers left. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'Turn to page iv. the index lists it. It is long. It is old.', output: 'Turn to page iv. The index lists it. It is long. It is old.', errors: [{messageId: 'lowercase', fixable: true}]},
    {
      text: 'The court heard the case on Friday and the\njudge adjourned it until the week after.\nthe lawyers said so. It rained. It poured.',
      output: 'The court heard the case on Friday and the\njudge adjourned it until the week after.\nThe lawyers said so. It rained. It poured.',
      errors: [{messageId: 'lowercase', fixable: true}]
    },
    {text: 'The entry point is called main. main returns a number. It runs. It ends.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'The command is git status. git then lists the changes. It works. It is fast.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'Run git add . before you commit. It stages all. It is fast.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'Take these:\n\nThe list is short.\na tent.\ntwo stoves.\nfood for a week.\n\nIt was enough. It was light.', output: null, errors: [{messageId: 'lowercase', fixable: false}, {messageId: 'lowercase', fixable: false}, {messageId: 'lowercase', fixable: false}]},
    {text: 'The talks ended.\nthe minister left.\nPrices rose.\nIt rained.', output: 'The talks ended.\nThe minister left.\nPrices rose.\nIt rained.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: '(See the map above). the road is closed. It rained. It poured.', output: '(See the map above). The road is closed. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'Fighting went on in the city. military forces arrived. It rained. It poured.', output: 'Fighting went on in the city. Military forces arrived. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'They met on 3 May. the leaders agreed. It rained. It poured.', output: 'They met on 3 May. The leaders agreed. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'It was leaked to the CIA. the agency denied it. It rained. It poured.', output: 'It was leaked to the CIA. The agency denied it. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'WE LOST THE GAME. then we went home. It rained. It poured.', output: 'WE LOST THE GAME. Then we went home. It rained. It poured.', errors: [{messageId: 'lowercase', fixable: true}]},
    {text: 'The firm Stalskip sro. is new. It grew. It hired.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {
      text: 'He added. statement added.',
      output: 'He added. Statement added.',
      errors: [{messageId: 'lowercase', line: 1, column: 11, endColumn: 12, actual: 's', expected: ['S']}]
    },
    {text: 'Is it over? yes, it is.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'Is it worth it? he asked.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {text: 'It worked! then it broke.', output: null, errors: [{messageId: 'lowercase', fixable: false}]},
    {
      text: 'The first paragraph ends.\n\nthe second starts here.',
      output: 'The first paragraph ends.\n\nThe second starts here.',
      errors: [{messageId: 'lowercase', line: 3, column: 1}]
    },
    {text: 'Why did he go?\nnobody knows.', output: null, errors: [{messageId: 'lowercase', line: 2, fixable: false}]},
    {text: 'Charles left. de Gaulle returned.', output: 'Charles left. De Gaulle returned.', errors: [{messageId: 'lowercase'}]},
    {
      text: 'the meeting will take place. It is a big one.',
      output: 'The meeting will take place. It is a big one.',
      errors: [{messageId: 'lowercase', column: 1}]
    },
    {text: 'It rose in 2019. the firms left.', output: 'It rose in 2019. The firms left.', errors: [{messageId: 'lowercase'}]},
    {
      text: 'He met the Chief. of Staff said so.',
      output: null,
      errors: [{messageId: 'lowercase', actual: 'o', expected: ['O'], fixable: false}]
    },
    {text: 'Prices rose. évidemment, they did.', output: 'Prices rose. Évidemment, they did.', errors: [{messageId: 'lowercase'}]},
    {
      text: 'Line one.\r\n\r\nLine two. line three.',
      output: 'Line one.\r\n\r\nLine two. Line three.',
      errors: [{messageId: 'lowercase', line: 3, column: 11}]
    }
  ]
})
