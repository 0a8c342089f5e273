import { AppError } from '@domain/errors';
import { shanghaiWallClockToMs } from '@domain/time';
import {
  DEFAULT_BOOKING_CLOSES_AT,
  DEFAULT_CANCEL_CLOSES_AT,
  assertCanBook,
  assertCanCancel,
  bookingDeadline,
  cancelDeadline,
} from '@domain/visits/cutoffs';
import { caught } from './support';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);
const OFFICE = '0537-2345678';

describe('deadlines', () => {
  it('defaults to 18:00 for booking and 12:00 for cancelling', () => {
    expect(DEFAULT_BOOKING_CLOSES_AT).toBe('18:00');
    expect(DEFAULT_CANCEL_CLOSES_AT).toBe('12:00');
  });

  it('falls on the day before the visit day, in Shanghai, as UTC milliseconds', () => {
    // 2026-12-04 18:00 in Shanghai is 10:00 UTC; 12:00 is 04:00 UTC.
    expect(bookingDeadline('2026-12-05', '18:00')).toBe(Date.UTC(2026, 11, 4, 10, 0));
    expect(cancelDeadline('2026-12-05', '12:00')).toBe(Date.UTC(2026, 11, 4, 4, 0));
  });

  it('reaches back into the previous month, year and 29 February', () => {
    expect(bookingDeadline('2026-11-01', '18:00')).toBe(Date.UTC(2026, 9, 31, 10, 0));
    expect(bookingDeadline('2027-01-01', '18:00')).toBe(Date.UTC(2026, 11, 31, 10, 0));
    expect(bookingDeadline('2028-03-01', '18:00')).toBe(Date.UTC(2028, 1, 29, 10, 0));
    expect(bookingDeadline('2027-03-01', '18:00')).toBe(Date.UTC(2027, 1, 28, 10, 0));
    expect(cancelDeadline('2028-03-01', '12:00')).toBe(Date.UTC(2028, 1, 29, 4, 0));
  });

  it('follows a community that sets other times, including midnight', () => {
    expect(bookingDeadline('2026-12-05', '20:30')).toBe(Date.UTC(2026, 11, 4, 12, 30));
    // 00:00 on the 4th in Shanghai is 16:00 UTC on the 3rd.
    expect(bookingDeadline('2026-12-05', '00:00')).toBe(Date.UTC(2026, 11, 3, 16, 0));
    expect(cancelDeadline('2026-12-05', '23:59')).toBe(Date.UTC(2026, 11, 4, 15, 59));
  });

  it('uses the default when the setting is unset', () => {
    expect(bookingDeadline('2026-12-05', '')).toBe(bookingDeadline('2026-12-05', '18:00'));
    expect(cancelDeadline('2026-12-05', '')).toBe(cancelDeadline('2026-12-05', '12:00'));
    expect(bookingDeadline('2026-12-05')).toBe(Date.UTC(2026, 11, 4, 10, 0));
  });

  it('refuses a malformed date or time instead of leaving booking open', () => {
    expect(() => bookingDeadline('2026-12-05', '18')).toThrow('HH:mm');
    expect(() => bookingDeadline('2026-12-05', '24:00')).toThrow('HH:mm');
    expect(() => cancelDeadline('2026-12-32', '12:00')).toThrow('calendar date');
  });
});

describe('assertCanBook', () => {
  it('books until 17:59 the day before and closes at 18:00 sharp', () => {
    expect(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '17:59'))).not.toThrow();
    expect(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '18:00') - 1)).not.toThrow();
    const error = caught(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '18:00')));
    expect(error.code).toBe('DEADLINE_PASSED');
    expect(error.message).toBe('预约已于12月4日 18:00截止，如需预约请联系社区居委会');
    expect(caught(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '18:01'))).code).toBe('DEADLINE_PASSED');
  });

  it('answers DEADLINE_PASSED naming the community phone to call, not INVALID_STATE', () => {
    const error = caught(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '18:00'), OFFICE));
    expect(error.code).toBe('DEADLINE_PASSED');
    expect(error.message).toBe('预约已于12月4日 18:00截止，如需预约请致电社区：0537-2345678');
    expect(() => assertCanBook('2026-12-05', '18:00', at('2026-12-04', '17:59'), OFFICE)).not.toThrow();
  });

  it('is open days ahead', () => {
    expect(() => assertCanBook('2026-12-05', '18:00', at('2026-11-26', '09:00'))).not.toThrow();
  });

  it('closes on the last day of the previous month for a visit day on the 1st', () => {
    expect(() => assertCanBook('2026-11-01', '18:00', at('2026-10-31', '17:59'))).not.toThrow();
    expect(caught(() => assertCanBook('2026-11-01', '18:00', at('2026-10-31', '18:00'))).message).toBe(
      '预约已于10月31日 18:00截止，如需预约请联系社区居委会',
    );
    expect(() => assertCanBook('2027-01-01', '18:00', at('2026-12-31', '17:59'))).not.toThrow();
    expect(caught(() => assertCanBook('2027-01-01', '18:00', at('2026-12-31', '18:00'))).message).toBe(
      '预约已于12月31日 18:00截止，如需预约请联系社区居委会',
    );
  });

  it('closes on 29 February for 2028-03-01, on 28 February for 2027-03-01', () => {
    expect(() => assertCanBook('2028-03-01', '18:00', at('2028-02-29', '17:59'))).not.toThrow();
    expect(caught(() => assertCanBook('2028-03-01', '18:00', at('2028-02-29', '18:00'))).message).toBe(
      '预约已于2月29日 18:00截止，如需预约请联系社区居委会',
    );
    expect(() => assertCanBook('2027-03-01', '18:00', at('2027-02-28', '17:59'))).not.toThrow();
    expect(caught(() => assertCanBook('2027-03-01', '18:00', at('2027-02-28', '18:00'))).message).toBe(
      '预约已于2月28日 18:00截止，如需预约请联系社区居委会',
    );
  });

  it('names the community’s own closing time', () => {
    expect(() => assertCanBook('2026-12-05', '20:30', at('2026-12-04', '20:29'))).not.toThrow();
    expect(caught(() => assertCanBook('2026-12-05', '20:30', at('2026-12-04', '20:30'))).message).toBe(
      '预约已于12月4日 20:30截止，如需预约请联系社区居委会',
    );
  });

  it('is closed on the visit day itself and refuses a day already over', () => {
    expect(caught(() => assertCanBook('2026-12-05', '18:00', at('2026-12-05', '08:00'))).message).toBe(
      '预约已于12月4日 18:00截止，如需预约请联系社区居委会',
    );
    const past = caught(() => assertCanBook('2026-12-05', '18:00', at('2026-12-06', '00:00')));
    expect(past.code).toBe('DEADLINE_PASSED');
    expect(past.message).toBe('这个接访日已经过去，不能再预约');
  });

  it('judges by the Shanghai clock whatever the UTC date (10:00 UTC is 18:00 in Shanghai)', () => {
    expect(() => assertCanBook('2026-12-05', '18:00', Date.UTC(2026, 11, 4, 9, 59))).not.toThrow();
    expect(() => assertCanBook('2026-12-05', '18:00', Date.UTC(2026, 11, 4, 10, 0))).toThrow(AppError);
  });
});

describe('assertCanCancel', () => {
  it('cancels until 11:59 the day before and closes at 12:00 sharp, saying whom to call', () => {
    expect(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-04', '11:59'), OFFICE)).not.toThrow();
    expect(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-04', '12:00') - 1, OFFICE)).not.toThrow();
    const error = caught(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-04', '12:00'), OFFICE));
    expect(error.code).toBe('DEADLINE_PASSED');
    expect(error.message).toBe('已过取消截止时间（12月4日 12:00），如需调整请致电社区：0537-2345678');
  });

  it('stays closed on the visit day and after it', () => {
    expect(caught(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-05', '09:00'), OFFICE)).message).toContain(
      OFFICE,
    );
    expect(caught(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-20', '09:00'), OFFICE)).code).toBe(
      'DEADLINE_PASSED',
    );
  });

  it('closes in the previous month for a visit day on the 1st, and on 29 February for 2028-03-01', () => {
    expect(() => assertCanCancel('2026-11-01', '12:00', at('2026-10-31', '11:59'), OFFICE)).not.toThrow();
    expect(caught(() => assertCanCancel('2026-11-01', '12:00', at('2026-10-31', '12:00'), OFFICE)).message).toBe(
      '已过取消截止时间（10月31日 12:00），如需调整请致电社区：0537-2345678',
    );
    expect(() => assertCanCancel('2028-03-01', '12:00', at('2028-02-29', '11:59'), OFFICE)).not.toThrow();
    expect(caught(() => assertCanCancel('2028-03-01', '12:00', at('2028-02-29', '12:00'), OFFICE)).message).toBe(
      '已过取消截止时间（2月29日 12:00），如需调整请致电社区：0537-2345678',
    );
  });

  it('uses the community’s own time, or the default when unset', () => {
    expect(() => assertCanCancel('2026-12-05', '09:00', at('2026-12-04', '08:59'), OFFICE)).not.toThrow();
    expect(() => assertCanCancel('2026-12-05', '09:00', at('2026-12-04', '09:00'), OFFICE)).toThrow(AppError);
    expect(() => assertCanCancel('2026-12-05', '', at('2026-12-04', '11:59'), OFFICE)).not.toThrow();
    expect(() => assertCanCancel('2026-12-05', '', at('2026-12-04', '12:00'), OFFICE)).toThrow(AppError);
  });

  it('points to the committee when the community has no phone on file', () => {
    expect(caught(() => assertCanCancel('2026-12-05', '12:00', at('2026-12-04', '12:00'), '  ')).message).toBe(
      '已过取消截止时间（12月4日 12:00），如需调整请联系社区居委会',
    );
  });
});
