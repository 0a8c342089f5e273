import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../../cloudfunctions/lib/adapters/cloudbase';
import { freshMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { describeHomeCountsContract } from './homeCountsContract';

describeHomeCountsContract('cloudbase (query builder + mingo)', async () => {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  return createCloudbaseStorage(db);
});
