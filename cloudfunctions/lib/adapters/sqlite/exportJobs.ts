import type Database from 'better-sqlite3';
import type {
  ChunkCell,
  ExportChunkRecord,
  ExportJobRecord,
  ExportJobRepository,
  LedgerCursor,
} from '../../ports/exportJobs';

interface JobRow {
  id: string;
  owner_id: string;
  state: ExportJobRecord['state'];
  step: number;
  created_at: number;
  updated_at: number;
  body_json: string;
}

function toJob(row: JobRow): ExportJobRecord {
  const body = JSON.parse(row.body_json) as Omit<
    ExportJobRecord,
    'id' | 'ownerId' | 'state' | 'step' | 'createdAt' | 'updatedAt'
  >;
  return {
    ...body,
    id: row.id,
    ownerId: row.owner_id,
    state: row.state,
    step: row.step,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toChunk(jobId: string, step: number, json: string): ExportChunkRecord {
  const { rows, next } = JSON.parse(json) as { rows: ChunkCell[][]; next: LedgerCursor | null };
  return { jobId, step, rows, next };
}

function jobParams(job: ExportJobRecord) {
  const { id, ownerId, state, step, createdAt, updatedAt, ...body } = job;
  return { id, ownerId, state, step, createdAt, updatedAt, bodyJson: JSON.stringify(body) };
}

/** Ledger export jobs: a row per job (its changing parts as columns), a row per chunk of rows. */
export function sqliteExportJobs(db: Database.Database): ExportJobRepository {
  const insert = db.prepare(
    `INSERT INTO export_jobs (id, owner_id, state, step, created_at, updated_at, body_json)
     VALUES (@id, @ownerId, @state, @step, @createdAt, @updatedAt, @bodyJson) ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare<[string], JobRow>('SELECT * FROM export_jobs WHERE id = ?');
  const replace = db.prepare(
    `UPDATE export_jobs SET state = @state, step = @step, updated_at = @updatedAt, body_json = @bodyJson
     WHERE id = @id AND step = @expectedStep AND state IN ('queued', 'running')`,
  );
  const upsertChunk = db.prepare(
    'INSERT INTO export_chunks (job_id, step, rows_json) VALUES (?, ?, ?) ON CONFLICT (job_id, step) DO NOTHING',
  );
  const chunkAt = db.prepare<[string, number], { rows_json: string }>(
    'SELECT rows_json FROM export_chunks WHERE job_id = ? AND step = ?',
  );
  const chunksOf = db.prepare<[string], { step: number; rows_json: string }>(
    'SELECT step, rows_json FROM export_chunks WHERE job_id = ? ORDER BY step',
  );
  const dropChunks = db.prepare('DELETE FROM export_chunks WHERE job_id = ?');
  const unfinished = db.prepare<[number], JobRow>(
    `SELECT * FROM export_jobs WHERE state IN ('queued', 'running') ORDER BY created_at, id LIMIT ?`,
  );

  return {
    async create(job) {
      const created = insert.run(jobParams(job)).changes === 1;
      const stored = byId.get(job.id);
      if (!stored) throw new Error(`exportJobs.create: job ${job.id} vanished`);
      return { job: toJob(stored), created };
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toJob(row) : null;
    },
    // Read, patch and write back in one transaction: better-sqlite3 calls are synchronous, so no
    // other call runs in between, and the WHERE re-checks the step anyway.
    advance: async (id, expectedStep, patch, now) =>
      db.transaction(() => {
        const row = byId.get(id);
        if (!row) return false;
        const next = { ...toJob(row), ...patch, updatedAt: now };
        return replace.run({ ...jobParams(next), expectedStep }).changes === 1;
      })(),
    async saveChunk(chunk) {
      upsertChunk.run(chunk.jobId, chunk.step, JSON.stringify({ rows: chunk.rows, next: chunk.next }));
      const kept = chunkAt.get(chunk.jobId, chunk.step);
      return kept ? toChunk(chunk.jobId, chunk.step, kept.rows_json) : chunk;
    },
    async chunks(jobId) {
      return chunksOf.all(jobId).map((row) => toChunk(jobId, row.step, row.rows_json));
    },
    async removeChunks(jobId) {
      dropChunks.run(jobId);
    },
    async listUnfinished(limit) {
      return unfinished.all(limit).map(toJob);
    },
  };
}
