import { AppError } from '../errors';

/**
 * SLA classes after the 12345 hotline norms. The clock starts at dispatch (派遣) and counts hours
 * on the calendar, nights and weekends included: a resident waiting for a street lamp waits on
 * Saturday too. A re-route starts a new clock for the new holder; an approved extension (延期)
 * moves the due time once per dispatch.
 */
export const slaClasses = ['urgent', 'utilities', 'general', 'complex'] as const;
export type SlaClass = (typeof slaClasses)[number];

export const slaClassLabels: Record<SlaClass, string> = {
  urgent: '紧急',
  utilities: '水电气暖',
  general: '一般',
  complex: '疑难复杂',
};

export const slaHours: Record<SlaClass, number> = {
  urgent: 2,
  utilities: 24,
  general: 7 * 24,
  complex: 15 * 24,
};

export const DEFAULT_SLA_CLASS: SlaClass = 'general';

const HOUR_MS = 3_600_000;

/** The running clock of one dispatch. `extendedHours` is null until an extension is approved. */
export interface CaseClock {
  slaClass: SlaClass;
  dispatchedAt: number;
  dueAt: number;
  extendedHours: number | null;
}

export function startClock(slaClass: SlaClass, dispatchedAt: number): CaseClock {
  return { slaClass, dispatchedAt, dueAt: dispatchedAt + slaHours[slaClass] * HOUR_MS, extendedHours: null };
}

/** The hours an extension may ask for: a whole number from 1 to the class's own length. */
export function maxExtensionHours(slaClass: SlaClass): number {
  return slaHours[slaClass];
}

export function checkExtensionHours(slaClass: SlaClass, hours: number): void {
  const max = maxExtensionHours(slaClass);
  if (!Number.isInteger(hours) || hours < 1 || hours > max) {
    throw new AppError('BAD_INPUT', `延期时长应为1至${max}小时的整数`);
  }
}

/** An approved extension: the due time moves by the hours asked, once per dispatch. */
export function extendClock(clock: CaseClock, hours: number): CaseClock {
  if (clock.extendedHours !== null) throw new AppError('INVALID_STATE', '本次派遣已延期过一次，不能再延期');
  checkExtensionHours(clock.slaClass, hours);
  return { ...clock, dueAt: clock.dueAt + hours * HOUR_MS, extendedHours: hours };
}

/** Reminder points as fractions of the span: the holder and the street hear at 80% and at 100%. */
export const slaThresholds = [0.8, 1] as const;
export type SlaThreshold = (typeof slaThresholds)[number];

/**
 * When a threshold is reached, measured on the current span (dispatch to the due time, an
 * extension included: after 延期 the reminders follow the new due time). Rounded down to the ms.
 */
export function thresholdAt(clock: CaseClock, threshold: SlaThreshold): number {
  return clock.dispatchedAt + Math.floor((clock.dueAt - clock.dispatchedAt) * threshold);
}

/** The thresholds reached at `now`, in order (what the timer compares with what it already sent). */
export function reachedThresholds(clock: CaseClock, now: number): SlaThreshold[] {
  return slaThresholds.filter((t) => now >= thresholdAt(clock, t));
}

/**
 * What the timer records once a reminder went out. The due time is part of it: an approved
 * extension moves the thresholds, and the holder hears again when the new ones are reached.
 */
export function reminderKey(clock: CaseClock, threshold: SlaThreshold): string {
  return `${clock.dispatchedAt}:${clock.dueAt}:${Math.round(threshold * 100)}`;
}

/** Due means "answer before": at the due time itself the case is overdue. */
export function isOverdue(clock: CaseClock, now: number): boolean {
  return now >= clock.dueAt;
}
