import { MAX_ATTEMPTS, classifySendError, nextAttempt, retryDelayMs } from '@domain/notifications/backoff';

const MIN = 60_000;

describe('retryDelayMs', () => {
  it('doubles from one minute', () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([1, 2, 4, 8, 16, 32].map((m) => m * MIN));
  });

  it('is capped at 60 minutes', () => {
    expect(retryDelayMs(7)).toBe(60 * MIN);
    expect(retryDelayMs(8)).toBe(60 * MIN);
    expect(retryDelayMs(1000)).toBe(60 * MIN);
  });

  it('refuses an attempt number that is not a whole number from 1', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(-1)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
    expect(() => retryDelayMs(Number.NaN)).toThrow(RangeError);
  });
});

describe('nextAttempt', () => {
  const now = Date.UTC(2026, 11, 4, 2, 0);

  it('retries after the delay until the last attempt', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttempt(1, now)).toEqual({ retry: true, at: now + MIN });
    expect(nextAttempt(2, now)).toEqual({ retry: true, at: now + 2 * MIN });
    expect(nextAttempt(5, now)).toEqual({ retry: true, at: now + 16 * MIN });
  });

  it('gives up after MAX_ATTEMPTS', () => {
    expect(nextAttempt(6, now)).toEqual({ retry: false });
    expect(nextAttempt(7, now)).toEqual({ retry: false });
  });

  it('gives a row six tries over 31 minutes in all', () => {
    let t = now;
    let attempt = 1;
    for (;;) {
      const next = nextAttempt(attempt, t);
      if (!next.retry) break;
      t = next.at;
      attempt += 1;
    }
    expect(attempt).toBe(6);
    expect(t - now).toBe(31 * MIN);
  });
});

describe('classifySendError', () => {
  it.each([
    [0, 'sent'],
    [43101, 'no_consent'],
    [40003, 'permanent'],
    [47003, 'permanent'],
    [40037, 'permanent'],
    [null, 'retry'],
    [-1, 'retry'],
    [45009, 'retry'],
    [12345, 'retry'],
  ] as const)('%p -> %s', (errcode, outcome) => {
    expect(classifySendError(errcode)).toBe(outcome);
  });
});
