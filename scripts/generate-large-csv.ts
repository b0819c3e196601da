// Writes a large, deterministic, EES-shaped weekly attendance CSV for ingest benchmarks and the big-file test case.
// Usage: npx tsx scripts/generate-large-csv.ts --rows 1000000 --out .tmp/large.csv [--seed 1] [--long-field-bytes N]
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

// Regions and local authorities (new code, old code, name) as in attendance/2024-25/EES_weekly_data.csv.
const GEOGRAPHY = `
E12000001 North East
  E06000001 805 Hartlepool
  E06000002 806 Middlesbrough
  E06000003 807 Redcar and Cleveland
  E06000004 808 Stockton-on-Tees
  E06000005 841 Darlington
  E06000047 840 County Durham
  E06000057 929 Northumberland
  E08000021 391 Newcastle upon Tyne
  E08000022 392 North Tyneside
  E08000023 393 South Tyneside
  E08000024 394 Sunderland
  E08000037 390 Gateshead
E12000002 North West
  E06000006 876 Halton
  E06000007 877 Warrington
  E06000008 889 Blackburn with Darwen
  E06000009 890 Blackpool
  E06000049 895 Cheshire East
  E06000050 896 Cheshire West and Chester
  E06000063 942 Cumberland
  E06000064 943 Westmorland and Furness
  E08000001 350 Bolton
  E08000002 351 Bury
  E08000003 352 Manchester
  E08000004 353 Oldham
  E08000005 354 Rochdale
  E08000006 355 Salford
  E08000007 356 Stockport
  E08000008 357 Tameside
  E08000009 358 Trafford
  E08000010 359 Wigan
  E08000011 340 Knowsley
  E08000012 341 Liverpool
  E08000013 342 St. Helens
  E08000014 343 Sefton
  E08000015 344 Wirral
  E10000017 888 Lancashire
E12000003 Yorkshire and The Humber
  E06000010 810 Kingston upon Hull, City of
  E06000011 811 East Riding of Yorkshire
  E06000012 812 North East Lincolnshire
  E06000013 813 North Lincolnshire
  E06000014 816 York
  E06000065 815 North Yorkshire
  E08000016 370 Barnsley
  E08000017 371 Doncaster
  E08000018 372 Rotherham
  E08000019 373 Sheffield
  E08000032 380 Bradford
  E08000033 381 Calderdale
  E08000034 382 Kirklees
  E08000035 383 Leeds
  E08000036 384 Wakefield
E12000004 East Midlands
  E06000015 831 Derby
  E06000016 856 Leicester
  E06000017 857 Rutland
  E06000018 892 Nottingham
  E06000061 940 North Northamptonshire
  E06000062 941 West Northamptonshire
  E10000007 830 Derbyshire
  E10000018 855 Leicestershire
  E10000019 925 Lincolnshire
  E10000024 891 Nottinghamshire
E12000005 West Midlands
  E06000019 884 Herefordshire, County of
  E06000020 894 Telford and Wrekin
  E06000021 861 Stoke-on-Trent
  E06000051 893 Shropshire
  E08000025 330 Birmingham
  E08000026 331 Coventry
  E08000027 332 Dudley
  E08000028 333 Sandwell
  E08000029 334 Solihull
  E08000030 335 Walsall
  E08000031 336 Wolverhampton
  E10000028 860 Staffordshire
  E10000031 937 Warwickshire
  E10000034 885 Worcestershire
E12000006 East of England
  E06000031 874 Peterborough
  E06000032 821 Luton
  E06000033 882 Southend-on-Sea
  E06000034 883 Thurrock
  E06000055 822 Bedford
  E06000056 823 Central Bedfordshire
  E10000003 873 Cambridgeshire
  E10000012 881 Essex
  E10000015 919 Hertfordshire
  E10000020 926 Norfolk
  E10000029 935 Suffolk
E12000007 London
  E09000001 201 City of London
  E09000002 301 Barking and Dagenham
  E09000003 302 Barnet
  E09000004 303 Bexley
  E09000005 304 Brent
  E09000006 305 Bromley
  E09000007 202 Camden
  E09000008 306 Croydon
  E09000009 307 Ealing
  E09000010 308 Enfield
  E09000011 203 Greenwich
  E09000012 204 Hackney
  E09000013 205 Hammersmith and Fulham
  E09000014 309 Haringey
  E09000015 310 Harrow
  E09000016 311 Havering
  E09000017 312 Hillingdon
  E09000018 313 Hounslow
  E09000019 206 Islington
  E09000020 207 Kensington and Chelsea
  E09000021 314 Kingston upon Thames
  E09000022 208 Lambeth
  E09000023 209 Lewisham
  E09000024 315 Merton
  E09000025 316 Newham
  E09000026 317 Redbridge
  E09000027 318 Richmond upon Thames
  E09000028 210 Southwark
  E09000029 319 Sutton
  E09000030 211 Tower Hamlets
  E09000031 320 Waltham Forest
  E09000032 212 Wandsworth
  E09000033 213 Westminster
E12000008 South East
  E06000035 887 Medway
  E06000036 867 Bracknell Forest
  E06000037 869 West Berkshire
  E06000038 870 Reading
  E06000039 871 Slough
  E06000040 868 Windsor and Maidenhead
  E06000041 872 Wokingham
  E06000042 826 Milton Keynes
  E06000043 846 Brighton and Hove
  E06000044 851 Portsmouth
  E06000045 852 Southampton
  E06000046 921 Isle of Wight
  E06000060 825 Buckinghamshire
  E10000011 845 East Sussex
  E10000014 850 Hampshire
  E10000016 886 Kent
  E10000025 931 Oxfordshire
  E10000030 936 Surrey
  E10000032 938 West Sussex
E12000009 South West
  E06000022 800 Bath and North East Somerset
  E06000023 801 Bristol, City of
  E06000024 802 North Somerset
  E06000025 803 South Gloucestershire
  E06000026 879 Plymouth
  E06000027 880 Torbay
  E06000030 866 Swindon
  E06000052 908 Cornwall
  E06000053 420 Isles of Scilly
  E06000054 865 Wiltshire
  E06000058 839 Bournemouth, Christchurch and Poole
  E06000059 838 Dorset
  E06000066 933 Somerset
  E10000008 878 Devon
  E10000013 916 Gloucestershire
`;

interface Place {
  level: 'National' | 'Regional' | 'Local authority';
  where: string[]; // region_code, region_name, new_la_code, la_name, old_la_code
  size: number; // roughly, how many average LAs of schools it holds
}

const csvText = (value: string): string =>
  /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/** mulberry32: a small seeded PRNG, so the same seed always writes the same bytes. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The two LAs with only one or two schools per phase, whose rows DfE suppresses.
const TINY_LAS = new Set(['E09000001', 'E06000053']);

function places(random: () => number): Place[] {
  const regions: Place[] = [];
  const las: Place[] = [];
  for (const line of GEOGRAPHY.split('\n').filter((l) => l.trim() !== '')) {
    const [code = '', rest = ''] = line.trim().split(/ (.*)/);
    const region = regions.at(-1);
    if (!line.startsWith(' ')) {
      regions.push({ level: 'Regional', where: [code, rest, '', '', ''], size: 0 });
    } else if (region) {
      const [oldLaCode = '', laName = ''] = rest.split(/ (.*)/);
      const size = TINY_LAS.has(code) ? 0.01 : 0.3 + 1.7 * random();
      las.push({
        level: 'Local authority',
        where: [...region.where.slice(0, 2), code, laName, oldLaCode],
        size,
      });
      region.size += size;
    }
  }
  const size = las.reduce((sum, la) => sum + la.size, 0);
  // Local authorities first, so the first data row (line 2) is always an LA row.
  return [...las, { level: 'National', where: ['', '', '', '', ''], size }, ...regions];
}

const PHASES = ['Primary', 'Secondary', 'Special', 'Total'] as const;
type Phase = (typeof PHASES)[number];
const PHASE_SCALE: Record<Phase, { schools: number; pupils: number; absence: number }> = {
  Primary: { schools: 110, pupils: 230, absence: 1 },
  Secondary: { schools: 22, pupils: 1050, absence: 1.45 },
  Special: { schools: 7, pupils: 120, absence: 1.75 },
  Total: { schools: 139, pupils: 360, absence: 1.2 },
};

// Mean rate (% of possible sessions, primary) of each reason; authorised and unauthorised absence are their sums.
const AUTHORISED: [string, number][] = [
  ['illness_perc', 2.6],
  ['appointments_perc', 0.45],
  ['auth_religious_perc', 0.03],
  ['auth_study_perc', 0.02],
  ['auth_excluded_perc', 0.03],
  ['auth_other_perc', 0.6],
];
const UNAUTHORISED: [string, number][] = [
  ['unauth_hol_perc', 0.3],
  ['unauth_oth_perc', 1.1],
  ['unauth_late_registers_closed_perc', 0.2],
  ['unauth_not_yet_perc', 0.15],
];
// Like the rare register codes added in 2024/25 (C1, J1, C2): mostly 0 at one decimal place.
const SYNTHETIC: [string, number][] = Array.from({ length: 9 }, (_, i) => [
  `synthetic_reason_rate_${i + 1}`,
  0.005 * (i + 1),
]);

export const HEADER: readonly string[] = [
  ...'time_period time_identifier geographic_level country_code country_name region_code'.split(' '),
  ...'region_name new_la_code la_name old_la_code education_phase num_schools enrolments'.split(' '),
  ...'attendance_perc overall_absence_perc authorised_absence_perc unauthorised_absence_perc'.split(' '),
  ...[...AUTHORISED, ...UNAUTHORISED, ...SYNTHETIC].map(([name]) => name),
];

// ISO weeks with registers open: the three terms less half terms and holidays.
const SCHOOL_WEEKS = [
  37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49, 50, 51, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 16, 17, 18, 19,
  20, 21, 23, 24, 25, 26, 27, 28, 29,
];

// Academic years from 2022/23, the first of the weekly collection, for as long as the rows asked for need.
function* schoolWeeks(): Generator<{ year: number; week: number; winter: number }> {
  for (let academicYear = 2022; ; academicYear += 1) {
    for (const week of SCHOOL_WEEKS) {
      const winter = week >= 45 || week <= 9 ? 1.25 : 1;
      yield { year: week >= 37 ? academicYear : academicYear + 1, week, winter };
    }
  }
}

const rate = (value: number): string => String(Math.round(value * 10) / 10);

/** The indicator cells of one row: counts, headline rates, reason rates; about 1% `c` or `x`. */
function indicators(random: () => number, phase: Phase, size: number, winter: number): string[] {
  const scale = PHASE_SCALE[phase];
  const schools = Math.max(1, Math.round(scale.schools * size * (0.9 + 0.2 * random())));
  const pupils = Math.round(schools * scale.pupils * (0.9 + 0.2 * random()));
  const jitter = ([, mean]: [string, number]): number =>
    mean * winter * scale.absence * (0.6 + 0.8 * random());
  const authorised = AUTHORISED.map(jitter);
  const unauthorised = UNAUTHORISED.map(jitter);
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const overall = sum(authorised) + sum(unauthorised);
  // DfE suppresses every figure of a group with fewer than three schools.
  if (schools < 3) return [String(schools), ...HEADER.slice(HEADER.indexOf('enrolments')).map(() => 'c')];
  const rates = [100 - overall, overall, sum(authorised), sum(unauthorised), ...authorised, ...unauthorised];
  const cells = [...rates, ...SYNTHETIC.map(jitter)].map((value) => {
    const r = random();
    return r < 0.005 ? 'c' : r < 0.01 ? 'x' : rate(value);
  });
  return [String(schools), String(pupils), ...cells];
}

export interface GenerateOptions {
  rows: number;
  out: string;
  seed?: number;
  /** Pads `la_name` of the first data row (line 2, an LA) to this many bytes: the very-long-line case. */
  longFieldBytes?: number;
}

/** Streams a header and `rows` data rows (weeks × places × phases) to `out`; returns the rows and bytes written. */
export async function generateLargeCsv(options: GenerateOptions): Promise<{ rows: number; bytes: number }> {
  const random = prng(options.seed ?? 1);
  const all = places(random);
  await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  const stream = createWriteStream(options.out);
  let bytes = 0;
  let pending = '';
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(pending);
    const ok = stream.write(pending);
    pending = '';
    if (!ok) await once(stream, 'drain');
  };

  pending = HEADER.join(',') + '\n';
  let written = 0;
  let longField = options.longFieldBytes ?? 0;
  weeks: for (const { year, week, winter } of schoolWeeks()) {
    for (const place of all) {
      for (const phase of place.level === 'Local authority' ? PHASES.slice(0, 3) : PHASES) {
        if (written === options.rows) break weeks;
        const where = [...place.where];
        if (longField > 0 && place.level === 'Local authority') {
          where[3] = `${where[3]} `.repeat(Math.ceil(longField / 4)).slice(0, longField);
          longField = 0;
        }
        const id = [
          String(year),
          `Week ${week}`,
          place.level,
          'E92000001',
          'England',
          ...where.map(csvText),
          phase,
        ];
        pending += [...id, ...indicators(random, phase, place.size, winter)].join(',') + '\n';
        written += 1;
        if (pending.length >= 1 << 16) await flush();
      }
    }
  }
  await flush();
  stream.end();
  await finished(stream);
  return { rows: written, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'long-field-bytes': { type: 'string', default: '0' },
    },
  });
  const [rows, seed, longFieldBytes] = [values.rows, values.seed, values['long-field-bytes']].map(Number);
  if (!values.out) throw new Error('missing --out: where to write the CSV, e.g. --out .tmp/large.csv');
  for (const [flag, value] of Object.entries({ rows, seed, 'long-field-bytes': longFieldBytes })) {
    if (!Number.isInteger(value) || (value ?? -1) < 0)
      throw new Error(`--${flag} must be a whole number ≥ 0`);
  }
  const started = performance.now();
  const result = await generateLargeCsv({ rows: rows ?? 0, out: values.out, seed, longFieldBytes });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${result.bytes} bytes (${result.rows} rows) to ${values.out} in ${seconds} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
