import tcb from '@cloudbase/node-sdk';
import { seededRandom } from '../../../bench/contention/prng';
import {
  createCloudbaseStorage,
  ensureCloudbaseCollections,
  type CloudbaseDb,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { LOCAL_ENV_ID } from '../../../tools/cloudbase-local/cloudFiles';
import { startCloudbaseEndpoint, type CloudbaseEndpoint } from '../../../tools/cloudbase-local/endpoint';
import { MemoryCloudbaseServer } from '../../../tools/cloudbase-local/memory/memoryServer';

export interface StorageOverTheWire {
  /** The local endpoint (its request log); started in the file's beforeAll. */
  endpoint: () => CloudbaseEndpoint;
  /** The CloudBase adapter in this process over node-sdk and HTTP, on a new empty database. */
  open: () => Promise<Storage>;
}

/**
 * The CloudBase adapter talking to the local endpoint as a deployed function does: node-sdk finds
 * the endpoint, region and credentials where a function finds them, the environment. Every request
 * waits a random 0 to `maxMs` ms there (seeded), so the requests of concurrent steps reach the
 * database shuffled. Registers the endpoint's start and stop in the calling test file.
 */
export function storageOverTheWire(latency: { maxMs: number; seed: number }): StorageOverTheWire {
  let endpoint: CloudbaseEndpoint | undefined;
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    endpoint = await startCloudbaseEndpoint({ latency: { maxMs: latency.maxMs, random: seededRandom(latency.seed) } });
    Object.assign(process.env, endpoint.env);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await endpoint?.close();
  });

  function started(): CloudbaseEndpoint {
    if (!endpoint) throw new Error('the local endpoint starts in beforeAll');
    return endpoint;
  }

  return {
    endpoint: started,
    async open() {
      started().useDatabase(new MemoryCloudbaseServer());
      const db = tcb.init({ env: LOCAL_ENV_ID }).database() as CloudbaseDb;
      await ensureCloudbaseCollections(db);
      return createCloudbaseStorage(db);
    },
  };
}
