import { AppError } from '@domain/errors';
import {
  DEFAULT_SLA_CLASS,
  extendClock,
  isOverdue,
  reachedThresholds,
  reminderKey,
  slaClassLabels,
  slaHours,
  startClock,
  thresholdAt,
} from '@domain/casework/sla';
import { isCaseOverdue } from '@domain/casework/states';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);
const HOUR = 3_600_000;

describe('SLA classes', () => {
  it('follow the 12345 norms: 2 h, 24 h, 7 days, 15 days', () => {
    expect(slaHours).toEqual({ urgent: 2, utilities: 24, general: 168, complex: 360 });
    expect(slaClassLabels).toEqual({ urgent: '紧急', utilities: '水电气暖', general: '一般', complex: '疑难复杂' });
    expect(DEFAULT_SLA_CLASS).toBe('general');
  });

  it('counts calendar hours from dispatch, across the night, the weekend and the month end', () => {
    // Friday 2026-11-27 22:30 in Shanghai: urgent by Saturday 00:30, the next day by Saturday 22:30.
    const friday = at('2026-11-27', '22:30');
    expect(startClock('urgent', friday).dueAt).toBe(at('2026-11-28', '00:30'));
    expect(startClock('utilities', friday).dueAt).toBe(at('2026-11-28', '22:30'));
    expect(startClock('general', friday).dueAt).toBe(at('2026-12-04', '22:30'));
    expect(startClock('complex', friday).dueAt).toBe(at('2026-12-12', '22:30'));
  });

  it('crosses the year: Dec 31 16:00 + 24 h is Jan 1 16:00', () => {
    expect(startClock('utilities', at('2026-12-31', '16:00')).dueAt).toBe(at('2027-01-01', '16:00'));
  });

  it('starts a new clock for a re-route (the new holder gets the whole span)', () => {
    const first = startClock('general', at('2026-12-01', '10:00'));
    const rerouted = startClock(first.slaClass, at('2026-12-03', '15:00'));
    expect(rerouted.dueAt).toBe(at('2026-12-10', '15:00'));
    expect(rerouted.extendedHours).toBeNull();
  });
});

describe('extension', () => {
  const clock = startClock('general', at('2026-12-01', '17:00'));

  it('moves the due time by the hours asked, once', () => {
    const extended = extendClock(clock, 72);
    expect(extended.dueAt).toBe(at('2026-12-11', '17:00'));
    expect(extended.extendedHours).toBe(72);
    expect(() => extendClock(extended, 1)).toThrow('本次派遣已延期过一次，不能再延期');
  });

  it('asks at most the class length, in whole hours', () => {
    expect(extendClock(clock, 168).dueAt).toBe(clock.dueAt + 168 * HOUR);
    for (const hours of [0, -2, 169, 1.5, Number.NaN]) {
      expect(() => extendClock(clock, hours)).toThrow(new AppError('BAD_INPUT', '延期时长应为1至168小时的整数'));
    }
    expect(() => extendClock(startClock('urgent', 0), 3)).toThrow('延期时长应为1至2小时的整数');
  });
});

describe('thresholds and overdue', () => {
  const dispatchedAt = at('2026-12-07', '09:00');
  const clock = startClock('utilities', dispatchedAt);

  it('places 80% and 100% on the span', () => {
    expect(thresholdAt(clock, 0.8)).toBe(dispatchedAt + 19.2 * HOUR);
    expect(thresholdAt(clock, 1)).toBe(clock.dueAt);
    expect(thresholdAt(startClock('urgent', dispatchedAt), 0.8)).toBe(at('2026-12-07', '10:36'));
  });

  it('reaches each threshold at its instant, and is overdue at the due time itself', () => {
    const eighty = thresholdAt(clock, 0.8);
    expect(reachedThresholds(clock, eighty - 1)).toEqual([]);
    expect(reachedThresholds(clock, eighty)).toEqual([0.8]);
    expect(reachedThresholds(clock, clock.dueAt - 1)).toEqual([0.8]);
    expect(isOverdue(clock, clock.dueAt - 1)).toBe(false);
    expect(reachedThresholds(clock, clock.dueAt)).toEqual([0.8, 1]);
    expect(isOverdue(clock, clock.dueAt)).toBe(true);
  });

  it('moves the thresholds with an approved extension', () => {
    const extended = extendClock(clock, 24);
    expect(thresholdAt(extended, 0.8)).toBe(dispatchedAt + 38.4 * HOUR);
    expect(isOverdue(extended, clock.dueAt)).toBe(false);
  });
});

describe('reminders and the overdue flag', () => {
  const clock = startClock('urgent', at('2026-12-07', '09:00'));

  it('keys each reminder by dispatch, due time and threshold, so an extension re-arms them', () => {
    expect(reminderKey(clock, 0.8)).toBe(`${clock.dispatchedAt}:${clock.dueAt}:80`);
    expect(reminderKey(clock, 1)).toBe(`${clock.dispatchedAt}:${clock.dueAt}:100`);
    expect(reminderKey(extendClock(clock, 1), 0.8)).not.toBe(reminderKey(clock, 0.8));
  });

  it('flags a case red only while its clock runs', () => {
    const late = clock.dueAt + 1;
    expect((['dispatched', 'accepted', 'returned'] as const).every((s) => isCaseOverdue(s, clock, late))).toBe(true);
    for (const state of ['long_term', 'handled', 'verified', 'withdrawn'] as const) {
      expect(isCaseOverdue(state, clock, late)).toBe(false);
    }
    expect(isCaseOverdue('accepted', clock, clock.dueAt - 1)).toBe(false);
  });
});
