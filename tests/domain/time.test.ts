import {
  formatShanghai,
  formatShanghaiDay,
  formatWhen,
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

describe('formatWhen: the one way a moment is shown', () => {
  const now = Date.UTC(2026, 11, 5, 6, 5); // 2026-12-05 14:05 in Shanghai
  const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

  it('says 今天 and 昨天 with the time, by the Shanghai calendar day', () => {
    expect(formatWhen(at('2026-12-05', '00:00'), now)).toBe('今天 00:00');
    expect(formatWhen(at('2026-12-05', '23:59'), now)).toBe('今天 23:59');
    expect(formatWhen(at('2026-12-04', '23:59'), now)).toBe('昨天 23:59');
    expect(formatWhen(at('2026-12-04', '00:00'), now)).toBe('昨天 00:00');
    expect(formatWhen(at('2026-12-06', '19:00'), now)).toBe('12月6日 19:00');
  });

  it('gives month and day with the time within the year, and the year without the time before it', () => {
    expect(formatWhen(at('2026-12-03', '14:05'), now)).toBe('12月3日 14:05');
    expect(formatWhen(at('2026-01-01', '08:00'), now)).toBe('1月1日 08:00');
    expect(formatWhen(at('2025-12-31', '22:00'), now)).toBe('2025年12月31日');
    expect(formatWhen(at('2027-01-02', '09:00'), now)).toBe('2027年1月2日');
  });

  it('counts days in Shanghai even just after midnight there (16:xx UTC the day before)', () => {
    const justAfterMidnight = Date.UTC(2026, 11, 4, 16, 30); // 2026-12-05 00:30 in Shanghai
    expect(formatWhen(Date.UTC(2026, 11, 4, 15, 59), justAfterMidnight)).toBe('昨天 23:59');
    expect(formatWhen(Date.UTC(2026, 11, 4, 16, 0), justAfterMidnight)).toBe('今天 00:00');
  });
});
