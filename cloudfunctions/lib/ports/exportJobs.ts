import type { ExportJobState, LedgerKind } from '@domain/stats/ledgers';
import type { PeriodKind } from '@domain/stats/period';

/** Where a ledger's rows continue: the sort value (a time or a date) and the id breaking ties. */
export interface LedgerCursor {
  key: number | string;
  id: string;
}

/** The period a job exports, as resolved when it was asked for (it never moves afterwards). */
export interface JobPeriod {
  kind: PeriodKind;
  from: string;
  to: string;
  label: string;
  startMs: number;
  endMs: number;
}

/**
 * A ledger export (stats.exportLedger): who asked, what, and how far it got. Rows are read in
 * bounded steps (`step` pages so far, each kept as a chunk), then one last step writes the file.
 */
export interface ExportJobRecord {
  /** Derived from the request id: a retried exportLedger finds its job instead of making another. */
  id: string;
  ownerId: string;
  ownerName: string;
  ledger: LedgerKind;
  /** The community asked for, or null for all of the caller's (a street). */
  communityId: string | null;
  communityIds: string[];
  /** `东门社区`, `古槐街道（8个社区）`: whose ledger, as the title row says it. */
  scopeLabel: string;
  /** Set for a cadre: only their own records. */
  cadreId: string | null;
  period: JobPeriod;
  state: ExportJobState;
  /** Rows counted when the job was made: the progress is rows / total. */
  total: number;
  rows: number;
  /** Chunks written so far; a step writes chunk `step` and moves this on by one, conditionally. */
  step: number;
  cursor: LedgerCursor | null;
  /** Every row has been read into chunks: the next step writes the file. */
  readDone: boolean;
  fileName: string | null;
  url: string | null;
  expiresAt: number | null;
  error: string | null;
  /** Failed attempts of the current step; the job fails after a few. */
  failures: number;
  createdAt: number;
  updatedAt: number;
}

/** A cell as a chunk keeps it: what the xlsx writer takes (services/xlsx Cell), JSON-safe. */
export type ChunkCell = string | number | boolean | null;

/** One step's rows, as the sheet's cells (already masked), kept until the file is written. */
export interface ExportChunkRecord {
  jobId: string;
  step: number;
  rows: ChunkCell[][];
  /** Where the rows after this chunk start; null when it holds the last of them. */
  next: LedgerCursor | null;
}

/** What a step changes on its job. */
export type ExportJobPatch = Partial<
  Pick<
    ExportJobRecord,
    'state' | 'rows' | 'step' | 'cursor' | 'readDone' | 'fileName' | 'url' | 'expiresAt' | 'error' | 'failures'
  >
>;

export interface ExportJobRepository {
  /** Inserts the job unless one with its id exists; answers the stored one. */
  create(job: ExportJobRecord): Promise<{ job: ExportJobRecord; created: boolean }>;
  findById(id: string): Promise<ExportJobRecord | null>;
  /**
   * Applies the patch only while the job is still at `expectedStep` and not finished (done or
   * failed): of two runs of one step (a poll and the timer, or a retry) one moves it on.
   */
  advance(id: string, expectedStep: number, patch: ExportJobPatch, now: number): Promise<boolean>;
  /**
   * Keeps chunk `step` of the job unless one is kept already, and answers the kept one: the job
   * then moves on by what was kept (its rows and cursor), so two runs of a step, or a retry after
   * one that failed half way, agree on one chunk.
   */
  saveChunk(chunk: ExportChunkRecord): Promise<ExportChunkRecord>;
  /** The job's chunks, in step order. */
  chunks(jobId: string): Promise<ExportChunkRecord[]>;
  /** Drops a finished job's chunks: the file holds the rows now. */
  removeChunks(jobId: string): Promise<void>;
  /** Jobs still queued or running, oldest first: the timer moves on the ones nobody polls. */
  listUnfinished(limit: number): Promise<ExportJobRecord[]>;
}
