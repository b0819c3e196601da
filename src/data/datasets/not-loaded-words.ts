import type { NotLoadedReason } from './stored-files';

const STILL_KEPT = 'It is still kept in this browser.';

/**
 * What happened to a kept file that is not loaded this time, in the user's words. It says what the page saw (a
 * fault, a Cancel, a problem with the file) and nothing it did not: a fault during a load may have other causes
 * than the file.
 */
export function notLoadedMessage(reason: NotLoadedReason): string {
  switch (reason.kind) {
    case 'fault':
      return `The data engine stopped while this file was loading (${reason.detail}). The engine was restarted with your other data. ${STILL_KEPT}`;
    case 'cancelled':
      return `Loading was cancelled. ${STILL_KEPT}`;
    case 'problem':
      return `${reason.detail} ${STILL_KEPT}`;
    case 'held-back':
      return `Not loaded at start-up: the data engine stopped while loading this file on each of the last ${reason.faults} tries, so it waits for you. ${STILL_KEPT}`;
    case 'left-out':
      return `The data engine stopped again before it could answer anything, so it was restarted without your added files. ${STILL_KEPT}`;
  }
}

/** The innermost error's own words: a wrapper's message repeats or paraphrases them. */
function innermostMessage(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  for (let seen = error, depth = 0; seen instanceof Error && depth < 5; depth++) {
    if (seen.message) message = seen.message;
    seen = seen.cause;
  }
  return message;
}

/**
 * What the engine said when it broke, as a clause: running out of memory is said as such (too big for this browser
 * now); anything else in the engine's own first words, never a guess at the cause.
 */
export function faultDetail(error: unknown): string {
  const message = innermostMessage(error);
  if (/out of memory/i.test(message)) return 'it ran out of memory in this browser tab';
  const first = message.split('\n', 1)[0] ?? '';
  return first.replace(/[.\s]+$/, '') || 'no reason was given';
}
