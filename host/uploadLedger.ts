import type Database from 'better-sqlite3';
import type { UploadLedger } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import type { CheckedImage } from './imageCheck';

export interface UploadEntry {
  fileId: string;
  uploaderId: string;
  contentType: string;
  image: CheckedImage;
  bytes: number;
  uploadedAt: number;
}

/** Who uploaded each accepted file (table `host_uploads`): the functions attach only one's own. */
export function sqliteUploadLedger(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO host_uploads (file_id, uploader_id, content_type, width, height, bytes, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const uploader = db.prepare<[string], { uploader_id: string }>(
    'SELECT uploader_id FROM host_uploads WHERE file_id = ?',
  );
  const ledger = {
    record(entry: UploadEntry): void {
      const { image } = entry;
      insert.run(
        entry.fileId,
        entry.uploaderId,
        entry.contentType,
        image.width,
        image.height,
        entry.bytes,
        entry.uploadedAt,
      );
    },
    async uploaderOf(fileId: string): Promise<string | null> {
      return uploader.get(fileId)?.uploader_id ?? null;
    },
  };
  return ledger satisfies UploadLedger;
}

export type SqliteUploadLedger = ReturnType<typeof sqliteUploadLedger>;
