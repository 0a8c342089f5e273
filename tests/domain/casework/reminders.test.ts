import {
  extendClock,
  firstReminderAt,
  nextLookAt,
  nextReminderAfter,
  reviewReminderKey,
  startClock,
  thresholdToAnnounce,
  type CaseClock,
  type CaseState,
} from '@domain/casework';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);
const HOUR = 3_600_000;
// Monday 2026-11-30 09:00 in Shanghai, general (7 days): 80% at Saturday 23:24, due Monday 09:00.
const dispatched = at('2026-11-30', '09:00');
const general = startClock('general', dispatched);
const eighty = at('2026-12-05', '23:24');
const due = at('2026-12-07', '09:00');

describe('SLA reminders: when the timer looks next', () => {
  it('first looks at 80% of the span, across a month end in Shanghai', () => {
    expect(firstReminderAt(general)).toBe(eighty);
    // Urgent from 23:30 on the last day of November: 80% of 2 h is 01:06 on 1 December.
    expect(firstReminderAt(startClock('urgent', at('2026-11-30', '23:30')))).toBe(at('2026-12-01', '01:06'));
  });

  it('then at the due time, then never', () => {
    expect(nextReminderAfter(general, dispatched)).toBe(eighty);
    expect(nextReminderAfter(general, eighty - 1)).toBe(eighty);
    expect(nextReminderAfter(general, eighty)).toBe(due);
    expect(nextReminderAfter(general, due - 1)).toBe(due);
    expect(nextReminderAfter(general, due)).toBeNull();
    expect(nextReminderAfter(general, due + 10 * HOUR)).toBeNull();
  });

  it('follows an approved extension: the thresholds of the new span', () => {
    const extended = extendClock(general, 48);
    expect(firstReminderAt(extended)).toBe(dispatched + Math.floor(0.8 * 216 * HOUR));
    // At the old due time the new 80% (7 Dec 13:48) is still ahead: the holder hears it, then the new due time.
    expect(nextReminderAfter(extended, due)).toBe(at('2026-12-07', '13:48'));
    expect(nextReminderAfter(extended, at('2026-12-07', '13:48'))).toBe(due + 48 * HOUR);
  });

  it('announces the highest threshold reached: only "overdue" for a timer that ran late past both', () => {
    expect(thresholdToAnnounce(general, eighty - 1)).toBeNull();
    expect(thresholdToAnnounce(general, eighty)).toBe(0.8);
    expect(thresholdToAnnounce(general, due - 1)).toBe(0.8);
    expect(thresholdToAnnounce(general, due)).toBe(1);
    expect(thresholdToAnnounce(general, due + 99 * HOUR)).toBe(1);
  });
});

describe('SLA reminders by state', () => {
  const subject = (state: CaseState, reviewAt: number | null = null, clock: CaseClock = general) => ({
    state,
    clock,
    reviewAt,
  });

  it.each(['dispatched', 'accepted', 'returned'] as const)('a %s case runs on its clock', (state) => {
    expect(nextLookAt(subject(state), dispatched)).toBe(eighty);
    expect(nextLookAt(subject(state), eighty)).toBe(due);
    expect(nextLookAt(subject(state), due)).toBeNull();
  });

  it('a 挂账 case is looked at on its review date, once', () => {
    const review = at('2027-01-15', '09:00');
    expect(nextLookAt(subject('long_term', review), due + HOUR)).toBe(review);
    expect(nextLookAt(subject('long_term', review), review)).toBeNull();
    expect(nextLookAt(subject('long_term', null), dispatched)).toBeNull();
    expect(reviewReminderKey(review)).toBe(`review:${review}`);
  });

  it.each(['handled', 'verified', 'withdrawn'] as const)('a %s case is not looked at', (state) => {
    expect(nextLookAt(subject(state, at('2027-01-15', '09:00')), dispatched)).toBeNull();
  });
});
