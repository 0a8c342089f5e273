import { AppError } from '@domain/errors';
import {
  addWorkingMinutes,
  assertCanReturn,
  calendarWith,
  canStillReturn,
  caseReturnDeadline,
  returnDeadline,
  weekdayCalendar,
} from '@domain/casework/workingHours';
import { startClock } from '@domain/casework/sla';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

describe('the working calendar', () => {
  it('works Monday to Friday', () => {
    // 2026-12-07 is a Monday.
    const week = ['07', '08', '09', '10', '11', '12', '13'].map((d) => weekdayCalendar.isWorkingDay(`2026-12-${d}`));
    expect(week).toEqual([true, true, true, true, true, false, false]);
  });

  it('takes holidays and make-up days as data', () => {
    const calendar = calendarWith(['2027-01-01'], ['2027-01-09']);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-09')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-08')).toBe(true);
    expect(calendar.isWorkingDay('2027-01-10')).toBe(false);
  });
});

describe('addWorkingMinutes', () => {
  it('counts inside a window', () => {
    expect(addWorkingMinutes(at('2026-12-07', '09:30'), 120)).toBe(at('2026-12-07', '11:30'));
  });

  it('is the instant itself for zero minutes', () => {
    expect(addWorkingMinutes(at('2026-12-05', '03:00'), 0)).toBe(at('2026-12-05', '03:00'));
  });

  it('ends at 12:00, not 13:30, when the span ends with the morning', () => {
    expect(addWorkingMinutes(at('2026-12-07', '10:00'), 120)).toBe(at('2026-12-07', '12:00'));
    expect(addWorkingMinutes(at('2026-12-07', '10:00'), 121)).toBe(at('2026-12-07', '13:31'));
  });

  it('skips the lunch break', () => {
    expect(addWorkingMinutes(at('2026-12-07', '11:00'), 120)).toBe(at('2026-12-07', '14:30'));
    expect(addWorkingMinutes(at('2026-12-07', '12:30'), 120)).toBe(at('2026-12-07', '15:30'));
  });

  it('skips the night', () => {
    expect(addWorkingMinutes(at('2026-12-07', '22:00'), 120)).toBe(at('2026-12-08', '11:00'));
    expect(addWorkingMinutes(at('2026-12-08', '02:00'), 120)).toBe(at('2026-12-08', '11:00'));
    expect(addWorkingMinutes(at('2026-12-07', '17:00'), 120)).toBe(at('2026-12-08', '10:30'));
  });

  it('carries Friday evening to Monday', () => {
    expect(addWorkingMinutes(at('2026-12-04', '17:00'), 120)).toBe(at('2026-12-07', '10:30'));
    expect(addWorkingMinutes(at('2026-12-04', '20:00'), 120)).toBe(at('2026-12-07', '11:00'));
    expect(addWorkingMinutes(at('2026-12-05', '10:00'), 120)).toBe(at('2026-12-07', '11:00'));
  });

  it('crosses a month end', () => {
    // Friday 31 July -> Monday 3 August; Friday 27 February -> Monday 2 March.
    expect(addWorkingMinutes(at('2026-07-31', '17:00'), 120)).toBe(at('2026-08-03', '10:30'));
    expect(addWorkingMinutes(at('2026-02-27', '16:30'), 180)).toBe(at('2026-03-02', '11:00'));
  });

  it('crosses the year: Dec 31 (Thursday) -> Jan 1, or Jan 4 once New Year is a holiday', () => {
    expect(addWorkingMinutes(at('2026-12-31', '17:00'), 120)).toBe(at('2027-01-01', '10:30'));
    const withNewYear = calendarWith(['2027-01-01']);
    expect(addWorkingMinutes(at('2026-12-31', '17:00'), 120, withNewYear)).toBe(at('2027-01-04', '10:30'));
  });

  it('spans several days', () => {
    // A working day is 7 hours: 14 h from Monday 09:00 ends Tuesday 17:30.
    expect(addWorkingMinutes(at('2026-12-07', '09:00'), 14 * 60)).toBe(at('2026-12-08', '17:30'));
  });

  it('refuses negative spans and a calendar without working days', () => {
    expect(() => addWorkingMinutes(0, -1)).toThrow(AppError);
    expect(() => addWorkingMinutes(0, 10, { isWorkingDay: () => false })).toThrow('工作日历中找不到工作日');
  });
});

describe('the return window (退单)', () => {
  it('is 2 working hours after dispatch', () => {
    expect(returnDeadline(at('2026-12-04', '17:00'))).toBe(at('2026-12-07', '10:30'));
    expect(returnDeadline(at('2026-12-07', '12:15'))).toBe(at('2026-12-07', '15:30'));
  });

  it('is open up to the deadline itself, then refused with the deadline in the message', () => {
    const clock = startClock('general', at('2026-12-04', '17:00'));
    const deadline = at('2026-12-07', '10:30');
    expect(caseReturnDeadline(clock)).toBe(deadline);
    expect(canStillReturn(clock, at('2026-12-06', '23:00'))).toBe(true);
    expect(canStillReturn(clock, deadline)).toBe(true);
    expect(() => assertCanReturn(clock, deadline)).not.toThrow();
    expect(canStillReturn(clock, deadline + 1)).toBe(false);
    let error: unknown;
    try {
      assertCanReturn(clock, deadline + 1);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DEADLINE_PASSED');
    expect((error as AppError).message).toBe(
      '退单须在派遣后2个工作小时内、答复期限前提出（截至12月7日10:30），现已超时，请受理办理；确不属于本单位职责的，请在受理前联系街道改派',
    );
  });

  it('never runs past the due time: an urgent case on Friday evening is returned that night or not at all', () => {
    const urgent = startClock('urgent', at('2026-12-04', '17:00'));
    expect(caseReturnDeadline(urgent)).toBe(at('2026-12-04', '19:00'));
    expect(canStillReturn(urgent, at('2026-12-04', '19:01'))).toBe(false);
    const utilities = startClock('utilities', at('2026-12-04', '17:00'));
    expect(caseReturnDeadline(utilities)).toBe(at('2026-12-05', '17:00'));
    // Inside office hours the two working hours come first.
    expect(caseReturnDeadline(startClock('urgent', at('2026-12-07', '09:30')))).toBe(at('2026-12-07', '11:30'));
    expect(caseReturnDeadline(startClock('urgent', at('2026-12-07', '11:00')))).toBe(at('2026-12-07', '13:00'));
  });
});
