import { EJSON } from 'bson';
import {
  createCloudbaseStorage,
  ensureCloudbaseCollections,
  type CloudbaseDb,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryCloudbaseServer,
  type MemoryDbOptions,
} from '../../../tools/cloudbase-local/memory/cloudbaseMemory';

/**
 * What the CloudBase adapter suites share: a new environment, the requests it received, and
 * requests made to fail.
 */

/** A new environment: empty database, then the deploy step that creates the collections. */
export async function openWithDb(options: MemoryDbOptions = {}): Promise<{ db: CloudbaseDb; storage: Storage }> {
  const db = freshMemoryDb(options);
  await ensureCloudbaseCollections(db);
  return { db, storage: createCloudbaseStorage(db) };
}

type Reply = ReturnType<MemoryCloudbaseServer['handle']>;

/**
 * Makes the next `times` requests of `action` on `collection` fail, after letting `skip` of them
 * through: 'refused' does nothing; 'reply lost' does the work and then answers a failure, as when
 * a reply is lost on the way back.
 */
export function failRequests(
  db: CloudbaseDb,
  action: string,
  collection: string,
  mode: 'refused' | 'reply lost',
  times = 1,
  skip = 0,
) {
  const server = inspectMemoryDb(db);
  const handle = server.handle.bind(server);
  let left = times;
  let passing = skip;
  server.handle = (requestAction: string, params: Record<string, unknown>): Reply => {
    const matches = requestAction === action && params.collectionName === collection;
    if (matches && passing > 0) passing -= 1;
    else if (left > 0 && matches) {
      left -= 1;
      if (mode === 'reply lost') handle(requestAction, params);
      return { requestId: 'injected', code: 'DATABASE_REQUEST_FAILED', message: `injected failure (${mode})` };
    }
    return handle(requestAction, params);
  };
}

/** The query and data of the requests of `action` on `collection`, as the server received them. */
export function sentRequests(db: CloudbaseDb, action: string, collection: string) {
  return inspectMemoryDb(db)
    .requests.filter((r) => r.action === action && r.collectionName === collection)
    .map((r) => ({
      query: r.params.query === undefined ? undefined : EJSON.parse(r.params.query as string),
      data: typeof r.params.data === 'string' ? EJSON.parse(r.params.data) : r.params.data,
    }));
}
