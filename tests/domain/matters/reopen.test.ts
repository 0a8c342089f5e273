import { autoCloseDue, canReopen, ratingSchema, REOPEN_WINDOW_DAYS } from '@domain/matters/reopen';
import { shanghaiWallClockToMs } from '@domain/time';

const HOUR = 60 * 60 * 1000;

describe('reopen window after a matter is resolved', () => {
  const resolvedAt = shanghaiWallClockToMs('2026-12-05', '23:30');

  it('is seven days', () => {
    expect(REOPEN_WINDOW_DAYS).toBe(7);
  });

  it('lets the author reopen until just before 7 x 24 hours have passed, then closes', () => {
    const edge = resolvedAt + 7 * 24 * HOUR;
    expect(canReopen(resolvedAt, resolvedAt)).toBe(true);
    expect(canReopen(resolvedAt, edge - 1)).toBe(true);
    expect(autoCloseDue(resolvedAt, edge - 1)).toBe(false);
    expect(canReopen(resolvedAt, edge)).toBe(false);
    expect(autoCloseDue(resolvedAt, edge)).toBe(true);
    expect(autoCloseDue(resolvedAt, edge + 30 * 24 * HOUR)).toBe(true);
  });

  it('counts elapsed time, not calendar days: resolved late at night still gets the full week', () => {
    // 12-12 00:10 Shanghai is seven calendar dates later but only six days and 40 minutes on.
    expect(canReopen(resolvedAt, shanghaiWallClockToMs('2026-12-12', '00:10'))).toBe(true);
    expect(canReopen(resolvedAt, shanghaiWallClockToMs('2026-12-12', '23:29'))).toBe(true);
    expect(canReopen(resolvedAt, shanghaiWallClockToMs('2026-12-12', '23:30'))).toBe(false);
  });

  it('treats a now slightly before the resolve time (clock skew) as inside the window', () => {
    expect(canReopen(resolvedAt, resolvedAt - 5000)).toBe(true);
    expect(autoCloseDue(resolvedAt, resolvedAt - 5000)).toBe(false);
  });
});

describe('rating', () => {
  it('accepts whole stars from 1 to 5', () => {
    for (const n of [1, 2, 3, 4, 5]) expect(ratingSchema.parse(n)).toBe(n);
  });

  it('refuses anything else with a Chinese message', () => {
    for (const bad of [0, 6, 3.5, -1, '4', null, Number.NaN]) {
      const result = ratingSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(ratingSchema.safeParse(0).error?.issues[0].message).toBe('评分最低1星');
    expect(ratingSchema.safeParse(6).error?.issues[0].message).toBe('评分最高5星');
    expect(ratingSchema.safeParse(2.5).error?.issues[0].message).toBe('评分须为1到5的整数');
  });
});
