import rule from '../../rules/source-verbatim.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    'Visit https://www.example.cn/rail2021 for details.',
    {source: '详情请访问 https://www.example.cn/rail-2021 。', text: 'For details, visit https://www.example.cn/rail-2021.'},
    {source: '邮件至 info@example.cn 咨询。', text: 'Write to info@example.cn.'},
    {source: 'Подписывайтесь на @mtlint и #MTlint!', text: 'Follow @mtlint and #MTlint!'},
    {source: 'Скачайте report.pdf сегодня.', text: 'Download report.pdf today.'},
    {source: 'Привет, {name}! У вас %d писем.', text: 'Hello, {name}! You have %d letters.'},
    {source: 'Нажмите <b>Сохранить</b>.', text: 'Click <b>Save</b>.'},
    // An e-mail address holds no handle; `#1` is no hashtag; `&#39;` no hashtag either.
    {source: 'Пишите str@krd.ru, мы №1 #1.', text: 'Write to str@krd.ru, we are number one.'},
    // The source's URL followed by its own sentence mark.
    {source: 'Смотрите www.example.ru.', text: 'See www.example.ru'}
  ],
  invalid: [
    {
      source: '详情请访问 https://www.example.cn/rail-2021 或发送邮件。',
      text: 'For details, visit https://www.example.cn/rail2021 or email.',
      output: 'For details, visit https://www.example.cn/rail-2021 or email.',
      errors: [{messageId: 'altered', line: 1, column: 20, endColumn: 51, actual: 'https://www.example.cn/rail2021', expected: ['https://www.example.cn/rail-2021'], fixable: true}]
    },
    {
      source: 'Пишите на str@krd.ru.',
      text: 'Write to str@kd.ru.',
      output: 'Write to str@krd.ru.',
      errors: [{messageId: 'altered', actual: 'str@kd.ru'}]
    },
    {
      source: 'Пишите на str@krd.ru.',
      text: 'Write to str @ krd.ru.',
      errors: [{messageId: 'missing', line: 1, column: 1, endColumn: 23, fixable: false}]
    },
    {
      source: 'Подписывайтесь на @mtlint и #MTlint!',
      text: 'Follow @mtlnt and #MTlint!',
      output: 'Follow @mtlint and #MTlint!',
      errors: [{messageId: 'altered', expected: ['@mtlint']}]
    },
    {
      // Two URLs changed: which one became which is not certain, so no fix.
      source: 'См. https://a.example/x и https://b.example/y.',
      text: 'See https://a.example/z and https://b.example/w.',
      errors: [{messageId: 'missing'}, {messageId: 'missing'}]
    },
    {
      source: 'Привет, {name}!',
      text: 'Hello, {nom}!',
      output: 'Hello, {name}!',
      errors: [{messageId: 'altered'}]
    }
  ]
})
