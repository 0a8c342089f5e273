import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { freshMemoryDb } from '../../tools/cloudbase-local/memory/cloudbaseMemory';
import { seededBackend } from '../../tests/support/seededBackend';
import type { EngineName } from '../../tests/support/storages';
import type { ContentionPlan } from './plan';
import { seededRandom } from './prng';
import type { ContentionFigures } from './figures';
import { contentionRun } from './run';

/**
 * The CloudBase adapter over the in-memory requester, each database request delayed by a seeded
 * random number of steps so that concurrent calls interleave in many orders.
 */
async function interleavedCloudbase(seed: number): Promise<Storage> {
  const db = freshMemoryDb({ interleaving: { random: seededRandom(seed ^ 0x5eed) } });
  await ensureCloudbaseCollections(db);
  return createCloudbaseStorage(db);
}

/**
 * A contention run through the real handlers and services in this process, as the tests call them:
 * on CloudBase with randomised interleaving, or on SQLite (synchronous, so there the calls interleave
 * only between the services' async steps).
 */
export async function contentionInProcess(engine: EngineName, plan: ContentionPlan): Promise<ContentionFigures> {
  const storage = engine === 'cloudbase' ? await interleavedCloudbase(plan.seed) : openSqliteStorage(':memory:');
  const backend = await seededBackend({ storage });
  // Time moves 1 ms at each reading: every booking gets its own createdAt, so the waitlist's
  // order is the order of arrival, not of ids drawn in the same millisecond.
  let now = backend.deps.clock.now();
  backend.deps.clock = { now: () => (now += 1), advance: (ms) => (now += ms) };
  const call = (userId: string, action: string, data: unknown) => backend.call('visit', userId, action, data);
  const figures = await contentionRun(storage, call, now, plan);
  await storage.close();
  return figures;
}
