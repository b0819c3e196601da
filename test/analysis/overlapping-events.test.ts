import { describe, expect, test } from 'vitest';
import { overlapCaveats, SUM_OF_EVERYTHING } from '../../src/analysis/overlapping-events';
import { slotOf } from '../../src/analysis/period-slots';

const ordinal = (date: string) => {
  const slot = slotOf(date, 'year');
  if (typeof slot === 'string') throw new Error(slot);
  return slot.ordinal;
};
// The window 2022/23 to 2023/24.
const [from, to] = [ordinal('2022-09-01'), ordinal('2023-09-01')];

describe('other events inside an analysis window', () => {
  test('none inside: no caveat', () => {
    expect(
      overlapCaveats([{ date: '2019-01-10', name: 'an old campaign' }], 'year', from, to, 'caveat'),
    ).toEqual([]);
  });

  test('one inside is named with its status, and the change is said to be the sum of everything', () => {
    const caveats = overlapCaveats(
      [{ date: '2023-02-01', name: 'the attendance hubs', status: 'planned' }],
      'year',
      from,
      to,
      'caveat',
    );
    expect(caveats).toEqual([
      'Other events of this area fall inside the window: the attendance hubs (2023-02-01, planned; none of the ' +
        `sources used here records that it happened). ${SUM_OF_EVERYTHING}`,
    ]);
  });

  test('under the refuse policy an event inside is a refusal that says what to do', () => {
    const answer = overlapCaveats([{ date: '2023-02-01', name: 'the hubs' }], 'year', from, to, 'refuse');
    expect(answer).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/the hubs \(2023-02-01\).*Choose a window/),
    });
  });

  test('an event dated only to the year cannot be placed, and is said to be so', () => {
    expect(overlapCaveats([{ date: '2023', name: 'a reform' }], 'year', from, to, 'refuse')).toEqual([
      'These events are dated too coarsely to tell whether they fall inside the window: a reform (2023).',
    ]);
  });
});
