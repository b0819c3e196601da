import { text, urlContract, type UrlChange } from './url-fields';

/**
 * The SQL console's query as the address holds it: at most one of the three is written (see query-link, which
 * chooses the form that keeps the whole address short enough for any host).
 */
export interface ConsoleUrl {
  /** The query as text: `?sql.q=SELECT…`; every link written before packing existed has this. */
  text: string | undefined;
  /** The query packed: `?sql.z=1.<base64url>`. */
  packed: string | undefined;
  /** Where this tab keeps a query too long for a link: `?sql.tab=<key>`. */
  tab: string | undefined;
}

export const CONSOLE_KEYS = { text: 'sql.q', packed: 'sql.z', tab: 'sql.tab' } as const;

export const consoleUrl = urlContract<ConsoleUrl>({
  text: text(CONSOLE_KEYS.text),
  packed: text(CONSOLE_KEYS.packed),
  tab: text(CONSOLE_KEYS.tab),
});

/** The change that puts the query in the address in one form and clears the other two. */
export const queryChange = (form: keyof ConsoleUrl, value: string): UrlChange =>
  consoleUrl.write({ ...NONE, [form]: value });

const NONE: ConsoleUrl = { text: undefined, packed: undefined, tab: undefined };
