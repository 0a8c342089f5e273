import { cadreDays } from '@domain/home/cadreDays';

describe("a cadre's visit days across their communities", () => {
  it('is a visit day when today is one for any community, and the next is the earliest later one', () => {
    const moved = [{ date: '2026-12-04' }, { date: '2026-12-15' }];
    const usual = [{ date: '2026-12-05' }, { date: '2026-12-15' }];
    expect(cadreDays('2026-12-04', [usual, moved])).toEqual({ todayIsVisitDay: true, nextDate: '2026-12-05' });
    expect(cadreDays('2026-12-06', [usual, moved])).toEqual({ todayIsVisitDay: false, nextDate: '2026-12-15' });
  });

  it('has no next day without communities', () => {
    expect(cadreDays('2026-12-06', [])).toEqual({ todayIsVisitDay: false, nextDate: null });
  });
});
