import { shanghaiWallClockToMs } from '@domain/time';
import { assertVisitDayReached, visitDayReached } from '@domain/visits/attendance';

const at = shanghaiWallClockToMs;

describe('visitDayReached', () => {
  it('is false the day before, true from midnight of the visit day in Shanghai and after', () => {
    expect(visitDayReached('2026-12-05', at('2026-11-25', '10:00'))).toBe(false);
    expect(visitDayReached('2026-12-05', at('2026-12-04', '23:59'))).toBe(false);
    expect(visitDayReached('2026-12-05', at('2026-12-05', '00:00'))).toBe(true);
    expect(visitDayReached('2026-12-05', at('2026-12-06', '09:00'))).toBe(true);
  });

  it('goes by the Shanghai date, not the UTC one (16:00 UTC is midnight in Shanghai)', () => {
    expect(visitDayReached('2026-12-05', Date.UTC(2026, 11, 4, 15, 59))).toBe(false);
    expect(visitDayReached('2026-12-05', Date.UTC(2026, 11, 4, 16, 0))).toBe(true);
  });

  it('handles a visit day on the 1st across a month and a year end', () => {
    expect(visitDayReached('2027-01-01', at('2026-12-31', '23:59'))).toBe(false);
    expect(visitDayReached('2027-01-01', at('2027-01-01', '00:00'))).toBe(true);
    expect(visitDayReached('2026-12-01', at('2026-11-30', '12:00'))).toBe(false);
  });
});

describe('assertVisitDayReached', () => {
  it('refuses with INVALID_STATE naming the visit day and the step', () => {
    expect(() => assertVisitDayReached('2026-12-05', at('2026-12-04', '18:00'), '登记现场来访')).toThrow(
      '接访日是12月5日 周六，当天或之后才能登记现场来访',
    );
    expect(() => assertVisitDayReached('2026-12-05', at('2026-12-05', '08:00'))).not.toThrow();
  });
});
