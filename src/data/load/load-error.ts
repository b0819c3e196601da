/** A file we could not load: which file, where in it, what is wrong and what the user can do about it. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly fileName: string,
    readonly problem: string,
    readonly advice: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(LoadError.describe(fileName, problem, advice, line, column));
  }

  static describe(fileName: string, problem: string, advice: string, line?: number, column?: string): string {
    const where = [
      line === undefined ? null : `line ${line}`,
      column === undefined ? null : `column “${column}”`,
    ]
      .filter(Boolean)
      .join(', ');
    return `${fileName}${where ? ` (${where})` : ''}: ${problem} ${advice}`;
  }
}

/** What a load stopped by the user's Cancel reports: nothing of the file was kept. */
export const cancelledLoad = (fileName: string): LoadError =>
  new LoadError(fileName, 'Loading was cancelled.', 'Nothing of it was kept; add the file again to load it.');
