import { shanghaiWallClockToMs } from '@domain/time';
import {
  effectiveVisitDays,
  isBookableDay,
  isVisitDay,
  upcomingVisitDays,
  type VisitDayMove,
} from '@domain/visits/days';

const at = (date: string, time = '09:00') => shanghaiWallClockToMs(date, time);
const dates = (days: { date: string }[]) => days.map((d) => d.date);
const move = (originalDate: string, movedTo: string, reason = '节假日调整'): VisitDayMove => ({
  originalDate,
  movedTo,
  reason,
});

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

describe('the zone this run uses', () => {
  it('is the zone TZ names (the suite runs under TZ=UTC and TZ=Asia/Shanghai)', () => {
    const offset = new Date(2026, 11, 5).getTimezoneOffset();
    if (process.env.TZ === 'UTC') expect(offset).toBe(0);
    if (process.env.TZ === 'Asia/Shanghai') expect(offset).toBe(-480);
  });
});

describe('effectiveVisitDays without moves', () => {
  it('lists the 5th, 15th and 25th from today, across a month end', () => {
    const days = effectiveVisitDays(at('2026-11-26'), 3, []);
    expect(days).toEqual([
      { date: '2026-12-05', originalDate: '2026-12-05', moved: false, reason: '' },
      { date: '2026-12-15', originalDate: '2026-12-15', moved: false, reason: '' },
      { date: '2026-12-25', originalDate: '2026-12-25', moved: false, reason: '' },
    ]);
  });

  it('crosses from December into January', () => {
    expect(dates(effectiveVisitDays(at('2026-12-26'), 4, []))).toEqual([
      '2027-01-05',
      '2027-01-15',
      '2027-01-25',
      '2027-02-05',
    ]);
  });

  it('goes from the 25th of February straight to March in leap and common years', () => {
    expect(dates(effectiveVisitDays(at('2028-02-26'), 2, []))).toEqual(['2028-03-05', '2028-03-15']);
    expect(dates(effectiveVisitDays(at('2028-02-29'), 1, []))).toEqual(['2028-03-05']);
    expect(dates(effectiveVisitDays(at('2027-02-28'), 1, []))).toEqual(['2027-03-05']);
  });

  it('counts today, from Shanghai midnight to 23:59, whatever the UTC date', () => {
    // 2026-12-05 00:00 in Shanghai is 16:00 UTC on the 4th; 23:59 is 15:59 UTC on the 5th.
    expect(at('2026-12-05', '00:00')).toBe(Date.UTC(2026, 11, 4, 16, 0));
    expect(dates(effectiveVisitDays(at('2026-12-05', '00:00'), 1, []))).toEqual(['2026-12-05']);
    expect(dates(effectiveVisitDays(at('2026-12-05', '23:59'), 1, []))).toEqual(['2026-12-05']);
    // One millisecond before Shanghai midnight it is still the 4th there: the 5th is ahead.
    expect(dates(effectiveVisitDays(at('2026-12-05', '00:00') - 1, 1, []))).toEqual(['2026-12-05']);
    // 2026-12-05 23:59 UTC is already the 6th in Shanghai: the 5th is gone.
    expect(dates(effectiveVisitDays(Date.UTC(2026, 11, 5, 23, 59), 1, []))).toEqual(['2026-12-15']);
    expect(dates(effectiveVisitDays(Date.UTC(2026, 11, 5, 15, 59), 1, []))).toEqual(['2026-12-05']);
    expect(dates(effectiveVisitDays(Date.UTC(2026, 11, 5, 16, 0), 1, []))).toEqual(['2026-12-15']);
  });

  it('agrees with upcomingVisitDays for every day of two years', () => {
    for (let ms = at('2027-01-01'); ms < at('2029-01-01'); ms += 86_400_000) {
      expect(dates(effectiveVisitDays(ms, 4, []))).toEqual(upcomingVisitDays(ms, 4));
    }
  });

  it('returns nothing for a count of zero or less', () => {
    expect(effectiveVisitDays(at('2026-12-01'), 0, [move('2026-12-05', '2026-12-03')])).toEqual([]);
    expect(effectiveVisitDays(at('2026-12-01'), -1, [])).toEqual([]);
  });
});

describe('effectiveVisitDays with moves', () => {
  it('replaces a day moved later, with its reason', () => {
    const days = effectiveVisitDays(at('2026-10-01'), 3, [move('2026-10-05', '2026-10-08', '国庆假期顺延')]);
    expect(days).toEqual([
      { date: '2026-10-08', originalDate: '2026-10-05', moved: true, reason: '国庆假期顺延' },
      { date: '2026-10-15', originalDate: '2026-10-15', moved: false, reason: '' },
      { date: '2026-10-25', originalDate: '2026-10-25', moved: false, reason: '' },
    ]);
  });

  it('replaces a day moved earlier', () => {
    expect(effectiveVisitDays(at('2027-02-01'), 2, [move('2027-02-15', '2027-02-10', '春节')])).toEqual([
      { date: '2027-02-05', originalDate: '2027-02-05', moved: false, reason: '' },
      { date: '2027-02-10', originalDate: '2027-02-15', moved: true, reason: '春节' },
    ]);
  });

  it('sorts by the date cadres come, not the date moved from', () => {
    const moves = [move('2026-12-05', '2026-12-14'), move('2026-12-15', '2026-12-06')];
    const days = effectiveVisitDays(at('2026-12-01'), 3, moves);
    expect(days.map((d) => [d.date, d.originalDate])).toEqual([
      ['2026-12-06', '2026-12-15'],
      ['2026-12-14', '2026-12-05'],
      ['2026-12-25', '2026-12-25'],
    ]);
  });

  it('moves across the year end both ways', () => {
    const moves = [move('2026-12-25', '2027-01-02', '元旦'), move('2027-01-05', '2026-12-31', '元旦')];
    expect(dates(effectiveVisitDays(at('2026-12-20'), 3, moves))).toEqual(['2026-12-31', '2027-01-02', '2027-01-15']);
  });

  it('moves onto 29 February in a leap year', () => {
    const days = effectiveVisitDays(at('2028-02-26'), 2, [move('2028-02-25', '2028-02-29')]);
    expect(dates(days)).toEqual(['2028-02-29', '2028-03-05']);
    expect(days[0].originalDate).toBe('2028-02-25');
  });

  it('skips a day moved into the past', () => {
    // Moved on 1 October from the 15th back to the 5th; by the 6th that day is over.
    const days = effectiveVisitDays(at('2026-10-06'), 3, [move('2026-10-15', '2026-10-05')]);
    expect(dates(days)).toEqual(['2026-10-25', '2026-11-05', '2026-11-15']);
  });

  it('lists a past day moved to today or later', () => {
    const moves = [move('2026-10-05', '2026-10-08')];
    expect(dates(effectiveVisitDays(at('2026-10-06'), 2, moves))).toEqual(['2026-10-08', '2026-10-15']);
    expect(dates(effectiveVisitDays(at('2026-10-08', '23:59'), 1, moves))).toEqual(['2026-10-08']);
    expect(dates(effectiveVisitDays(at('2026-10-09', '00:00'), 1, moves))).toEqual(['2026-10-15']);
  });

  it('still lists `count` days when moves take computed days away', () => {
    const moves = [
      move('2026-12-05', '2026-12-03'),
      move('2026-12-15', '2026-12-12'),
      move('2026-12-25', '2026-12-28'),
    ];
    expect(dates(effectiveVisitDays(at('2026-12-04'), 4, moves))).toEqual([
      '2026-12-12',
      '2026-12-28',
      '2027-01-05',
      '2027-01-15',
    ]);
  });

  it('never lists two entries on one date, keeping the earlier original', () => {
    // Data a validated move cannot produce: two moves to one date, and a move onto a visit day.
    const moves = [move('2026-12-15', '2026-12-10', 'b'), move('2026-12-05', '2026-12-10', 'a')];
    const days = effectiveVisitDays(at('2026-12-01'), 2, moves);
    expect(days).toEqual([
      { date: '2026-12-10', originalDate: '2026-12-05', moved: true, reason: 'a' },
      { date: '2026-12-25', originalDate: '2026-12-25', moved: false, reason: '' },
    ]);
    const onto = effectiveVisitDays(at('2026-12-01'), 2, [move('2026-12-05', '2026-12-15')]);
    expect(dates(onto)).toEqual(['2026-12-15', '2026-12-25']);
  });

  it('ignores moves of days that are not visit days, and moves to dates that do not exist', () => {
    const moves = [
      move('2026-12-06', '2026-12-08'),
      move('2026-12-15', '2026-12-32'),
      move('2026-13-05', '2026-12-09'),
    ];
    expect(dates(effectiveVisitDays(at('2026-12-01'), 3, moves))).toEqual(['2026-12-05', '2026-12-15', '2026-12-25']);
  });

  it('lets the later of two moves of one day win (moving again replaces)', () => {
    const moves = [move('2026-12-05', '2026-12-03'), move('2026-12-05', '2026-12-07', '再次调整')];
    expect(effectiveVisitDays(at('2026-12-01'), 1, moves)).toEqual([
      { date: '2026-12-07', originalDate: '2026-12-05', moved: true, reason: '再次调整' },
    ]);
  });

  it('treats a move to the same date as no move', () => {
    expect(effectiveVisitDays(at('2026-12-01'), 1, [move('2026-12-05', '2026-12-05')])).toEqual([
      { date: '2026-12-05', originalDate: '2026-12-05', moved: false, reason: '' },
    ]);
  });

  it('lists exactly the bookable days, in order, for many random sets of valid moves', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 20261205;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const start = at('2027-11-01');
    for (let round = 0; round < 200; round += 1) {
      const now = start + random(150) * 86_400_000 + random(86_400_000);
      const computed = upcomingVisitDays(start - 20 * 86_400_000, 20);
      const moves: VisitDayMove[] = [];
      for (const original of computed) {
        if (random(3) !== 0) continue;
        const shift = random(21) - 10;
        if (shift === 0) continue;
        const target = new Date(Date.UTC(+original.slice(0, 4), +original.slice(5, 7) - 1, +original.slice(8) + shift))
          .toISOString()
          .slice(0, 10);
        if (['05', '15', '25'].includes(target.slice(8))) continue;
        if (moves.some((m) => m.movedTo === target)) continue;
        moves.push(move(original, target));
      }
      const days = effectiveVisitDays(now, 6, moves);
      // Walk the calendar day by day from today: the first six bookable dates are the answer.
      const expected: string[] = [];
      for (let ms = now; expected.length < 6; ms += 86_400_000) {
        const date = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
        if (isBookableDay(date, moves)) expected.push(date);
      }
      expect(dates(days)).toEqual(expected);
      for (const day of days) {
        expect(day.moved).toBe(day.date !== day.originalDate);
        if (day.moved) expect(moves).toContainEqual(move(day.originalDate, day.date));
      }
    }
  });
});

describe('isBookableDay', () => {
  const moves = [move('2026-10-05', '2026-10-08'), move('2027-01-05', '2026-12-31')];

  it('accepts the 5th, 15th and 25th that were not moved', () => {
    expect(isBookableDay('2026-10-15', moves)).toBe(true);
    expect(isBookableDay('2026-10-25', moves)).toBe(true);
    expect(isBookableDay('2028-02-25', [])).toBe(true);
  });

  it('refuses a visit day moved away, accepts the date it moved to', () => {
    expect(isBookableDay('2026-10-05', moves)).toBe(false);
    expect(isBookableDay('2026-10-08', moves)).toBe(true);
    expect(isBookableDay('2027-01-05', moves)).toBe(false);
    expect(isBookableDay('2026-12-31', moves)).toBe(true);
  });

  it('refuses every other day and anything that is not a date', () => {
    expect(isBookableDay('2026-10-06', moves)).toBe(false);
    expect(isBookableDay('2026-10-09', moves)).toBe(false);
    expect(isBookableDay('2028-02-29', [])).toBe(false);
    expect(isBookableDay('2026-13-05', [])).toBe(false);
    expect(isBookableDay('2026-1-05', [])).toBe(false);
    expect(isBookableDay('', [])).toBe(false);
  });

  it('ignores a move whose original is not a visit day', () => {
    expect(isBookableDay('2026-10-09', [move('2026-10-06', '2026-10-09')])).toBe(false);
  });
});
