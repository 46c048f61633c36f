import rule from '../../rules/untranslated-text.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'The talks ended at 10:30 in the U.S.; that that man had had enough, e.g. in the ’90s.',
    // Greek letters as symbols, and letters glued to Latin words or numbers (homoglyphs).
    'The α and β particles, a Δ of 5 μm, π and ΔΔ were measured.',
    'The WНO said the mattress measures 105х195 at 50°С in Prazі-8.',
    // Glosses: the original beside its English name.
    'Moscow (Москва) is large. Kyiv (Ukrainian: Київ) too.',
    'The film 「千と千尋の神隠し」 (Spirited Away) won in 2003; the sign 『営業中』 (open) stayed up.',
    'The slogan “Слава Україні” (Glory to Ukraine) was heard.',
    'Beijing (北京) and Tokyo (東京) hosted the games.',
    // URLs and allowed names.
    'See https://премияарсеньева.рф/ for details.',
    {text: 'The band Мумий Тролль played.', options: {allow: ['Мумий Тролль']}},
    // A text mostly in another script is not an English article.
    'これは日本語の文章です。英語ではありません。OK'
  ],
  invalid: [
    {
      text: 'The Slim 재은이 HDR monitor is at home.',
      output: null,
      errors: [{messageId: 'untranslated', line: 1, column: 10, endColumn: 13, actual: '재은이', fixable: false}]
    },
    {
      text: 'It is not settled, пока этих ваших воров не dobeьют. Bad people suffer.',
      errors: [{messageId: 'untranslated', actual: 'пока этих ваших воров не'}]
    },
    {
      text: 'Shopping is fun with #Product2 #ECショップで楽しくお買い物。',
      errors: [{messageId: 'untranslated', actual: 'ECショップで楽しくお買い物'.slice(2)}]
    },
    {
      text: 'The new #Product1 #の新作2019春夏コレクション arrived.',
      errors: [{messageId: 'untranslated', actual: 'の新作2019春夏コレクション'}]
    },
    {
      text: '《公式》Home delivery pizza.',
      errors: [{messageId: 'untranslated', actual: '公式'}]
    },
    {
      text: 'The student was detained with a poster that read #поэтвроссиибольшечемпоэт in red.',
      errors: [{messageId: 'untranslated', column: 51}]
    },
    {
      text: 'The Benartti mattress кожна 105х195 is firm and comfortable for sleeping.',
      errors: [{messageId: 'untranslated', actual: 'кожна'}]
    },
    {
      text: 'The prize is named after В. K. Arsenyev.',
      errors: [{messageId: 'untranslated', actual: 'В'}]
    },
    {
      text: 'The Greek word λόγος means word.',
      errors: [{messageId: 'untranslated', actual: 'λόγος'}]
    },
    {
      text: 'He said شكرا and left, then שלום again.',
      errors: [{messageId: 'untranslated', actual: 'شكرا'}, {messageId: 'untranslated', actual: 'שלום'}]
    },
    {
      text: 'Allowed names are exact: Мумий Тролль and Мумий Тролль-2.',
      options: {allow: ['Мумий Тролль-2']},
      errors: [{messageId: 'untranslated', column: 26}]
    },
    {
      text: 'Line one.\r\nWe thank you дякуємо for it.',
      errors: [{messageId: 'untranslated', line: 2, column: 14, endColumn: 21}]
    },
    {
      // Found line by line: a prolonged sound mark alone on its line is a run too, in an article with others.
      text: 'Tokyo 東京 is big.\n\nThe sound ー here.',
      errors: [
        {messageId: 'untranslated', line: 1, column: 7, actual: '東京'},
        {messageId: 'untranslated', line: 3, column: 11, actual: 'ー'}
      ]
    },
    {
      // The prolonged sound marks alone, with no letter of any script in the text.
      text: 'The brand sold ーーー in Tokyo.',
      errors: [{messageId: 'untranslated', column: 16, actual: 'ーーー'}]
    }
  ]
})
