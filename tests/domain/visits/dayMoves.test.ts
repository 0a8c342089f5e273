import { AppError } from '@domain/errors';
import { assertMoveTargetFree, currentDateOf, validateMove, type VisitDayMove } from '@domain/visits/days';
import { caught } from './support';

/** A committee moving a visit day (a holiday): what it may move where, and where a day now is. */
const move = (originalDate: string, movedTo: string, reason = '节假日调整'): VisitDayMove => ({
  originalDate,
  movedTo,
  reason,
});

describe('validateMove', () => {
  const refusal = (original: string, movedTo: string, today = '2026-09-20') => {
    const error = caught(() => validateMove(original, movedTo, today));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues).toEqual([{ path: expect.any(String), message: error.message }]);
    return { path: error.issues?.[0].path, message: error.message };
  };

  it('accepts a holiday shift of up to 10 days either way', () => {
    expect(() => validateMove('2026-10-05', '2026-10-08', '2026-09-20')).not.toThrow();
    expect(() => validateMove('2026-10-05', '2026-10-14', '2026-09-20')).not.toThrow();
    expect(() => validateMove('2026-10-15', '2026-10-06', '2026-09-20')).not.toThrow();
    expect(() => validateMove('2026-10-25', '2026-11-04', '2026-09-20')).not.toThrow();
  });

  it('accepts moving to today', () => {
    expect(() => validateMove('2026-10-05', '2026-09-30', '2026-09-30')).not.toThrow();
  });

  it('refuses an original date that is not a 5th, 15th or 25th', () => {
    expect(refusal('2026-10-06', '2026-10-08')).toEqual({
      path: 'originalDate',
      message: '只能调整每月5日、15日、25日的接访日',
    });
    expect(refusal('2026-13-05', '2026-10-08').path).toBe('originalDate');
    expect(refusal('', '2026-10-08').path).toBe('originalDate');
  });

  it('refuses a new date that does not exist', () => {
    expect(refusal('2026-10-05', '2026-10-32')).toEqual({ path: 'movedTo', message: '请选择有效的日期' });
    expect(refusal('2027-02-25', '2027-02-29').message).toBe('请选择有效的日期');
    expect(refusal('2026-10-05', '10月8日').message).toBe('请选择有效的日期');
  });

  it('refuses the same date', () => {
    expect(refusal('2026-10-05', '2026-10-05')).toEqual({
      path: 'movedTo',
      message: '新日期与原接访日相同，请选择其他日期',
    });
  });

  it('refuses a date in the past', () => {
    expect(refusal('2026-10-05', '2026-10-03', '2026-10-04')).toEqual({
      path: 'movedTo',
      message: '不能调整到已经过去的日期',
    });
  });

  it('refuses another computed visit day', () => {
    expect(refusal('2026-10-05', '2026-10-15')).toEqual({
      path: 'movedTo',
      message: '新日期本身就是接访日，请选择其他日期',
    });
    expect(refusal('2026-09-25', '2026-10-05').path).toBe('movedTo');
  });

  it('refuses a move of more than 10 days', () => {
    expect(refusal('2026-10-05', '2026-10-16')).toEqual({ path: 'movedTo', message: '只能调整到原接访日前后10天以内' });
    expect(refusal('2026-10-25', '2026-10-14').path).toBe('movedTo');
  });

  it('counts the 10 days across month and year ends and 29 February', () => {
    expect(() => validateMove('2026-12-25', '2027-01-04', '2026-12-01')).not.toThrow();
    expect(() => validateMove('2027-01-05', '2026-12-26', '2026-12-01')).not.toThrow();
    expect(refusal('2027-01-15', '2027-01-04', '2026-12-01').path).toBe('movedTo');
    // 25 February + 10 days is 7 March in a common year, 6 March in a leap year.
    expect(() => validateMove('2027-02-25', '2027-03-07', '2027-02-01')).not.toThrow();
    expect(refusal('2027-02-25', '2027-03-08', '2027-02-01').message).toBe('只能调整到原接访日前后10天以内');
    expect(() => validateMove('2028-02-25', '2028-03-06', '2028-02-01')).not.toThrow();
    expect(refusal('2028-02-25', '2028-03-07', '2028-02-01').message).toBe('只能调整到原接访日前后10天以内');
    expect(() => validateMove('2028-03-05', '2028-02-24', '2028-02-01')).not.toThrow();
    expect(refusal('2028-03-05', '2028-02-23', '2028-02-01').path).toBe('movedTo');
  });

  it('throws AppError, which the handler turns into a Chinese message', () => {
    expect(() => validateMove('2026-10-06', '2026-10-08', '2026-09-20')).toThrow(AppError);
  });
});

describe('currentDateOf', () => {
  it('is the date the day was moved to, or the day itself, across a month end', () => {
    expect(currentDateOf('2026-12-05', [move('2026-12-05', '2026-11-30')])).toBe('2026-11-30');
    expect(currentDateOf('2026-12-15', [move('2026-12-05', '2026-11-30')])).toBe('2026-12-15');
    expect(currentDateOf('2027-01-05', [move('2027-01-05', '2026-12-31')])).toBe('2026-12-31');
  });
});

describe('assertMoveTargetFree', () => {
  it('refuses a date another visit day was already moved to, naming the field', () => {
    const moves = [move('2026-12-05', '2026-12-10')];
    const error = caught(() => assertMoveTargetFree('2026-12-15', '2026-12-10', moves));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues).toEqual([{ path: 'movedTo', message: '新日期已经安排了另一个接访日，请选择其他日期' }]);
  });

  it('lets the same day move again, or onto a free date', () => {
    const moves = [move('2026-12-05', '2026-12-10')];
    expect(() => assertMoveTargetFree('2026-12-05', '2026-12-10', moves)).not.toThrow();
    expect(() => assertMoveTargetFree('2026-12-15', '2026-12-11', moves)).not.toThrow();
  });
});
