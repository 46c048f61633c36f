import rule from '../../rules/source-name.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Hair Salon SUN VALLEY in Omotesando.',
    {source: '表参道のヘアサロン「SUN VALLEY」。', text: 'The Sun Valley hair salon in Omotesando.'},
    {source: 'CanCam.jpの完全レポート', text: 'The complete report (CanCam.jp)'},
    {source: '第２戦でATP1000の大会。', text: 'An ATP Masters 1000 event.'},
    // Acronyms of two or three capitals are spelled out or rendered (`SNS` social media, `MF` midfielder).
    {source: 'SNS上で公開した。日本代表MF中島', text: 'It was posted on social media. Japan midfielder Nakajima'},
    // A longer acronym spelled out by its initials.
    {source: 'JGAP認証を取得した。', text: 'It obtained Japan Good Agricultural Practice certification.'},
    // Roman numerals, units and a source in Latin script (its Latin words are its language, not names).
    {source: 'エリザベスII世が５km歩いた。', text: 'Elizabeth the Second walked five kilometres.'},
    {source: 'Hann keypti Orion Pictures í gær.', text: 'He bought the studio yesterday.'}
  ],
  invalid: [
    {
      source: '表参道のヘアサロン「SUN VALLEY」の朝日さん。',
      text: 'Mr Asahi of a hair salon in Omotesando.',
      errors: [{messageId: 'missing', line: 1, column: 1, endColumn: 40}]
    },
    {
      source: 'Как писал rus.err.ee, дело закрыто.',
      text: 'According to russ.err.ee the case is closed.',
      errors: [{messageId: 'missing'}]
    },
    {
      source: 'Первая строка.\nНа канале Orion Pictures вышел трейлер.',
      text: 'The first line.\nA trailer appeared on the Orion Pictubes channel.',
      errors: [{messageId: 'missing', line: 2}]
    }
  ]
})
