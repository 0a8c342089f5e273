import type Database from 'better-sqlite3';
import type { PhotoCheckRepository } from '../../ports/photoChecks';

export function sqlitePhotoChecks(db: Database.Database): PhotoCheckRepository {
  const insert = db.prepare(
    'INSERT INTO photo_checks (trace_id, matter_id, file_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (trace_id) DO NOTHING',
  );
  const select = db.prepare<[string], { matterId: string; fileId: string }>(
    'SELECT matter_id AS matterId, file_id AS fileId FROM photo_checks WHERE trace_id = ?',
  );
  return {
    async remember(traceId, matterId, fileId, at) {
      insert.run(traceId, matterId, fileId, at);
    },
    async find(traceId) {
      return select.get(traceId) ?? null;
    },
  };
}
