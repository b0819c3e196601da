import { expect, test } from 'vitest';
import { gapExplainer } from '../../src/app/chart-gaps';
import type { ChartPeriod } from '../../src/charts/series-model';

const period = (label: string, flag: string): ChartPeriod => ({
  x: 0,
  label,
  values: { a: null },
  flags: { a: flag },
});

test.each([
  [
    'Academic year',
    '2019/20',
    'c',
    /^No annual figures for 2019\/20: DfE published the autumn term 2019 only/,
  ],
  ['Academic year', '2020/21', 'c', /“c”: suppressed to protect confidentiality/],
  ['Term', '2019/20', 'x', /“x”: not available/],
  ['Academic year', '2015/16', '-', /“-”: no figure published for this period/],
])('a %s gap in %s flagged %s is explained', (grain, label, flag, words) => {
  expect(gapExplainer(grain)(period(label, flag), 'a')).toMatch(words);
});
