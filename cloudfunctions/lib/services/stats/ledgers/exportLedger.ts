import { AppError } from '@domain/errors';
import { ledgerTitles } from '@domain/stats/ledgers';
import { resolvePeriod } from '@domain/stats/period';
import type { ExportJobRecord } from '../../../ports/exportJobs';
import type { ServiceMap } from '../../../service';
import { commandId } from '../../commandIds';
import { requireUser } from '../../requireUser';
import { resolveStatsScope } from '../scope';
import { ledgerSheets } from './index';
import { advanceJob, filterOf, rangeOf, STEP_ROWS } from './jobSteps';
import { jobView } from './jobView';

/** A ledger this small is written in the call that asks for it (two steps and the file). */
export const SMALL_LEDGER_ROWS = 2 * STEP_ROWS;

/**
 * stats.exportLedger: makes the caller's export job (its id derived from the request id, so a
 * retry finds it), counts its rows, writes the audit line, and writes a small ledger at once; a
 * larger one is left queued and moved on by exportJob polls and the timer.
 */
export const exportLedger: ServiceMap<'stats'>['exportLedger'] = async (ctx, input) => {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const sheet = ledgerSheets[input.ledger];
  const resolved = resolveStatsScope(user, await deps.storage.places.directory(), input.communityId);
  if (resolved.scope.view === 'cadre' && !sheet.cadreMay) {
    throw new AppError('FORBIDDEN', '民情书记只能导出本人的民情日记台账和接访登记台账');
  }
  const jobId = commandId(ctx, 'ledger-', 'stats.exportLedger');
  const earlier = await deps.storage.exportJobs.findById(jobId);
  if (earlier) return { job: jobView(await finishSmall(ctx.deps, earlier)) };

  const now = deps.clock.now();
  const period = resolvePeriod(input.period, now);
  const draft: ExportJobRecord = {
    id: jobId,
    ownerId: user.id,
    ownerName: user.name || '工作人员',
    ledger: input.ledger,
    communityId: resolved.communityId,
    communityIds: resolved.scope.communityIds,
    scopeLabel: resolved.scopeLabel,
    cadreId: resolved.scope.cadreId,
    period: {
      kind: period.kind,
      from: period.from,
      to: period.to,
      label: period.label,
      startMs: period.startMs,
      endMs: period.endMs,
    },
    state: 'queued',
    total: 0,
    rows: 0,
    step: 0,
    cursor: null,
    readDone: false,
    fileName: null,
    url: null,
    expiresAt: null,
    error: null,
    failures: 0,
    createdAt: now,
    updatedAt: now,
  };
  const total = await sheet.count(deps, filterOf(draft), rangeOf(draft));
  const { job } = await deps.storage.exportJobs.create({ ...draft, total });
  await deps.storage.audit.append({
    id: commandId(ctx, 'a', 'stats.exportLedger'),
    actorId: user.id,
    actorName: user.name || '工作人员',
    action: 'stats.exportLedger',
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
    at: now,
  });
  return { job: jobView(await finishSmall(deps, job)) };
};

/** A small ledger is finished in this call: its steps run one after another until the file is written. */
async function finishSmall(deps: Parameters<typeof advanceJob>[0], job: ExportJobRecord): Promise<ExportJobRecord> {
  if (job.total > SMALL_LEDGER_ROWS) return job;
  let current = job;
  // Each turn is one step; the bound only guards against a job that stopped moving (a failing step).
  for (let turn = 0; turn < SMALL_LEDGER_ROWS / STEP_ROWS + 3; turn += 1) {
    if (current.state === 'done' || current.state === 'failed') break;
    current = await advanceJob(deps, current);
  }
  return current;
}
