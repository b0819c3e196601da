import { expect, test } from 'vitest';
import { leaveOutPandemic } from '../../src/analysis/pandemic-years';
import { slotSeries } from '../../src/analysis/slot-series';
import { years } from './points';

const rows = (() => {
  const slotted = slotSeries(
    years(['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23'].map((p) => [p, 1])),
    'year',
  );
  if (!slotted.ok) throw new Error(slotted.reason);
  return slotted.rows;
})();

// Issue #11: 2019/20 and 2020/21 are never like other years, and no window runs across them.
test.each([
  // [academic year of the event, kept, left out]
  [2023, ['2021/22', '2022/23'], ['2017/18', '2018/19', '2019/20', '2020/21']],
  [2018, ['2017/18', '2018/19'], ['2019/20', '2020/21', '2021/22', '2022/23']],
  [2020, ['2017/18', '2018/19', '2021/22', '2022/23'], ['2019/20', '2020/21']],
])('an event in %i', (eventYear, kept, leftOut) => {
  const like = leaveOutPandemic(rows, eventYear);
  expect(like.rows.map((row) => row.point.period)).toEqual(kept);
  expect(like.leftOut.map(({ row }) => row.point.period)).toEqual(leftOut);
});
