import type { ActivityRecord } from '../../../cloudfunctions/lib/ports/activities';

const HOUR_MS = 3_600_000;
/** 2026-12-10 09:00 Asia/Shanghai. */
export const ACTIVITY_START = Date.UTC(2026, 11, 10, 1, 0);

/** A published activity of community c1: 2 hours, sign-up closing an hour before, 10 seats. */
export function anActivity(overrides: Partial<ActivityRecord> = {}): ActivityRecord {
  return {
    id: 'a1',
    communityId: 'c1',
    stationId: null,
    title: '小区环境清洁',
    description: '带手套',
    place: '幸福里小区南门',
    startAt: ACTIVITY_START,
    endAt: ACTIVITY_START + 2 * HOUR_MS,
    signUpClosesAt: ACTIVITY_START - HOUR_MS,
    headcount: 10,
    state: 'published',
    cancelReason: '',
    organiserId: 'u-committee',
    secret: 'secret-a1',
    enrolled: 0,
    waitlisted: 0,
    createdAt: ACTIVITY_START - 72 * HOUR_MS,
    updatedAt: ACTIVITY_START - 72 * HOUR_MS,
    ...overrides,
  };
}
