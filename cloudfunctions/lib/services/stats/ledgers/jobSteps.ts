import { ledgerTitles } from '@domain/stats/ledgers';
import { ledgerText } from '@domain/stats/ledgerMasking';
import { formatShanghai } from '@domain/time';
import type { Deps } from '../../../deps';
import type { ExportJobRecord } from '../../../ports/exportJobs';
import type { LedgerFilter, LedgerRange } from '../../../ports/ledgerSources';
import { writeXlsx } from '../../xlsx';
import { ledgerSheets } from './index';

/**
 * How many rows one step reads and masks: with the people and slots they name, a few requests
 * per step, well inside a CloudBase function's 5 s (cloudbaserc.json).
 */
export const STEP_ROWS = 250;
/** A step that failed this many times fails the job: the caller is told to export again. */
const MAX_FAILURES = 3;

export function filterOf(job: Pick<ExportJobRecord, 'communityIds' | 'cadreId'>): LedgerFilter {
  return { communityIds: job.communityIds, cadreId: job.cadreId };
}

export function rangeOf(job: Pick<ExportJobRecord, 'period'>): LedgerRange {
  const { startMs, endMs, from, to } = job.period;
  return { startMs, endMs, from, to };
}

/**
 * Moves the job on by one step: reads the next page of rows into chunk `step`, or, once every
 * row is read, writes the file. Each step is keyed by (job, step): the chunk the first run kept
 * is the one the job moves on by, and the job moves only from the step it was read at, so a
 * poll and the timer running the same step, or a retry after a failure half way, converge.
 * Answers the job as it now stands.
 */
export async function advanceJob(deps: Deps, job: ExportJobRecord): Promise<ExportJobRecord> {
  if (job.state === 'done' || job.state === 'failed') return job;
  const now = deps.clock.now();
  try {
    if (job.readDone) await writeFile(deps, job, now);
    else await readStep(deps, job, now);
  } catch (error) {
    deps.logger.warn('ledger_export_step_failed', { jobId: job.id, step: job.step, error: String(error) });
    const failures = job.failures + 1;
    const failed = failures >= MAX_FAILURES;
    await deps.storage.exportJobs.advance(
      job.id,
      job.step,
      failed ? { failures, state: 'failed', error: '台账生成失败，请重新导出' } : { failures },
      now,
    );
  }
  return (await deps.storage.exportJobs.findById(job.id)) ?? job;
}

async function readStep(deps: Deps, job: ExportJobRecord, now: number): Promise<void> {
  const sheet = ledgerSheets[job.ledger];
  const page = await sheet.page(deps, filterOf(job), rangeOf(job), job.cursor, STEP_ROWS);
  const kept = await deps.storage.exportJobs.saveChunk({
    jobId: job.id,
    step: job.step,
    rows: page.rows,
    next: page.next,
  });
  await deps.storage.exportJobs.advance(
    job.id,
    job.step,
    {
      state: 'running',
      step: job.step + 1,
      cursor: kept.next,
      readDone: kept.next === null,
      rows: job.rows + kept.rows.length,
      failures: 0,
    },
    now,
  );
}

async function writeFile(deps: Deps, job: ExportJobRecord, now: number): Promise<void> {
  const sheet = ledgerSheets[job.ledger];
  const chunks = await deps.storage.exportJobs.chunks(job.id);
  const rows = chunks.flatMap((chunk) => chunk.rows);
  const title = ledgerTitles[job.ledger];
  const bytes = writeXlsx(
    [
      {
        name: title,
        columns: sheet.columns,
        rows,
        titles: [
          `${job.scopeLabel} ${title}`,
          `周期：${job.period.label}（${job.period.from} 至 ${job.period.to}）  导出人：${ledgerText(job.ownerName)}  导出时间：${formatShanghai(now)}  共${rows.length}条`,
        ],
      },
    ],
    now,
  );
  const fileName = `${title}-${job.period.from}至${job.period.to}.xlsx`;
  // A retry after the save but before the job moved on saves a second file: it expires like any
  // export (exportFiles' clean-up), and the job keeps one link.
  const saved = await deps.exportFiles.save(job.ownerId, fileName, bytes, now);
  const finished = await deps.storage.exportJobs.advance(
    job.id,
    job.step,
    {
      state: 'done',
      step: job.step + 1,
      rows: rows.length,
      fileName,
      url: saved.url,
      expiresAt: saved.expiresAt,
      failures: 0,
    },
    now,
  );
  if (finished) await deps.storage.exportJobs.removeChunks(job.id);
  deps.logger.info('ledger_exported', { jobId: job.id, ledger: job.ledger, rows: rows.length, bytes: bytes.length });
}
