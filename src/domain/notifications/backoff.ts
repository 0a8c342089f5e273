/**
 * Retrying a subscribe message that failed for a reason that may pass (network error, system
 * busy, rate limit). `attempt` counts the sends already tried for the row, the failed one
 * included: 1 after the first failure.
 *
 * Schedule: 1 min after attempt 1, then 2, 4, 8, 16 min; the 6th attempt is the last one, so a row
 * is given up ("failed", shown to the committee) about 31 minutes after its first try. The delay
 * doubles without bound in principle, so it is capped at 60 min: should MAX_ATTEMPTS ever be raised,
 * no row waits more than an hour between tries.
 */
export const MAX_ATTEMPTS = 6;
export const BASE_RETRY_DELAY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

function assertAttempt(attempt: number): void {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`attempt must be a whole number from 1: ${String(attempt)}`);
  }
}

/** How long to wait after failed attempt number `attempt` (1-based) before the next one. */
export function retryDelayMs(attempt: number): number {
  assertAttempt(attempt);
  // 2 ** 6 minutes already exceeds the cap; clamping the exponent keeps huge attempts finite.
  return Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** Math.min(attempt - 1, 30));
}

export type NextAttempt = { retry: true; at: number } | { retry: false };

/** After failed attempt `attempt` at `nowMs`: when to try again, or give up after MAX_ATTEMPTS. */
export function nextAttempt(attempt: number, nowMs: number): NextAttempt {
  assertAttempt(attempt);
  if (attempt >= MAX_ATTEMPTS) return { retry: false };
  return { retry: true, at: nowMs + retryDelayMs(attempt) };
}

export type SendOutcome = 'sent' | 'no_consent' | 'retry' | 'permanent';

/** WeChat errcodes that no retry can fix: the row fails at once. */
const PERMANENT_ERRCODES: ReadonlySet<number> = new Set([
  40003, // invalid openid
  40037, // invalid template id
  47003, // template data does not match the template (e.g. a thing.* value too long)
]);

/** Out of subscribe-message consent for this template. */
export const NO_CONSENT_ERRCODE = 43101;

/**
 * What a subscribe-message send result means for the outbox row. `null` is a send that got no
 * answer (network error, timeout). 43101 (no consent left) is skipped and never retried: only
 * the user can grant a new credit. Unknown codes, -1 (system busy) and 45009 (rate limit) retry.
 */
export function classifySendError(errcode: number | null): SendOutcome {
  if (errcode === 0) return 'sent';
  if (errcode === NO_CONSENT_ERRCODE) return 'no_consent';
  if (errcode !== null && PERMANENT_ERRCODES.has(errcode)) return 'permanent';
  return 'retry';
}
