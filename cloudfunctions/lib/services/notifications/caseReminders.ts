import {
  nextLookAt,
  reminderKey,
  reviewReminderKey,
  thresholdToAnnounce,
  isClockRunning,
  type CaseClock,
  type SlaThreshold,
} from '@domain/casework';
import type { Deps } from '../../deps';
import type { CaseRecord } from '../../ports/casework';
import { bodyMemberIds, streetMemberIds } from '../casework/bodyMembers';
import { notify } from './notify';

/** Cases looked at per timer run; the rest wait a minute (the function has 30 s in all). */
const BATCH = 100;

/** The clock of a case as its record keeps it: an approved extension already moved `dueAt`. */
export function clockOf(record: CaseRecord): CaseClock {
  const extended = record.extension?.decision === 'approved' ? record.extension.hours : null;
  return { slaClass: record.slaClass, dispatchedAt: record.dispatchedAt, dueAt: record.dueAt, extendedHours: extended };
}

/**
 * 街呼区应's clock (12345 norms): at 80% of a case's span the holder and the street hear that it
 * is due soon, at 100% that it is overdue; a 挂账 case's holder hears on the plan's review date.
 * Each case is read when its `nextReminderAt` comes (the storage lists those), told what is due
 * and then given its next time. Telling comes first and moving the time after, so a run that dies
 * in between tells again next minute under the same dedupe key (nobody hears twice) and then moves
 * it. The key holds the span (reminderKey), so after an approved extension the holder hears the
 * new thresholds.
 */
export async function sendCaseReminders(deps: Deps): Promise<{ reminded: number }> {
  const now = deps.clock.now();
  const due = await deps.storage.cases.listReminderDue(now, BATCH);
  if (due.length === 0) return { reminded: 0 };
  const matters = await deps.storage.matters.findByIds([...new Set(due.map((c) => c.matterId))]);
  const titles = new Map(matters.map((m) => [m.id, m.title]));
  let reminded = 0;
  for (const record of due) {
    const title = titles.get(record.matterId) ?? '案件';
    if (await remind(deps, record, title, now)) reminded += 1;
    const next = nextLookAt({ state: record.state, clock: clockOf(record), reviewAt: reviewAtOf(record) }, now);
    await deps.storage.cases.change(record.id, { from: [record.state], patch: { nextReminderAt: next } }, now);
  }
  return { reminded };
}

function reviewAtOf(record: CaseRecord): number | null {
  return record.state === 'long_term' ? (record.longTerm?.reviewAt ?? null) : null;
}

const kindOfThreshold: Record<SlaThreshold, 'case_due_soon' | 'case_overdue'> = {
  0.8: 'case_due_soon',
  1: 'case_overdue',
};

/** Tells what is due for this case now; false when nothing is (a handled case, a review ahead). */
async function remind(deps: Deps, record: CaseRecord, title: string, now: number): Promise<boolean> {
  const event = { communityId: record.communityId, ref: { type: 'case' as const, id: record.id }, title, at: now };
  if (isClockRunning(record.state)) {
    const clock = clockOf(record);
    const threshold = thresholdToAnnounce(clock, now);
    if (threshold === null) return false;
    // A returned case is the street's to re-route: the body that returned it has nothing to do.
    const holder = record.state === 'returned' ? [] : await bodyMemberIds(deps, record.holder);
    const people = [...holder, ...(await streetMemberIds(deps, record.streetId))];
    await notify(deps, {
      ...event,
      kind: kindOfThreshold[threshold],
      userIds: people,
      facts: { when: record.dueAt },
      dedupeKey: `case_reminder:${record.id}:${reminderKey(clock, threshold)}`,
    });
    return true;
  }
  const reviewAt = reviewAtOf(record);
  if (reviewAt === null || now < reviewAt) return false;
  await notify(deps, {
    ...event,
    kind: 'case_review_due',
    userIds: await bodyMemberIds(deps, record.holder),
    facts: { when: reviewAt, reason: record.longTerm?.plan ?? '' },
    dedupeKey: `case_reminder:${record.id}:${reviewReminderKey(reviewAt)}`,
  });
  return true;
}
