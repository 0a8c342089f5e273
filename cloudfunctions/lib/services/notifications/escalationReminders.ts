import { shanghaiDateOf, shanghaiWallClockToMs } from '../../../../src/domain/time';
import type { Deps } from '../../deps';
import type { MatterRecord } from '../../ports/matters';
import { STAFF_REMINDER_TIME } from './followUpReminders';
import { fellBetween, runWindowedJob } from './windowedJob';

const BATCH = 500;

/**
 * Tells a community's committee, at 09:00 Shanghai, about escalations (街呼区应) past their answer
 * date: once per matter and due date, so a committee is not nagged daily by the same matter.
 */
export async function sendEscalationReminders(deps: Deps): Promise<{ reminded: number }> {
  const result = await runWindowedJob(deps, 'escalation_reminders', async (lastRun, now) => {
    const today = shanghaiDateOf(now);
    if (!fellBetween(shanghaiWallClockToMs(today, STAFF_REMINDER_TIME), lastRun, now)) return { reminded: 0 };
    const overdue = (await deps.storage.matters.listEscalated(BATCH)).filter(
      (m) => m.escalation && !m.escalation.respondedAt && m.escalation.dueDate < today,
    );
    for (const matter of overdue) await remindCommittee(deps, matter, now);
    return { reminded: overdue.length };
  });
  return result ?? { reminded: 0 };
}

async function remindCommittee(deps: Deps, matter: MatterRecord, now: number): Promise<void> {
  const escalation = matter.escalation!;
  const committee = await deps.storage.users.list({
    role: 'committee',
    communityId: matter.communityId,
    after: null,
    limit: 100,
  });
  await deps.notifier.notify({
    kind: 'escalation_overdue',
    userIds: committee.items.map((u) => u.id),
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
