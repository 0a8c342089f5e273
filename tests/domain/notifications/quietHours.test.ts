import { shanghaiWallClockToMs } from '@domain/time';
import { QUIET_END, QUIET_START, isQuietTime, nextSendableAt } from '@domain/notifications/quietHours';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

describe('isQuietTime', () => {
  it('is quiet from 22:00 to 07:00 Shanghai', () => {
    expect(QUIET_START).toBe('22:00');
    expect(QUIET_END).toBe('07:00');
    expect(isQuietTime(at('2026-12-04', '21:59'))).toBe(false);
    expect(isQuietTime(at('2026-12-04', '22:00') - 1)).toBe(false);
    expect(isQuietTime(at('2026-12-04', '22:00'))).toBe(true);
    expect(isQuietTime(at('2026-12-04', '23:59'))).toBe(true);
    expect(isQuietTime(at('2026-12-05', '00:00'))).toBe(true);
    expect(isQuietTime(at('2026-12-05', '06:59'))).toBe(true);
    expect(isQuietTime(at('2026-12-05', '07:00') - 1)).toBe(true);
    expect(isQuietTime(at('2026-12-05', '07:00'))).toBe(false);
    expect(isQuietTime(at('2026-12-05', '12:00'))).toBe(false);
  });

  it('reads the Shanghai clock, not the server clock', () => {
    // 14:00 UTC is 22:00 in Shanghai; 23:00 UTC is 07:00 the next day in Shanghai.
    expect(isQuietTime(Date.UTC(2026, 11, 4, 13, 59))).toBe(false);
    expect(isQuietTime(Date.UTC(2026, 11, 4, 14, 0))).toBe(true);
    expect(isQuietTime(Date.UTC(2026, 11, 4, 22, 59))).toBe(true);
    expect(isQuietTime(Date.UTC(2026, 11, 4, 23, 0))).toBe(false);
  });
});

describe('nextSendableAt', () => {
  it('sends at once outside quiet hours', () => {
    const now = at('2026-12-04', '21:59') + 59_999;
    expect(nextSendableAt(now)).toBe(now);
    expect(nextSendableAt(at('2026-12-05', '07:00'))).toBe(at('2026-12-05', '07:00'));
  });

  it('waits for 07:00 the next day in the evening and the same day after midnight', () => {
    expect(nextSendableAt(at('2026-12-04', '22:00'))).toBe(at('2026-12-05', '07:00'));
    expect(nextSendableAt(at('2026-12-04', '22:30'))).toBe(at('2026-12-05', '07:00'));
    expect(nextSendableAt(at('2026-12-05', '03:00'))).toBe(at('2026-12-05', '07:00'));
    expect(nextSendableAt(at('2026-12-05', '06:59'))).toBe(at('2026-12-05', '07:00'));
    // 07:00 Shanghai is 23:00 UTC the evening before.
    expect(nextSendableAt(at('2026-12-04', '22:30'))).toBe(Date.UTC(2026, 11, 4, 23, 0));
  });

  it('crosses month and year ends and 29 February', () => {
    expect(nextSendableAt(at('2026-11-30', '23:15'))).toBe(at('2026-12-01', '07:00'));
    expect(nextSendableAt(at('2026-12-31', '22:00'))).toBe(at('2027-01-01', '07:00'));
    expect(nextSendableAt(at('2027-01-01', '00:30'))).toBe(at('2027-01-01', '07:00'));
    expect(nextSendableAt(at('2028-02-28', '22:01'))).toBe(at('2028-02-29', '07:00'));
    expect(nextSendableAt(at('2027-02-28', '22:01'))).toBe(at('2027-03-01', '07:00'));
    expect(isQuietTime(at('2026-12-31', '21:59'))).toBe(false);
    expect(isQuietTime(at('2027-01-01', '06:59'))).toBe(true);
  });
});
