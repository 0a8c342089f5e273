import {
  formatShanghai,
  formatShanghaiDay,
  isValidShanghaiDate,
  shanghaiDateOf,
  shanghaiWallClockToMs,
  startOfShanghaiDay,
} from '@domain/time';

describe('time in Asia/Shanghai, whatever zone the process runs in', () => {
  const instant = Date.UTC(2026, 11, 4, 16, 30); // 2026-12-05 00:30 in Shanghai

  it('formats UTC milliseconds as Shanghai wall-clock time', () => {
    expect(formatShanghai(instant)).toBe('2026-12-05 00:30');
    expect(shanghaiDateOf(instant)).toBe('2026-12-05');
  });

  it('turns a Shanghai wall-clock time into UTC milliseconds and back', () => {
    expect(shanghaiWallClockToMs('2026-12-05', '00:30')).toBe(instant);
    expect(startOfShanghaiDay(instant)).toBe(Date.UTC(2026, 11, 4, 16, 0));
  });

  it('names a day the way residents read it', () => {
    expect(formatShanghaiDay('2026-12-05')).toBe('12月5日 周六');
    expect(formatShanghaiDay('2027-01-25')).toBe('1月25日 周一');
  });

  it('validates calendar dates', () => {
    expect(isValidShanghaiDate('2028-02-29')).toBe(true);
    expect(isValidShanghaiDate('2027-02-29')).toBe(false);
    expect(isValidShanghaiDate('2026-13-01')).toBe(false);
    expect(isValidShanghaiDate('5 Dec')).toBe(false);
  });

  it('reports which zone this run uses (the suite runs under TZ=UTC and TZ=Asia/Shanghai)', () => {
    expect(typeof Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('string');
  });
});
