import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../cloudfunctions/lib/adapters/cloudbase';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { freshMemoryDb } from '../../tools/cloudbase-local/memory/cloudbaseMemory';
import { seededBackend } from '../../tests/support/seededBackend';
import type { EngineName } from '../../tests/support/storages';
import { upcomingVisitDays } from '@domain/visits/days';
import { benchResident } from '../benchUsers';
import { verifyFromStorage } from './invariants';
import type { ContentionPlan } from './plan';
import { seededRandom } from './prng';
import { contentionFigures, type ContentionFigures } from './figures';
import { publishSlots, runWorkload } from './workload';

const COMMUNITY = 'c-dongmen';

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
  const residents = Array.from({ length: plan.clients * plan.residentsPerClient }, (_, i) => `u-contention-${i}`);
  for (const id of residents) await storage.users.createIfAbsent(benchResident(id, COMMUNITY, now));
  const call = (userId: string, action: string, data: unknown) => backend.call('visit', userId, action, data);
  // Booking closes the day before: start from the visit days after tomorrow.
  const dates = upcomingVisitDays(now + 2 * 86_400_000, plan.visitDays);
  const slots = await publishSlots(call, COMMUNITY, dates, plan);
  const started = performance.now();
  const log = await runWorkload(call, residents, slots, plan);
  const seconds = (performance.now() - started) / 1_000;
  const verdict = await verifyFromStorage(
    storage,
    slots.map((s) => s.id),
    log.attempts,
  );
  await storage.close();
  return contentionFigures(log, verdict, seconds);
}
