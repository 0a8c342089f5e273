import type { JobRunRepository } from '../../ports/notifications';
import { countOf, findDocumentById, insertIfAbsent, type CloudbaseDb } from './database';

/**
 * Timer marks, one document per job: `_id` = the job name, `lastRun` = the mark. Advancing is a
 * compare-and-set on that one document (an insert under the `_id` for the very first mark), so of
 * two firings of the same timer that read the same mark, exactly one moves it on.
 */
interface JobRunDocument {
  _id: string;
  lastRun: number;
}

export function createJobRunRepository(db: CloudbaseDb, collectionName: string): JobRunRepository {
  const marks = () => db.collection(collectionName);

  async function lastRun(job: string): Promise<number | null> {
    const stored = (await findDocumentById(marks(), job, 'jobRuns.lastRun')) as unknown as JobRunDocument | null;
    return stored?.lastRun ?? null;
  }

  return {
    lastRun,

    async advance(job, from, to) {
      if (from === null) {
        const first: JobRunDocument = { _id: job, lastRun: to };
        return insertIfAbsent(marks(), first, 'jobRuns.advance');
      }
      const reply = await marks().where({ _id: job, lastRun: from }).update({ lastRun: to });
      if (countOf(reply, 'updated', 'jobRuns.advance') === 1) return true;
      // `updated` counts documents that changed: moving a mark to where it already is counts 0,
      // yet the mark was `from`, so the compare-and-set succeeded.
      return from === to && (await lastRun(job)) === from;
    },
  };
}
