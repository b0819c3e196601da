import { describe, expect, test } from 'vitest';
import { parseParams, serialiseParams } from '../../src/app/url-state';

describe('view state survives a trip through the URL', () => {
  test.each([
    [{}],
    [
      {
        ds: 'annual_absence',
        ind: 'enrolments_pa_50_exact_percent',
        phase: 'Secondary',
        geo: 'drill:E08000012',
      },
    ],
    [{ view: 'local-authorities', 'la.region': 'E12000002', 'la.sort': 'latest', 'la.dir': 'asc' }],
    [
      {
        'f.fsm_eligible': 'Eligible & SEN',
        'sql.q': "SELECT * FROM observations WHERE area_name = 'Bristol, City of' -- #1?",
      },
    ],
    [{ 'tl.type': 'campaign', 'b.event': 'moments-matter-campaign-2023', multiples: '1' }],
  ])('%j', (params) => {
    const search = serialiseParams(params);
    expect(parseParams(search)).toEqual(params);
    expect(serialiseParams(parseParams(search))).toBe(search);
  });

  test('keys are sorted so one view has one URL, and empty values are left out', () => {
    expect(serialiseParams({ phase: 'Total', ds: 'a', geo: '' })).toBe('?ds=a&phase=Total');
  });
});
