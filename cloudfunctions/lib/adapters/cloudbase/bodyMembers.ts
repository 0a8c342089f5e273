import type { UserRepository } from '../../ports/storage';
import { MAX_ROWS_PER_GET, rowsOf, type CloudbaseDb } from './database';
import { toUserRecord } from './users';

/**
 * The people of a body (街呼区应), in one get: a street's, department's or property company's
 * users by (orgId, role); a grid's workers by the multikey index on `gridIds` (an equality on an
 * array field matches documents whose array holds the value). Both indexes are in indexes.ts.
 */
export function createBodyMembers(db: CloudbaseDb, collectionName: string): Pick<UserRepository, 'listBodyMembers'> {
  return {
    async listBodyMembers(body) {
      const filter =
        body.kind === 'grid' ? { gridIds: body.id, role: 'gridWorker' } : { orgId: body.id, role: body.kind };
      const reply = await db.collection(collectionName).where(filter).limit(MAX_ROWS_PER_GET).get();
      return rowsOf(reply, 'users.listBodyMembers')
        .map(toUserRecord)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  };
}
