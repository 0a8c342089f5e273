import type { PhotoCheckRepository } from '../../ports/photoChecks';
import { findDocumentById, insertIfAbsent, type CloudbaseDb } from './database';

/** `_id` is WeChat's trace id: remembering it twice stores it once. */
export function createPhotoCheckRepository(db: CloudbaseDb, collectionName: string): PhotoCheckRepository {
  const checks = () => db.collection(collectionName);
  return {
    async remember(traceId, matterId, fileId, at) {
      const document = { _id: traceId, matterId, fileId, createdAt: at };
      await insertIfAbsent(checks(), document, 'photoChecks.remember');
    },
    async find(traceId) {
      const stored = await findDocumentById(checks(), traceId, 'photoChecks.find');
      return stored ? { matterId: stored.matterId as string, fileId: stored.fileId as string } : null;
    },
  };
}
