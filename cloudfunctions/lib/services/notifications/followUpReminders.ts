import { shanghaiWallClockToMs } from '@domain/time';
import type { Deps } from '../../deps';
import { datesWhoseMomentFell, runWindowedJob } from './windowedJob';
import { notify } from './notify';

/** Staff reminders go out at the start of the working day. */
export const STAFF_REMINDER_TIME = '09:00';
const BATCH = 500;

/**
 * Tells each cadre, at 09:00 Shanghai on the due date, about their follow-ups due that day (the
 * days the timer missed included). One reminder per follow-up and due date: a changed due date
 * earns a new one, a second run nothing. Overdue ones stay listed in red in 待跟进.
 */
export async function sendFollowUpReminders(deps: Deps): Promise<{ reminded: number }> {
  const result = await runWindowedJob(deps, 'followup_reminders', async (lastRun, now) => {
    const dates = datesWhoseMomentFell(STAFF_REMINDER_TIME, lastRun, now);
    if (dates.length === 0) return { reminded: 0 };
    const records = await deps.storage.visitRecords.openFollowUpsDueBetween(dates[0], dates[dates.length - 1], BATCH);
    for (const record of records) {
      const followUp = record.followUp!;
      await notify(deps, {
        kind: 'followup_due',
        userIds: [record.cadreId],
        communityId: record.communityId,
        ref: { type: 'followup', id: record.id },
        title: followUp.note || '民情日记跟进事项',
        facts: {
          when: shanghaiWallClockToMs(followUp.dueDate, STAFF_REMINDER_TIME),
          reason: `约定${followUp.dueDate}前办结`,
        },
        dedupeKey: `followup_due:${record.id}:${followUp.dueDate}`,
        at: now,
      });
    }
    return { reminded: records.length };
  });
  return result ?? { reminded: 0 };
}
