import { slaThresholds, thresholdAt, type CaseClock, type SlaThreshold } from './sla';
import { isClockRunning, type CaseState } from './states';

/*
 * When the SLA reminders timer looks at a case next (`nextReminderAt` on the case record). The
 * timer lists the cases whose time has come, announces what is due and moves the time on, so a
 * case is read once per threshold, not once per timer run.
 */

/** Where a dispatch, a re-route or an approved extension sets the timer: at 80% of the span. */
export function firstReminderAt(clock: CaseClock): number {
  return thresholdAt(clock, slaThresholds[0]);
}

/** The next threshold not yet reached at `now`, or null once 100% has passed (nothing more to say). */
export function nextReminderAfter(clock: CaseClock, now: number): number | null {
  for (const threshold of slaThresholds) {
    const at = thresholdAt(clock, threshold);
    if (at > now) return at;
  }
  return null;
}

/**
 * The threshold to announce at `now`: the highest one reached. A timer that ran late past both
 * says only "overdue": "due soon" after the due time would be wrong.
 */
export function thresholdToAnnounce(clock: CaseClock, now: number): SlaThreshold | null {
  let reached: SlaThreshold | null = null;
  for (const threshold of slaThresholds) if (now >= thresholdAt(clock, threshold)) reached = threshold;
  return reached;
}

/** A case as the timer reads it: its state, its clock and, when 挂账, the plan's review time. */
export interface ReminderSubject {
  state: CaseState;
  clock: CaseClock;
  reviewAt: number | null;
}

/**
 * When the timer should look next, after it looked at `now` (or when a step left the case so): the
 * next threshold while the clock runs; the review date of a 挂账 plan while it is ahead; otherwise
 * never (handled cases wait for the check, final ones for nothing).
 */
export function nextLookAt(subject: ReminderSubject, now: number): number | null {
  if (isClockRunning(subject.state)) return nextReminderAfter(subject.clock, now);
  if (subject.state === 'long_term' && subject.reviewAt !== null && subject.reviewAt > now) return subject.reviewAt;
  return null;
}

/** The dedupe key of a 挂账 review reminder: one per review date (a new plan date is heard again). */
export function reviewReminderKey(reviewAt: number): string {
  return `review:${reviewAt}`;
}
