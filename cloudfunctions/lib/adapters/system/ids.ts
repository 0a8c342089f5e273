import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '../../ports/ids';

/** Time-ordered prefix (keeps SQLite's b-tree inserts local), then 8 random bytes. */
export const randomIds: IdGenerator = {
  newId: () => `${Date.now().toString(36)}${randomBytes(8).toString('hex')}`,
};
