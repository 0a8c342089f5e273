import { ledgerTitles } from '@domain/stats/ledgers';
import type { ExportJobRecord } from '../../../ports/exportJobs';

/** Reading rows takes the progress to 95; writing the file is the last 5. */
const READ_SHARE = 95;

export function progressOf(job: Pick<ExportJobRecord, 'state' | 'rows' | 'total' | 'readDone'>): number {
  if (job.state === 'done') return 100;
  if (job.readDone) return READ_SHARE;
  if (job.total === 0) return 0;
  return Math.min(READ_SHARE, Math.floor((job.rows / job.total) * READ_SHARE));
}

/** The job as the contract shows it to its owner. */
export function jobView(job: ExportJobRecord) {
  return {
    id: job.id,
    ledger: job.ledger,
    title: ledgerTitles[job.ledger],
    communityId: job.communityId,
    period: { kind: job.period.kind, from: job.period.from, to: job.period.to, label: job.period.label },
    state: job.state,
    progress: progressOf(job),
    rows: job.rows,
    fileName: job.fileName,
    url: job.url,
    expiresAt: job.expiresAt,
    error: job.error,
    createdAt: job.createdAt,
  };
}
