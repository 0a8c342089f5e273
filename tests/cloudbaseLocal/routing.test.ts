import tcb from '@cloudbase/node-sdk';
import { seededRandom } from '../../bench/contention/prng';
import {
  createCloudbaseStorage,
  ensureCloudbaseCollections,
  type CloudbaseDb,
} from '../../cloudfunctions/lib/adapters/cloudbase';
import { LOCAL_ENV_ID } from '../../tools/cloudbase-local/cloudFiles';
import { startCloudbaseEndpoint, type CloudbaseEndpoint } from '../../tools/cloudbase-local/endpoint';
import { MemoryCloudbaseServer } from '../../tools/cloudbase-local/memory/memoryServer';
import { describeBodyMembersContract } from '../functions/storage/bodyMembersContract';
import { describeRoutingContract } from '../functions/storage/routingContract';

/**
 * The routing storage through node-sdk and HTTP: the map-entry updates (`_.set`, `_.remove`,
 * `_.exists` on a dotted path) cross the wire as a deployed function sends them, and every request
 * waits a random 0-5 ms at the endpoint (seeded), so concurrent saves on a new street interleave.
 */
let endpoint: CloudbaseEndpoint;
const savedEnv = { ...process.env };

beforeAll(async () => {
  endpoint = await startCloudbaseEndpoint({ latency: { maxMs: 5, random: seededRandom(0x18) } });
  Object.assign(process.env, endpoint.env);
});

afterAll(async () => {
  process.env = savedEnv;
  await endpoint?.close();
});

async function openOverTheWire() {
  endpoint.useDatabase(new MemoryCloudbaseServer());
  const db = tcb.init({ env: LOCAL_ENV_ID }).database() as CloudbaseDb;
  await ensureCloudbaseCollections(db);
  return createCloudbaseStorage(db);
}

jest.setTimeout(60_000);

describeRoutingContract('cloudbase over the local endpoint (node-sdk, HTTP)', openOverTheWire);
describeBodyMembersContract('cloudbase over the local endpoint (node-sdk, HTTP)', openOverTheWire);
