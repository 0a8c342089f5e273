import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryCloudbaseServer,
} from '../../tools/cloudbase-local/memory/cloudbaseMemory';
import {
  startCloudbaseEndpoint,
  type CloudbaseEndpoint,
  type EndpointOptions,
} from '../../tools/cloudbase-local/endpoint';

/**
 * The local CloudBase endpoint (tools/cloudbase-local/endpoint.ts) over a database the test
 * seeds first through the production adapter, for code that cannot be handed a `Db`: a built
 * function bundle carries its own copy of the SDK. Such a process talks to it when started with
 * `env`. Open APIs not given in `openApis` are answered as failures, so nothing passes unseen.
 */
export interface CloudbaseHttp extends CloudbaseEndpoint {
  server: MemoryCloudbaseServer;
  /** Every action received, database or not, in order. */
  readonly actions: string[];
}

export interface CloudbaseHttpOptions extends Omit<EndpointOptions, 'server'> {
  /** Writes the starting data through the production adapter, before any request. */
  seed?: (storage: Storage) => Promise<unknown>;
}

export async function startCloudbaseHttp({ seed, ...options }: CloudbaseHttpOptions = {}): Promise<CloudbaseHttp> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  await seed?.(createCloudbaseStorage(db));
  const endpoint = await startCloudbaseEndpoint({ ...options, server: inspectMemoryDb(db) });
  // A getter, so the list is read when asked for, not when the endpoint starts.
  return Object.defineProperty(endpoint, 'actions', {
    get: () => endpoint.log.entries.map((entry) => entry.action),
  }) as CloudbaseHttp;
}
