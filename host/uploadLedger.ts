import { rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { LOCAL_FILE_PREFIX } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import type { UploadLedger } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import type { CheckedImage } from './imageCheck';
import { uploadsDir } from './uploads';

export interface UploadEntry {
  fileId: string;
  uploaderId: string;
  contentType: string;
  image: CheckedImage;
  bytes: number;
  uploadedAt: number;
}

/** Who uploaded each accepted file (table `host_uploads`): the functions attach only one's own. */
export function sqliteUploadLedger(db: Database.Database, dataDir: string) {
  const insert = db.prepare(
    `INSERT INTO host_uploads (file_id, uploader_id, content_type, width, height, bytes, uploaded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const uploader = db.prepare<[string], { uploader_id: string }>(
    'SELECT uploader_id FROM host_uploads WHERE file_id = ?',
  );
  const forget = db.prepare('DELETE FROM host_uploads WHERE file_id = ?');
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
    /** The file goes first: a failure between the two leaves a row a retry deletes, never a stray file. */
    async remove(fileId: string): Promise<void> {
      if (!uploader.get(fileId)) return;
      rmSync(path.join(uploadsDir(dataDir), fileId.slice(LOCAL_FILE_PREFIX.length)), { force: true });
      forget.run(fileId);
    },
  };
  return ledger satisfies UploadLedger;
}

export type SqliteUploadLedger = ReturnType<typeof sqliteUploadLedger>;
