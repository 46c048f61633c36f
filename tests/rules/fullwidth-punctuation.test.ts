import rule from '../../rules/fullwidth-punctuation.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Old catalogues print the full-width brand ＡＢＣ on the cover.',
    'Chinese puts the enumeration comma 、 between list items; the full-width colon ： looks wider.',
    'The talks, held in Geneva, ended at 10:30 on Tuesday. Prices rose 3.5 percent in the U.S.',
    'That that man had had enough; rock ’n’ roll, the ’90s, e.g. and etc., are fine.',
    // Marks inside Chinese or Japanese text belong to it (untranslated-text reports the text).
    'The shop sells #Product1#、使ってよかった。',
    'The label read 《公式》 on every box.',
    'She wrote 「東京へ行きます」 in her diary.',
    'Its name is 日本語（にほんご） in Japanese.',
    'The date was ２０２２年 on the form.',
    'The slogan was 新作2019春夏コレクション。',
    // A pair of marks is left alone when CJK text touches it.
    '《Official #Product1#》初回限定 was printed on the box.',
    // A mark mentioned, not used.
    'Chinese uses an enumeration comma (、) and a full stop written “。”.',
    'The middle dot in ジョン・スミス and in John・Smith is left alone.',
    'An ideographic space sits inside 東京　大阪 here.',
    'Details at https://example.com/a（b）c and in file.pdf.',
    'It is nice to be in love ＼(^o^)／ and happy (>_<)／ too.'
  ],
  invalid: [
    {
      text: 'The meeting，the first since May，was short。Both sides agreed。',
      output: 'The meeting, the first since May, was short. Both sides agreed.',
      errors: [
        {messageId: 'fullwidth', line: 1, column: 12, endColumn: 13, actual: '，', expected: [', '], fixable: true},
        {messageId: 'fullwidth', column: 32, expected: [', ']},
        {messageId: 'fullwidth', column: 42, expected: ['. ']},
        {messageId: 'fullwidth', expected: ['.']}
      ]
    },
    {
      text: 'It starts at 10：30 and costs 1，000 yen（about $9）.',
      output: 'It starts at 10:30 and costs 1,000 yen (about $9).',
      errors: [
        {messageId: 'fullwidth', expected: [':']},
        {messageId: 'fullwidth', expected: [',']},
        {messageId: 'fullwidth', expected: [' (']},
        {messageId: 'fullwidth', expected: [')']}
      ]
    },
    {
      text: 'Why now？Nobody knows！Note：the end；really.',
      output: 'Why now? Nobody knows! Note: the end; really.',
      errors: [{messageId: 'fullwidth'}, {messageId: 'fullwidth'}, {messageId: 'fullwidth'}, {messageId: 'fullwidth'}]
    },
    {
      text: '【Limited Quantity】Free shipping for the first order.',
      output: '[Limited Quantity] Free shipping for the first order.',
      errors: [
        {messageId: 'fullwidth', column: 1, expected: ['[']},
        {messageId: 'fullwidth', column: 18, expected: ['] ']}
      ]
    },
    {
      text: 'He said “yes” and then 「I will come」 quietly.',
      output: 'He said “yes” and then “I will come” quietly.',
      errors: [
        {messageId: 'fullwidth', actual: '「', expected: ['“']},
        {messageId: 'fullwidth', actual: '」', expected: ['”']}
      ]
    },
    {
      text: 'He said "yes" and then「I will come」quietly.',
      output: 'He said "yes" and then "I will come" quietly.',
      errors: [
        {messageId: 'fullwidth', expected: [' "']},
        {messageId: 'fullwidth', expected: ['" ']}
      ]
    },
    {
      text: 'She said 「he called it 『a gift』 twice」 and left.',
      output: 'She said "he called it \'a gift\' twice" and left.',
      errors: [
        {messageId: 'fullwidth', expected: ['"']},
        {messageId: 'fullwidth', expected: ["'"]},
        {messageId: 'fullwidth', expected: ["'"]},
        {messageId: 'fullwidth', expected: ['"']}
      ]
    },
    {
      text: 'The newspaper “Daily” reported on 《People’s Daily》 today.',
      output: null,
      errors: [
        {messageId: 'title', actual: '《', expected: ['“', ''], fixable: false},
        {messageId: 'title', actual: '》', expected: ['”', ''], fixable: false}
      ]
    },
    {
      text: 'An unclosed 《title and 【a label】 follow.',
      output: 'An unclosed 《title and [a label] follow.',
      errors: [{messageId: 'title', fixable: false}, {messageId: 'fullwidth'}, {messageId: 'fullwidth'}]
    },
    {
      text: 'The ＮＨＫ report aired at ９ pm.',
      output: 'The NHK report aired at 9 pm.',
      errors: [
        {messageId: 'fullwidth', actual: 'ＮＨＫ', expected: ['NHK']},
        {messageId: 'fullwidth', actual: '９', expected: ['9']}
      ]
    },
    {
      text: 'Sales rose 50％ to ¥100 ／ unit.',
      output: 'Sales rose 50% to ¥100 / unit.',
      errors: [{messageId: 'fullwidth', expected: ['%']}, {messageId: 'fullwidth', expected: ['/']}]
    },
    {
      text: 'A tiger at the Gokoku Shrine｜Yamagata Shimbun',
      output: 'A tiger at the Gokoku Shrine | Yamagata Shimbun',
      errors: [{messageId: 'fullwidth', actual: '｜', expected: [' | ']}]
    },
    {
      text: 'I forgot、、、 Then I remembered.',
      output: null,
      errors: [{messageId: 'repeatedStops', actual: '、、、', expected: ['…', '...'], fixable: false}]
    },
    {
      text: 'The wired mouse、\nThe cable、 and the box.',
      output: 'The wired mouse,\nThe cable, and the box.',
      errors: [{messageId: 'fullwidth', line: 1}, {messageId: 'fullwidth', line: 2}]
    },
    {
      text: 'Open 10～20 March.',
      output: null,
      errors: [{messageId: 'fullwidth', expected: ['–', '~'], fixable: false}]
    },
    {
      text: 'The market is busy 　Used homes sell fast.\n　Prices rose.',
      output: 'The market is busy Used homes sell fast.\nPrices rose.',
      errors: [
        {messageId: 'ideographicSpaceRemove', line: 1, column: 20},
        {messageId: 'ideographicSpaceRemove', line: 2, column: 1}
      ]
    },
    {
      text: 'The market　is busy.',
      output: 'The market is busy.',
      errors: [{messageId: 'ideographicSpace', actual: '\u3000', expected: [' ']}]
    },
    {
      text: 'Can you be a pillar?。\r\nI can’t.',
      output: 'Can you be a pillar?.\r\nI can’t.',
      errors: [{messageId: 'fullwidth', expected: ['.']}]
    }
  ]
})
