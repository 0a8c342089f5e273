import { isBookableDay, visitDayOn, type VisitDayMove } from '@domain/visits/days';

const move = (originalDate: string, movedTo: string, reason = '节假日调整'): VisitDayMove => ({
  originalDate,
  movedTo,
  reason,
});

describe('visitDayOn: the visit day held on a date, with its move', () => {
  it('is the computed 5th, 15th or 25th itself when nothing moved', () => {
    expect(visitDayOn('2026-12-05', [])).toEqual({
      date: '2026-12-05',
      originalDate: '2026-12-05',
      moved: false,
      reason: '',
    });
  });

  it('names the day a move brought here and why; the day it left holds none', () => {
    const moves = [move('2026-12-15', '2026-12-14', '社区活动中心装修')];
    expect(visitDayOn('2026-12-14', moves)).toEqual({
      date: '2026-12-14',
      originalDate: '2026-12-15',
      moved: true,
      reason: '社区活动中心装修',
    });
    expect(visitDayOn('2026-12-15', moves)).toBeNull();
  });

  it('holds none on an ordinary day or a date that does not exist', () => {
    expect(visitDayOn('2026-12-06', [])).toBeNull();
    expect(visitDayOn('2026-02-30', [])).toBeNull();
  });

  it('keeps the earlier original when two moves land on one date, as the list of days does', () => {
    const moves = [move('2026-12-25', '2026-12-20', '后'), move('2026-12-15', '2026-12-20', '先')];
    expect(visitDayOn('2026-12-20', moves)).toMatchObject({ originalDate: '2026-12-15', reason: '先' });
  });

  it('agrees with isBookableDay on every date of a month', () => {
    const moves = [move('2026-12-15', '2026-12-14'), move('2026-12-25', '2026-12-25')];
    for (let day = 1; day <= 31; day += 1) {
      const date = `2026-12-${String(day).padStart(2, '0')}`;
      expect({ date, held: visitDayOn(date, moves) !== null }).toEqual({ date, held: isBookableDay(date, moves) });
    }
  });
});
