import { DIGEST_WINDOW_MS, digestKey, isDigested, nextDigestSendAt } from '@domain/notifications/digest';

describe('digestKey', () => {
  it('is one key per user and matter', () => {
    expect(digestKey('u1', 'matter', 'm1')).toBe(digestKey('u1', 'matter', 'm1'));
    expect(digestKey('u1', 'matter', 'm1')).not.toBe(digestKey('u2', 'matter', 'm1'));
    expect(digestKey('u1', 'matter', 'm1')).not.toBe(digestKey('u1', 'matter', 'm2'));
    expect(digestKey('u1', 'matter', 'm1')).not.toBe(digestKey('u1', 'visit', 'm1'));
  });

  it('cannot be forged by an id that contains the separator', () => {
    expect(digestKey('a:b', 'matter', 'c')).not.toBe(digestKey('a', 'b:matter', 'c'));
    expect(digestKey('u', 'matter', 'x:y')).not.toBe(digestKey('u:matter', 'x', 'y'));
  });
});

describe('nextDigestSendAt', () => {
  const now = Date.UTC(2026, 11, 4, 2, 0);

  it('sends now when nothing was sent yet', () => {
    expect(DIGEST_WINDOW_MS).toBe(3_600_000);
    expect(nextDigestSendAt(null, now)).toBe(now);
  });

  it('holds the next message until an hour after the last one', () => {
    expect(nextDigestSendAt(now - 1, now)).toBe(now - 1 + DIGEST_WINDOW_MS);
    expect(nextDigestSendAt(now - 59 * 60_000, now)).toBe(now + 60_000);
    expect(nextDigestSendAt(now - DIGEST_WINDOW_MS + 1, now)).toBe(now + 1);
  });

  it('sends now once the hour has passed', () => {
    expect(nextDigestSendAt(now - DIGEST_WINDOW_MS, now)).toBe(now);
    expect(nextDigestSendAt(now - 5 * DIGEST_WINDOW_MS, now)).toBe(now);
  });
});

describe('isDigested', () => {
  it('never holds back news about the person’s own booking', () => {
    for (const kind of [
      'booking_confirmed',
      'waitlist_promoted',
      'slot_cancelled',
      'visit_day_moved',
      'visit_reminder',
    ]) {
      expect(isDigested(kind)).toBe(false);
    }
  });

  it('digests updates on followed matters', () => {
    expect(isDigested('matter_replied')).toBe(true);
    expect(isDigested('matter_status_changed')).toBe(true);
    expect(isDigested('')).toBe(true);
  });
});
