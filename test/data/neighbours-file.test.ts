import { describe, expect, test } from 'vitest';
import { NEIGHBOURS_FILE } from '../../src/data/neighbours-columns';
import { parseNeighbours } from '../../src/data/neighbours-file';
import { dataFile } from '../support/dfe-files';

const HEADER =
  'old_la_code,new_la_code,la_name,neighbour_order,neighbour_old_la_code,neighbour_new_la_code,neighbour_la_name,closeness';

describe("DfE's statistical neighbours", () => {
  const lists = parseNeighbours(new TextDecoder().decode(dataFile(NEIGHBOURS_FILE)));

  test('the file the data build writes: every authority with ten neighbours, closest first', () => {
    // 1,530 rows of ten neighbours each.
    expect(lists.size).toBe(153);
    for (const list of lists.values()) {
      expect(list.neighbours).toHaveLength(10);
      expect(list.neighbours.every(Boolean)).toBe(true);
    }
    const barking = lists.get('E09000002');
    expect(barking?.authority).toEqual({ old: '301', code: 'E09000002', name: 'Barking and Dagenham' });
    expect(barking?.neighbours.slice(0, 2)).toEqual([
      { old: '308', code: 'E09000010', name: 'Enfield', closeness: 'Close' },
      { old: '821', code: 'E06000032', name: 'Luton', closeness: 'Close' },
    ]);
  });

  test('neighbours are placed by their order, not by their line', () => {
    const text = [
      HEADER,
      '390,E08000037,Gateshead,2,392,E08000022,North Tyneside,Very Close',
      '390,E08000037,Gateshead,1,393,E08000023,South Tyneside,Extremely close',
      '',
    ].join('\n');
    expect(
      parseNeighbours(text)
        .get('E08000037')
        ?.neighbours.map((n) => n.name),
    ).toEqual(['South Tyneside', 'North Tyneside']);
  });

  test('a file without the columns says to rebuild it', () => {
    expect(() => parseNeighbours('la_name,neighbour_order\nGateshead,1\n')).toThrow(
      `${NEIGHBOURS_FILE} lacks old_la_code, new_la_code, neighbour_old_la_code, neighbour_new_la_code, ` +
        'neighbour_la_name, closeness: run npm run data:build.',
    );
  });
});
