import type { ReactNode } from 'react';
import { REGIONAL, type RankingLevel, type RankingRow } from '../../queries/ranking-query-options';
import { formatValue } from '../../data/ees/indicators';
import { explainChangeGap, explainValueGap, formatChange } from './ranking-format';
import { SchoolsReporting } from '../../charts/schools-reporting';
import { MissingCell } from './missing-cell';
import { changeCoverage, latestSchools } from './ranking-schools';
import type { SortKey, SortState } from './ranking-sort';

export interface RankingTableProps {
  caption: string;
  rows: readonly RankingRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  onDrill: (row: RankingRow) => void;
  decimals: number;
  unit: string;
  grain: string;
  /** Regions are ranked without a Region column. */
  level: RankingLevel;
  /** The file gives the schools behind each figure (shown beside it, with the coverage on each side of a change). */
  counted: boolean;
  /** Column headings that depend on the data: which year is "previous" and which is the baseline. */
  labels: { previous: string; latest: string; previousNote: string; baselineNote: string | null };
  /** Flags of the periods the columns show ("2021/22: Not like other years: …"), from periodFlag. */
  periodFlags?: readonly string[];
}

interface Column {
  key: SortKey;
  label: string;
  note?: string;
  numeric?: boolean;
}

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** Local authorities in a real table: each column heading is a button that sorts, by mouse or keyboard. */
export function RankingTable({
  caption,
  rows,
  sort,
  onSort,
  onDrill,
  decimals,
  unit,
  grain,
  level,
  counted,
  labels,
  periodFlags = [],
}: RankingTableProps) {
  const regions = level === REGIONAL;
  const columns: Column[] = [
    { key: 'rank', label: 'Rank', numeric: true },
    { key: 'name', label: regions ? 'Region' : 'Local authority' },
    ...(regions ? [] : [{ key: 'region' as const, label: 'Region' }]),
    { key: 'latest', label: 'Latest', note: labels.latest, numeric: true },
    { key: 'previous', label: labels.previous, note: labels.previousNote, numeric: true },
    ...(labels.baselineNote
      ? [{ key: 'baseline' as const, label: 'Change on baseline', note: labels.baselineNote, numeric: true }]
      : []),
  ];
  const value = (v: number | null, gap: () => string, show: (n: number) => ReactNode) =>
    v === null ? <MissingCell reason={gap()} /> : show(v);
  const change = (row: RankingRow, against: 'previous' | 'baseline') => (n: number) => {
    const coverage = changeCoverage(row, against);
    return (
      <>
        {formatChange(n, decimals, unit)}
        {coverage && <span className="schools-reporting">{coverage}</span>}
      </>
    );
  };
  return (
    <div
      className="table-scroll la-table-scroll"
      tabIndex={0}
      role="region"
      aria-label={`${caption} (table)`}
    >
      <table className="data-table la-ranking">
        <caption>
          {caption}
          {periodFlags.map((flag) => (
            <span key={flag} className="period-note">
              {flag}
            </span>
          ))}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                scope="col"
                key={column.key}
                aria-sort={sort.key === column.key ? ARIA_SORT[sort.dir] : undefined}
                className={column.numeric ? 'numeric' : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === column.key ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
                {column.note && <span className="column-note">{column.note}</span>}
              </th>
            ))}
            <th scope="col" className="numeric">
              Quartile<span className="column-note">1 = highest</span>
            </th>
            <th scope="col">
              <span className="visually-hidden">Trend</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.la_key} data-la={row.la_code ?? row.la_key}>
              <td data-column="rank">
                {value(
                  row.rank,
                  () => `Not ranked. ${explainValueGap(row.latest_period, row.latest_flag, grain)}`,
                  String,
                )}
              </td>
              <th scope="row">{row.la_name}</th>
              {!regions && <td data-column="region">{row.region_name}</td>}
              <td data-column="latest">
                {value(
                  row.latest_value,
                  () => explainValueGap(row.latest_period, row.latest_flag, grain),
                  (n) => formatValue(n, decimals, unit),
                )}
                <SchoolsReporting {...latestSchools(row, counted)} />
              </td>
              <td data-column="previous">
                {value(
                  row.change_previous,
                  () => explainChangeGap(row, 'previous', grain),
                  change(row, 'previous'),
                )}
              </td>
              {labels.baselineNote && (
                <td data-column="baseline">
                  {value(
                    row.change_baseline,
                    () => explainChangeGap(row, 'baseline', grain),
                    change(row, 'baseline'),
                  )}
                </td>
              )}
              <td data-column="quartile">{row.quartile ?? '—'}</td>
              <td>
                {row.la_code && (
                  <button type="button" className="drill-button" onClick={() => onDrill(row)}>
                    Drill in<span className="visually-hidden"> to {row.la_name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
