import { shanghaiWallClockToMs } from '@domain/time';
import { dayBeforeReminderAt, morningReminderAt, remindersDue } from '@domain/notifications/reminderSchedule';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);
const MIN = 60_000;

describe('reminder moments', () => {
  it('falls at 18:00 the day before and 07:30 on the day, Shanghai time', () => {
    // 18:00 Shanghai is 10:00 UTC; 07:30 Shanghai is 23:30 UTC the day before.
    expect(dayBeforeReminderAt('2026-12-05')).toBe(Date.UTC(2026, 11, 4, 10, 0));
    expect(morningReminderAt('2026-12-05')).toBe(Date.UTC(2026, 11, 4, 23, 30));
    expect(dayBeforeReminderAt('2026-12-15')).toBe(at('2026-12-14', '18:00'));
    expect(dayBeforeReminderAt('2026-12-25')).toBe(at('2026-12-24', '18:00'));
  });

  it('reaches back into the previous month for a visit day moved to the 1st', () => {
    expect(dayBeforeReminderAt('2026-12-01')).toBe(at('2026-11-30', '18:00'));
    expect(dayBeforeReminderAt('2026-11-01')).toBe(at('2026-10-31', '18:00'));
    expect(dayBeforeReminderAt('2027-01-01')).toBe(at('2026-12-31', '18:00'));
    expect(dayBeforeReminderAt('2028-03-01')).toBe(at('2028-02-29', '18:00'));
    expect(dayBeforeReminderAt('2027-03-01')).toBe(at('2027-02-28', '18:00'));
    expect(morningReminderAt('2027-01-01')).toBe(Date.UTC(2026, 11, 31, 23, 30));
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => dayBeforeReminderAt('2026-02-30')).toThrow('calendar date');
    expect(() => morningReminderAt('5 Dec')).toThrow('calendar date');
  });
});

describe('remindersDue', () => {
  const days = ['2026-12-05', '2026-12-15', '2026-12-25'];

  it('sends the day-before reminder from a timer that fires on time', () => {
    const run = at('2026-12-04', '18:00');
    expect(remindersDue(run, run - 30 * MIN, days)).toEqual([{ date: '2026-12-05', kind: 'day_before' }]);
    expect(remindersDue(run - 1, run - 30 * MIN, days)).toEqual([]);
  });

  it('sends the morning reminder on the day', () => {
    const run = at('2026-12-05', '07:30');
    expect(remindersDue(run, run - 30 * MIN, days)).toEqual([{ date: '2026-12-05', kind: 'morning' }]);
  });

  it('still sends from a timer that fires late', () => {
    const lastRun = at('2026-12-04', '17:30');
    expect(remindersDue(at('2026-12-04', '19:47'), lastRun, days)).toEqual([
      { date: '2026-12-05', kind: 'day_before' },
    ]);
  });

  it('sends nothing new when the timer fires twice', () => {
    const first = at('2026-12-04', '18:00');
    expect(remindersDue(first, first - 30 * MIN, days)).toHaveLength(1);
    expect(remindersDue(first, first, days)).toEqual([]);
    expect(remindersDue(first + 5_000, first, days)).toEqual([]);
    expect(remindersDue(first - 5_000, first, days)).toEqual([]);
  });

  it('walks a month of half-hourly runs and sends each reminder exactly once', () => {
    const sent: string[] = [];
    const start = at('2026-11-28', '00:00');
    for (let last = start; last < at('2027-01-02', '00:00'); last += 30 * MIN) {
      for (const r of remindersDue(last + 30 * MIN, last, ['2026-12-01', ...days, '2027-01-01'])) {
        sent.push(`${r.date} ${r.kind}`);
      }
    }
    expect(sent).toEqual([
      '2026-12-01 day_before',
      '2026-12-01 morning',
      '2026-12-05 day_before',
      '2026-12-05 morning',
      '2026-12-15 day_before',
      '2026-12-15 morning',
      '2026-12-25 day_before',
      '2026-12-25 morning',
      '2027-01-01 day_before',
      '2027-01-01 morning',
    ]);
  });

  it('sends the day-before reminder for a moved visit day on the 1st on the last day of the month', () => {
    const lastRun = at('2026-11-30', '17:00');
    expect(remindersDue(at('2026-11-30', '18:00'), lastRun, ['2026-12-01'])).toEqual([
      { date: '2026-12-01', kind: 'day_before' },
    ]);
    expect(remindersDue(at('2026-12-31', '18:00'), at('2026-12-31', '17:00'), ['2027-01-01'])).toEqual([
      { date: '2027-01-01', kind: 'day_before' },
    ]);
  });

  it('after a long outage sends only the morning reminder and nothing for a visit day that is over', () => {
    const lastRun = at('2026-12-03', '12:00');
    expect(remindersDue(at('2026-12-05', '08:00'), lastRun, days)).toEqual([{ date: '2026-12-05', kind: 'morning' }]);
    expect(remindersDue(at('2026-12-06', '08:00'), lastRun, days)).toEqual([]);
  });

  it('orders by moment and counts a repeated date once', () => {
    const lastRun = at('2026-12-04', '07:00');
    const now = at('2026-12-04', '18:00');
    expect(remindersDue(now, lastRun, ['2026-12-05', '2026-12-04', '2026-12-05'])).toEqual([
      { date: '2026-12-04', kind: 'morning' },
      { date: '2026-12-05', kind: 'day_before' },
    ]);
  });
});
