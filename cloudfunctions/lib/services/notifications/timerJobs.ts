import type { Deps } from '../../deps';
import { closeUnratedMatters } from './autoClose';
import { purgeOldRequestIds } from './housekeeping';
import { dispatchOutbox, type DispatchTally } from './dispatch';
import { sendEscalationReminders } from './escalationReminders';
import { sendFollowUpReminders } from './followUpReminders';
import { sendVisitReminders } from './visitReminders';

export interface TimerRun {
  visitReminders: number;
  followUpReminders: number;
  escalationReminders: number;
  mattersClosed: number;
  requestIdsPurged: number;
  dispatched: DispatchTally;
}

/**
 * Everything the `notification` timer does each minute (one trigger per function in WeChat):
 * raise the reminders whose moment has come, close resolved matters nobody rated within 7 days,
 * forget week-old request ids (03:00), then send what the outbox holds. Each job is
 * windowed and deduplicated, so a timer that fires twice or late sends nothing twice.
 */
export async function runTimerJobs(deps: Deps): Promise<TimerRun> {
  // Each reminder job is one unit: its notifications and its window mark land together.
  const visit = await deps.storage.unitOfWork(() => sendVisitReminders(deps));
  const followUps = await deps.storage.unitOfWork(() => sendFollowUpReminders(deps));
  const escalations = await deps.storage.unitOfWork(() => sendEscalationReminders(deps));
  const closed = await closeUnratedMatters(deps);
  const purged = await purgeOldRequestIds(deps);
  const dispatched = await dispatchOutbox(deps);
  return {
    visitReminders: visit.reminded,
    followUpReminders: followUps.reminded,
    escalationReminders: escalations.reminded,
    mattersClosed: closed.closed,
    requestIdsPurged: purged.purged,
    dispatched,
  };
}
