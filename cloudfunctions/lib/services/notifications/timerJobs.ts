import type { Deps } from '../../deps';
import { sendActivityReminders } from './activityReminders';
import { sendCaseReminders } from './caseReminders';
import { closeUnratedMatters } from './autoClose';
import { DISPATCH_BUDGET_MS, dispatchOutbox, type DispatchTally } from './dispatch';
import { sendEscalationReminders } from './escalationReminders';
import { sendFollowUpReminders } from './followUpReminders';
import { escalateUnclaimedOrders } from './orderEscalations';
import { NOTHING_DONE as NO_HOUSEKEEPING, runHousekeeping } from './housekeeping';
import { sendVisitReminders } from './visitReminders';
import { advanceUnpolledExports } from '../stats/ledgers/unpolledJobs';

export interface TimerRun {
  visitReminders: number;
  followUpReminders: number;
  escalationReminders: number;
  ordersEscalated: number;
  activityReminders: number;
  /** 街呼区应: cases told they are due soon, overdue, or at their 挂账 review date. */
  caseReminders: number;
  mattersClosed: number;
  requestIdsPurged: number;
  bookingContactsErased: number;
  orderContactsErased: number;
  rejectedPhotosErased: number;
  exportsRemoved: number;
  exportJobsRemoved: number;
  /** Steps taken on ledger exports nobody polls (台账 left generating in the background). */
  ledgerExportSteps: number;
  dispatched: DispatchTally | null;
}

/**
 * Everything the `notification` timer does each minute (one trigger per function in WeChat):
 * raise the reminders whose moment has come (街呼区应 cases at 80% and 100% of their clock included), escalate service orders nobody claimed in time, close resolved matters nobody rated within 7 days,
 * forget week-old request ids, erase the contacts of visits 90 days past, rejected photos and expired exports (03:00), move on the ledger exports nobody polls, then send what the outbox holds. Each job is windowed and
 * deduplicated, so a timer that fires twice or late sends nothing twice. A job that fails is
 * logged and skipped for this minute: it never stops the others, above all not the sending.
 */
export async function runTimerJobs(deps: Deps): Promise<TimerRun> {
  const startedAt = Date.now();
  const safely = async <T>(job: string, fallback: T, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      deps.logger.error('timer_job_failed', { job, error: error instanceof Error ? error.stack : String(error) });
      return fallback;
    }
  };
  // Each reminder job is one unit: its notifications and its window mark land together.
  const unit =
    <T>(run: () => Promise<T>) =>
    () =>
      deps.storage.unitOfWork(run);
  const visit = await safely(
    'visit_reminders',
    { reminded: 0, due: [] },
    unit(() => sendVisitReminders(deps)),
  );
  const followUps = await safely(
    'followup_reminders',
    { reminded: 0 },
    unit(() => sendFollowUpReminders(deps)),
  );
  const escalations = await safely(
    'escalation_reminders',
    { reminded: 0 },
    unit(() => sendEscalationReminders(deps)),
  );
  const orders = await safely(
    'order_escalations',
    { escalated: 0 },
    unit(() => escalateUnclaimedOrders(deps)),
  );
  const activities = await safely(
    'activity_reminders',
    { reminded: 0 },
    unit(() => sendActivityReminders(deps)),
  );
  const cases = await safely(
    'case_reminders',
    { reminded: 0 },
    unit(() => sendCaseReminders(deps)),
  );
  const closed = await safely('auto_close', { closed: 0 }, () => closeUnratedMatters(deps));
  const housekeeping = await safely('housekeeping', NO_HOUSEKEEPING, () => runHousekeeping(deps));
  const ledgerExportSteps = await safely('ledger_exports', 0, () => advanceUnpolledExports(deps));
  // One budget for the whole run (the function times out at 30 s), whatever the jobs took.
  const budget = Math.max(0, DISPATCH_BUDGET_MS - (Date.now() - startedAt));
  const dispatched = await safely('dispatch', null, () => dispatchOutbox(deps, 200, budget));
  return {
    visitReminders: visit.reminded,
    followUpReminders: followUps.reminded,
    escalationReminders: escalations.reminded,
    ordersEscalated: orders.escalated,
    activityReminders: activities.reminded,
    caseReminders: cases.reminded,
    mattersClosed: closed.closed,
    requestIdsPurged: housekeeping.purged,
    bookingContactsErased: housekeeping.bookingContactsErased,
    orderContactsErased: housekeeping.orderContactsErased,
    rejectedPhotosErased: housekeeping.rejectedPhotosErased,
    exportsRemoved: housekeeping.exportsRemoved,
    exportJobsRemoved: housekeeping.exportJobsRemoved,
    ledgerExportSteps,
    dispatched,
  };
}
