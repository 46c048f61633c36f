import rule from '../../rules/source-number.js'
import {testRule} from '../rule-tester.js'

testRule(rule, {
  valid: [
    // No source: the rule stays silent.
    'Prices rose by 3,500 yen.',
    {source: '参加者は3.5万人に上った。', text: 'Participants numbered 35,000.'},
    {source: '参加者は3.5万人に上った。', text: 'Some 35 thousand people took part.'},
    {source: '売上は1億2000万円だった。', text: 'Sales were 120 million yen.'},
    {source: '売上は3万5000円だった。', text: 'Sales were 35,000 yen.'},
    {source: '２０２１年６月３日に発表した。', text: 'It was announced on June 3, 2021.'},
    {source: '令和3年に始まった。', text: 'It began in 2021.'},
    {source: '午後15時に始まる。', text: 'It starts at 3 p.m.'},
    {source: '支持率は３割だった。', text: 'Approval stood at 30 percent.'},
    {source: '二十人が集まった。', text: 'Twenty people gathered.'},
    {source: 'Пришли 3,500 человек.', text: '3,500 people came.'},
    {source: 'Рост составил 3,5 процента.', text: 'Growth was 3.5 percent.'},
    {source: 'Бюджет около 1,5 млн рублей.', text: 'The budget is about 1.5 million rubles.'},
    {source: 'Зарплата 3 500 рублей.', text: 'The salary is 3,500 rubles.'},
    {source: 'Þeir voru 4,5 milljónir.', text: 'They numbered 4.5 million.'},
    {source: 'Сделка на $2 млрд.', text: 'A $2bn deal.'},
    {source: 'Итоги 03.06.2021.', text: 'Results of 3 June 2021.'},
    {source: 'Прошло три года.', text: 'Three years passed.'},
    {source: 'Он пришёл 1 раз.', text: 'He came once.'},
    {source: '２人は笑った。', text: 'The pair laughed.'},
    {source: 'Это заняло 2,5 года.', text: 'It took two and a half years.'},
    {source: 'Их было 25.', text: 'There were twenty-five of them.'},
    {source: '８５人目の感染者。', text: 'The eighty-fifth case.'},
    {source: 'Половина: 1/2 площади.', text: 'Half the area.'},
    {source: 'В сезоне-2019/20 он забил.', text: 'In the 2019/2020 season he scored.'},
    {source: 'в 2021 - 2022 годах', text: 'in 2021–22'},
    {source: '１８２５～６９年に生きた。', text: 'He lived from 1825 to 1869.'},
    {source: 'В 17 часов 47 минут.', text: 'At 5:47 PM.'},
    {source: 'Длиной 4,5 метра.', text: 'It is 15 feet long.'},
    {source: 'Вирус COVID-19 распространился.', text: 'The coronavirus spread.'},
    {source: '打率１割８分２厘。', text: 'He is hitting .182.'},
    {source: '１８２・４４ドル安。', text: 'Down $182.44.'},
    {source: 'Первый за 24 часа. См. https://example.com/2021/05', text: 'The first in 24 hours. See https://example.com/2021/05'},
    {source: 'Игра 1/8 финала.\n\nСчёт 3:2.', text: 'A last-16 game, 1/8.\n\nThe score was 3-2.'}
  ],
  invalid: [
    {
      source: '参加者は3.5万人に上った。',
      text: 'Participants numbered 3,500.',
      errors: [{messageId: 'different', line: 1, column: 23, endColumn: 28, actual: '3,500'}]
    },
    {
      source: '売上は159億円だった。',
      text: 'Sales were 159 billion yen.',
      errors: [{messageId: 'different', actual: '159'}]
    },
    {
      source: '４０個届ける予定。',
      text: 'They plan to deliver them.',
      errors: [{messageId: 'missing', line: 1, column: 1, endColumn: 27}]
    },
    {
      source: 'Первая строка.\nВ 2013 году он умер в возрасте 41 года.',
      text: 'The first line.\nHe died at 41.',
      errors: [{messageId: 'missing', line: 2, column: 1, endColumn: 15}]
    },
    {
      source: 'В 2013 году ему было 41, а в 2020 году 48.',
      text: 'He was 41 then, and 48 later.',
      errors: [{messageId: 'missing'}, {messageId: 'missing'}]
    },
    {
      source: 'Утром 25 июля 2020 года.',
      text: 'On the morning of 25 July 2019.',
      errors: [{messageId: 'different', actual: '2019'}]
    },
    {
      source: '２４日に発表した。',
      text: 'It announced on Tuesday.',
      errors: [{messageId: 'missing'}]
    },
    {
      source: '約1万円とみられる。',
      text: 'It is about 1 million yen.',
      errors: [{messageId: 'different', actual: '1'}]
    }
  ]
})
