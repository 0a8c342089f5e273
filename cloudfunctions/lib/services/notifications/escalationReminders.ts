import { shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import type { Deps } from '../../deps';
import type { MatterRecord } from '../../ports/matters';
import { STAFF_REMINDER_TIME } from './followUpReminders';
import { datesWhoseMomentFell, runWindowedJob } from './windowedJob';
import { committeeMemberIds } from './committeeMembers';
import { notify } from './notify';

const BATCH = 500;

/**
 * Tells a community's committee, at 09:00 Shanghai on the first day an escalation (街呼区应) is
 * past its answer date: once per matter and due date, so a committee is not nagged daily by the
 * same matter (the manage page keeps showing it as overdue).
 */
export async function sendEscalationReminders(deps: Deps): Promise<{ reminded: number }> {
  const result = await runWindowedJob(deps, 'escalation_reminders', async (lastRun, now) => {
    // An answer due on day D is overdue from the morning of D + 1.
    const dates = datesWhoseMomentFell(STAFF_REMINDER_TIME, lastRun, now);
    if (dates.length === 0) return { reminded: 0 };
    const overdue = await deps.storage.matters.listEscalatedDueBetween(
      addDays(dates[0], -1),
      addDays(dates[dates.length - 1], -1),
      BATCH,
    );
    // A matter dispatched as a case (街呼区应 in the app) is watched by the case's own clock: the
    // holder and the street hear at 80% and 100% (the case reminders), not the committee here.
    const noted: MatterRecord[] = [];
    for (const matter of overdue) if (!(await deps.storage.cases.findOpenForMatter(matter.id))) noted.push(matter);
    for (const matter of noted) await remindCommittee(deps, matter, now);
    return { reminded: noted.length };
  });
  return result ?? { reminded: 0 };
}

async function remindCommittee(deps: Deps, matter: MatterRecord, now: number): Promise<void> {
  const escalation = matter.escalation!;
  await notify(deps, {
    kind: 'escalation_overdue',
    userIds: await committeeMemberIds(deps, matter.communityId),
    communityId: matter.communityId,
    ref: { type: 'matter', id: matter.id },
    title: matter.title,
    facts: {
      when: shanghaiWallClockToMs(escalation.dueDate, '00:00'),
      reason: `${escalation.department || '街道/部门'}应于${escalation.dueDate}前答复`,
    },
    dedupeKey: `escalation_overdue:${matter.id}:${escalation.dueDate}`,
    at: now,
  });
}
