import { AppError } from '@domain/errors';
import { assertWithinLimit, dailyLimits, quotaOf, raiseQuotaText, rateWindowStart } from '@domain/matters/rateLimits';
import { shanghaiWallClockToMs } from '@domain/time';

function caught(fn: () => void): AppError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
}

describe('daily rate limits', () => {
  it('are 5 matters, 50 comments and 20 flags a day', () => {
    expect(dailyLimits).toEqual({ matter: 5, comment: 50, flag: 20 });
  });

  it('allows up to the limit and refuses the next one, with a Chinese message', () => {
    expect(caught(() => assertWithinLimit('matter', 0))).toBeUndefined();
    expect(caught(() => assertWithinLimit('matter', 4))).toBeUndefined();
    const error = caught(() => assertWithinLimit('matter', 5));
    expect(error?.code).toBe('RATE_LIMITED');
    expect(error?.message).toBe('今天已提交5条说事，明天再来吧');

    expect(caught(() => assertWithinLimit('comment', 49))).toBeUndefined();
    expect(caught(() => assertWithinLimit('comment', 50))?.message).toBe('今天评论已达50条，明天再来吧');

    expect(caught(() => assertWithinLimit('flag', 19))).toBeUndefined();
    expect(caught(() => assertWithinLimit('flag', 20))?.message).toBe('今天举报已达20次，明天再来吧');
    expect(caught(() => assertWithinLimit('flag', 99))?.code).toBe('RATE_LIMITED');
  });

  it('starts the day at midnight Shanghai time, which is 16:00 UTC the day before', () => {
    const start = rateWindowStart(shanghaiWallClockToMs('2026-12-05', '00:30'));
    expect(new Date(start).toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(rateWindowStart(shanghaiWallClockToMs('2026-12-05', '23:59'))).toBe(start);
    expect(rateWindowStart(shanghaiWallClockToMs('2026-12-04', '23:59'))).toBe(start - 24 * 60 * 60 * 1000);
  });

  it('tells the raise form how many are left today and when the count restarts', () => {
    const now = shanghaiWallClockToMs('2026-12-05', '15:00');
    const quota = quotaOf('matter', 3, now);
    expect(quota).toEqual({ limit: 5, left: 2, resetsAt: shanghaiWallClockToMs('2026-12-06', '00:00') });
    expect(raiseQuotaText(quota)).toBe('今天还可以提 2 件（每人每天最多5件）');
    expect(quotaOf('matter', 7, now).left).toBe(0);
    expect(raiseQuotaText(quotaOf('matter', 5, now))).toBe('今天已提交5件说事，达到每天上限。明天0点后可以再提。');
  });
});
