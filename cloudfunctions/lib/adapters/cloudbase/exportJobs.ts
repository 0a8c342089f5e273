import type {
  ChunkCell,
  ExportChunkRecord,
  ExportJobRecord,
  ExportJobRepository,
  LedgerCursor,
} from '../../ports/exportJobs';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertIfAbsent, rowsOf, type CloudbaseDb, type StoredDocument } from './database';
import { fetchAllMatching } from './keysetPages';
import { toDocument, toRecord } from './serviceDocuments';

const UNFINISHED = ['queued', 'running'];

/** A chunk as stored: its rows as JSON text (arrays of arrays of cells), its cursor as a field. */
interface ChunkDocument {
  _id: string;
  jobId: string;
  step: number;
  rowsJson: string;
  next: LedgerCursor | null;
}

function toChunk(stored: StoredDocument): ExportChunkRecord {
  const document = stored as unknown as ChunkDocument;
  return {
    jobId: document.jobId,
    step: document.step,
    rows: JSON.parse(document.rowsJson) as ChunkCell[][],
    next: document.next ?? null,
  };
}

/**
 * Ledger export jobs: a job moves on by `where({ _id, step, state: unfinished }).update()`, one
 * document conditionally, so of two runs of a step one wins; a chunk is inserted under
 * `jobId:step`, so the first run's rows are the ones kept.
 */
export function createExportJobRepository(db: CloudbaseDb, names: CollectionNames): ExportJobRepository {
  const _ = db.command;
  const jobs = () => db.collection(names.exportJobs);
  const chunks = () => db.collection(names.exportChunks);

  async function findById(id: string): Promise<ExportJobRecord | null> {
    const stored = await findDocumentById(jobs(), id, 'exportJobs.findById');
    return stored ? toRecord<ExportJobRecord>(stored) : null;
  }

  return {
    async create(job) {
      const created = await insertIfAbsent(jobs(), toDocument(job), 'exportJobs.create');
      const stored = await findById(job.id);
      if (!stored) throw new Error(`exportJobs.create: job ${job.id} vanished`);
      return { job: stored, created };
    },
    findById,
    async advance(id, expectedStep, patch, now) {
      const changes: Record<string, unknown> = { updatedAt: now };
      for (const [field, value] of Object.entries(patch)) {
        // An object given plainly would be merged into the stored one: the cursor is replaced whole.
        changes[field] = typeof value === 'object' && value !== null ? _.set(value) : value;
      }
      const reply = await jobs()
        .where({ _id: id, step: expectedStep, state: _.in(UNFINISHED) })
        .update(changes);
      return countOf(reply, 'updated', 'exportJobs.advance') === 1;
    },
    async saveChunk(chunk) {
      const _id = `${chunk.jobId}:${chunk.step}`;
      const document: ChunkDocument = {
        _id,
        jobId: chunk.jobId,
        step: chunk.step,
        rowsJson: JSON.stringify(chunk.rows),
        next: chunk.next,
      };
      if (await insertIfAbsent(chunks(), document, 'exportJobs.saveChunk')) return chunk;
      const kept = await findDocumentById(chunks(), _id, 'exportJobs.saveChunk');
      return kept ? toChunk(kept) : chunk;
    },
    async chunks(jobId) {
      const stored = await fetchAllMatching(chunks(), _, {
        conditions: [{ jobId }],
        sortField: 'step',
        idField: '_id',
        direction: 'asc',
        operation: 'exportJobs.chunks',
      });
      return stored.map(toChunk);
    },
    async removeChunks(jobId) {
      countOf(await chunks().where({ jobId }).remove(), 'deleted', 'exportJobs.removeChunks');
    },
    async listUnfinished(limit) {
      const reply = await jobs()
        .where({ state: _.in(UNFINISHED) })
        .orderBy('createdAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(limit)
        .get();
      return rowsOf(reply, 'exportJobs.listUnfinished').map((stored) => toRecord<ExportJobRecord>(stored));
    },
  };
}
