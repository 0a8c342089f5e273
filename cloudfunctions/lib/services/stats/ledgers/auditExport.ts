import { ledgerTitles } from '@domain/stats/ledgers';
import type { ExportJobRecord } from '../../../ports/exportJobs';
import type { UserRecord } from '../../../ports/storage';
import type { ActionContext } from '../../../service';
import { commandId } from '../../commandIds';

/** The audit action of a ledger export: the full log (account.listAudit) shows it with the staff's other actions. */
export const LEDGER_EXPORT_ACTION = 'stats.exportLedger';

/**
 * Appends the export's audit line: who, which ledger, whose communities, which period, how many
 * rows. Its id comes from the request id, so a retry that finds the job writes the line it may
 * have lost, once.
 */
export async function auditExport(ctx: ActionContext, user: UserRecord, job: ExportJobRecord): Promise<void> {
  await ctx.deps.storage.audit.append({
    id: commandId(ctx, 'a', LEDGER_EXPORT_ACTION),
    actorId: user.id,
    actorName: user.name || '工作人员',
    action: LEDGER_EXPORT_ACTION,
    targetType: 'ledger',
    targetId: job.id,
    communityId: job.communityId,
    before: null,
    after: {
      ledger: ledgerTitles[job.ledger],
      scope: job.scopeLabel,
      communityIds: job.communityIds,
      period: `${job.period.from} 至 ${job.period.to}`,
      rows: job.total,
    },
    at: job.createdAt,
  });
}
