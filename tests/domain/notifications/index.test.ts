import * as notifications from '@domain/notifications';

describe('notifications index', () => {
  it('re-exports every rule', () => {
    for (const name of [
      'QUIET_START',
      'QUIET_END',
      'isQuietTime',
      'nextSendableAt',
      'MAX_ATTEMPTS',
      'retryDelayMs',
      'nextAttempt',
      'classifySendError',
      'DIGEST_WINDOW_MS',
      'digestKey',
      'nextDigestSendAt',
      'isDigested',
      'truncateThing',
      'formatTimeValue',
      'phraseValue',
      'dayBeforeReminderAt',
      'morningReminderAt',
      'remindersDue',
    ]) {
      expect(notifications).toHaveProperty(name);
    }
  });
});
