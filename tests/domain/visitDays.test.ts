import { isVisitDay, upcomingVisitDays } from '@domain/visitDays';
import { shanghaiWallClockToMs } from '@domain/time';

describe('visit days (5th, 15th, 25th in Asia/Shanghai)', () => {
  it('lists the next visit days from a Shanghai date, across a month end', () => {
    const now = shanghaiWallClockToMs('2026-11-26', '09:00');
    expect(upcomingVisitDays(now, 4)).toEqual(['2026-12-05', '2026-12-15', '2026-12-25', '2027-01-05']);
  });

  it('counts today when today is a visit day, even at 23:59 Shanghai (15:59 UTC)', () => {
    const now = shanghaiWallClockToMs('2026-12-25', '23:59');
    expect(upcomingVisitDays(now, 1)).toEqual(['2026-12-25']);
  });

  it('uses the Shanghai date, not the UTC date, just after midnight in Shanghai', () => {
    // 2026-12-05 00:30 in Shanghai is still 2026-12-04 in UTC.
    const now = shanghaiWallClockToMs('2026-12-05', '00:30');
    expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(upcomingVisitDays(now, 1)).toEqual(['2026-12-05']);
  });

  it('handles February in a leap year', () => {
    const now = shanghaiWallClockToMs('2028-02-26', '08:00');
    expect(upcomingVisitDays(now, 2)).toEqual(['2028-03-05', '2028-03-15']);
  });

  it('knows a visit day from any other day', () => {
    expect(isVisitDay('2026-12-05')).toBe(true);
    expect(isVisitDay('2026-12-15')).toBe(true);
    expect(isVisitDay('2026-12-25')).toBe(true);
    expect(isVisitDay('2026-12-06')).toBe(false);
    expect(isVisitDay('2026-12-31')).toBe(false);
  });
});
