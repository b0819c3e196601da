/** Every engine failure becomes one of these, carrying the SQL that failed and the engine's own words. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly sql: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

export function engineMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
