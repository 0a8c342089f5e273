/**
 * Volunteer hours, kept in whole minutes (an append-only ledger: corrections are new entries)
 * and shown as hours with one decimal. Star levels follow the national volunteer platforms:
 * 100, 300, 600, 1000 and 1500 hours for one to five stars.
 */
export const STAR_HOURS = [100, 300, 600, 1000, 1500] as const;

/** An activity's span must be covered this much by the sign-in to sign-out time for hours to count. */
export const MIN_COVERAGE = 0.6;

const MINUTE_MS = 60_000;

/** 0 to 5 stars for a total of minutes. */
export function starsFor(totalMinutes: number): number {
  const hours = totalMinutes / 60;
  return STAR_HOURS.filter((threshold) => hours >= threshold).length;
}

/** The hours still needed for the next star, or null at five stars. */
export function hoursToNextStar(totalMinutes: number): number | null {
  const next = STAR_HOURS.find((threshold) => totalMinutes / 60 < threshold);
  return next === undefined ? null : Math.ceil((next * 60 - totalMinutes) / 6) / 10;
}

/** `12.5` for 750 minutes: one decimal, rounded down (a volunteer is never credited more than served). */
export function hoursText(minutes: number): string {
  const tenths = Math.floor(Math.max(0, minutes) / 6);
  return tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
}

export interface Attendance {
  activityStart: number;
  activityEnd: number;
  signedInAt: number;
  signedOutAt: number;
}

/**
 * Credit minutes for an activity attended from sign-in to sign-out: the time inside the
 * activity's span (arriving early or staying late earns nothing extra), and nothing at all unless
 * it covers at least 60% of the activity. Timestamps, so an activity across midnight counts the
 * same as any other.
 */
export function creditMinutes(attendance: Attendance): number {
  const { activityStart, activityEnd, signedInAt, signedOutAt } = attendance;
  const span = activityEnd - activityStart;
  if (span <= 0 || signedOutAt <= signedInAt) return 0;
  const covered = Math.min(signedOutAt, activityEnd) - Math.max(signedInAt, activityStart);
  if (covered <= 0 || covered < span * MIN_COVERAGE) return 0;
  return Math.floor(covered / MINUTE_MS);
}

/** Ledger entry kinds: served an order, attended an activity, honour hours, a correction. */
export const ledgerKinds = ['order', 'activity', 'honour', 'correction'] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export const ledgerKindLabels: Record<LedgerKind, string> = {
  order: '群众点单',
  activity: '志愿活动',
  honour: '荣誉时长',
  correction: '更正',
};
