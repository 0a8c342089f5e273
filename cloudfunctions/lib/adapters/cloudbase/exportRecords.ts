import { insertIfAbsent, MAX_ROWS_PER_GET, rowsOf, succeeded, type CloudbaseDb } from './database';

/** One data export kept in cloud storage: which file, whose, until when its link works. */
export interface ExportRecord {
  /** The random folder of the export's path: unique per export, the record's `_id`. */
  key: string;
  fileId: string;
  userId: string;
  expiresAt: number;
}

/**
 * What the CloudBase export files remember of each export they stored: cloud storage cannot list
 * a folder from the node SDK, nor expire a file by itself, so the nightly clean-up finds the
 * expired exports here.
 */
export interface ExportRecords {
  add(record: ExportRecord): Promise<void>;
  /** Exports whose link expired at or before `now`, soonest first, at most a page of 1000. */
  expiredBy(now: number): Promise<ExportRecord[]>;
  forget(keys: readonly string[]): Promise<void>;
}

export function cloudbaseExportRecords(db: CloudbaseDb, collectionName: string): ExportRecords {
  const _ = db.command;
  const records = () => db.collection(collectionName);
  return {
    async add({ key, ...fields }) {
      await insertIfAbsent(records(), { _id: key, ...fields }, 'exportRecords.add');
    },
    async expiredBy(now) {
      const reply = await records()
        .where({ expiresAt: _.lte(now) })
        .orderBy('expiresAt', 'asc')
        .limit(MAX_ROWS_PER_GET)
        .get();
      return rowsOf(reply, 'exportRecords.expiredBy').map((stored) => ({
        key: stored._id,
        fileId: String(stored.fileId),
        userId: String(stored.userId),
        expiresAt: Number(stored.expiresAt),
      }));
    },
    async forget(keys) {
      if (keys.length === 0) return;
      succeeded(
        await records()
          .where({ _id: _.in([...keys]) })
          .remove(),
        'exportRecords.forget',
      );
    },
  };
}
