import { QueryObserver, queryOptions } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { answerOf, keepingRows, type Answered } from '../../src/queries/use-answer';
import { freshClient } from '../support/default-datasets';

const built = { sql: 'SELECT value FROM "annual_absence" WHERE level = ?', params: ['National'] };

/** A view's query whose rows name the choice they answer; the second choice's answer waits until released. */
function choiceOptions(choice: string, waitFor: Promise<void>) {
  return queryOptions({
    queryKey: ['choice', choice] as const,
    queryFn: async () => {
      if (choice === 'second') await waitFor;
      return { rows: [{ choice }], query: built };
    },
    staleTime: Infinity,
  });
}

interface QueryState {
  data: Answered | undefined;
  isSuccess: boolean;
  isPlaceholderData: boolean;
}

describe('answerOf: the rows, their SQL and whether they answer the current choices', () => {
  test.each<[string, QueryState, unknown[], 'SQL' | null, boolean]>([
    ['nothing yet', { data: undefined, isSuccess: false, isPlaceholderData: false }, [], null, false],
    [
      'answered',
      { data: { rows: [1], query: built }, isSuccess: true, isPlaceholderData: false },
      [1],
      'SQL',
      true,
    ],
    [
      'kept from before',
      { data: { rows: [1], query: built }, isSuccess: true, isPlaceholderData: true },
      [1],
      'SQL',
      false,
    ],
    [
      'nothing to ask',
      { data: { rows: [], query: null }, isSuccess: true, isPlaceholderData: false },
      [],
      null,
      true,
    ],
  ])('%s', (_, query, rows, sql, ready) => {
    const answer = answerOf(query);
    expect(answer.rows).toEqual(rows);
    expect(answer.ready).toBe(ready);
    if (sql === null) expect(answer.sql).toBeNull();
    else expect(answer.sql).toContain(`level = 'National'`);
  });
});

describe('keepingRows: the one place old rows stay while new ones load', () => {
  test.each([
    ['kept', true, [{ choice: 'first' }], true],
    ['not kept', false, [], false],
  ])('%s', async (_, keep, whileLoading, placeholder) => {
    const client = freshClient();
    let release = () => {};
    const second = new Promise<void>((resolve) => (release = resolve));
    const optionsOf = (choice: string) => {
      const options = choiceOptions(choice, second);
      return keep ? keepingRows(options) : options;
    };
    const observer = new QueryObserver(client, optionsOf('first'));
    const unsubscribe = observer.subscribe(() => {});
    await expect.poll(() => observer.getCurrentResult().isSuccess).toBe(true);

    observer.setOptions(optionsOf('second'));
    const loading = observer.getCurrentResult();
    expect(answerOf(loading).rows).toEqual(whileLoading);
    expect(loading.isPlaceholderData).toBe(placeholder);
    expect(answerOf(loading).ready).toBe(false);

    release();
    await expect.poll(() => answerOf(observer.getCurrentResult()).ready).toBe(true);
    expect(answerOf(observer.getCurrentResult()).rows).toEqual([{ choice: 'second' }]);
    unsubscribe();
  });
});
