import { repeatedCount } from './repeated-rows';

/**
 * Symbols DfE and the GSS use in place of a number. A symbol is a gap with a reason, never a zero: the value becomes
 * NULL and the symbol is kept beside it so a chart can say why the point is missing.
 */
export const MISSING_SYMBOLS: Readonly<Record<string, string>> = {
  c: 'suppressed to protect confidentiality (small numbers)',
  x: 'not available',
  z: 'not applicable',
  low: 'a positive figure that rounds to zero',
  k: 'a positive figure that rounds to zero',
  u: 'low reliability, so not published',
  ':': 'not available',
  '~': 'a very small figure that rounds to zero',
  NA: 'not available',
  '-': 'no figure published for this period',
  '.': 'not applicable',
  '..': 'not available',
  // Not an EES symbol, but DfE's weekly files carry it where a rate had nothing to divide by.
  NaN: 'no figure (the file says NaN: a rate with nothing to divide by)',
  // Not a symbol of the standard, but genuine EES files carry it (SEN2, 2018) where a figure was never collected.
  NULL: 'no figure collected',
  '': 'no value given in the file',
};

/** Marks a period with no row at all for an area (the file skips it), as opposed to a row holding a symbol. */
export const NO_ROW = 'no row';

/** Why a value is missing, in words, for a symbol found in a file (case and padding ignored). */
export function explainMissing(symbol: string | null | undefined): string {
  const key = (symbol ?? '').trim();
  if (key === NO_ROW) return 'the file has no row for this area and period';
  const repeated = repeatedCount(key);
  if (repeated !== null)
    return `the file has ${repeated} rows for this area and period with these choices, with different figures, and nothing among them to tell which one to show`;
  const known = MISSING_SYMBOLS[key] ?? MISSING_SYMBOLS[key.toLowerCase()];
  if (known) return key === '' ? known : `“${key}”: ${known}`;
  return `“${key}” is not a number`;
}

export function isMissingSymbol(text: string): boolean {
  const key = text.trim();
  return key in MISSING_SYMBOLS || key.toLowerCase() in MISSING_SYMBOLS;
}

/** The 2019/20 annual gap deserves its own sentence, in DfE's words (Pupil absence in schools: autumn term 2019/20). */
export function explainPeriodGap(periodLabel: string, grain: string): string | null {
  if (grain === 'Academic year' && periodLabel === '2019/20') {
    return (
      'No annual figures for 2019/20: DfE published the autumn term 2019 only; with the spring and summer terms ' +
      'disrupted by COVID-19, there was no two-term or full-year release.'
    );
  }
  return null;
}
