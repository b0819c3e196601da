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
