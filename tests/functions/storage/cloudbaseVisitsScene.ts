import type { CloudbaseDb } from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { inspectMemoryDb } from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { openWithDb } from './cloudbaseRequests';

/** What the CloudBase visits tests read besides the ports: the slot and day-claim documents as stored. */
export async function openVisitsWithDb(): Promise<{ db: CloudbaseDb; visits: Storage }> {
  const { db, storage } = await openWithDb();
  return { db, visits: storage };
}

export function storedSlot(db: CloudbaseDb, id: string) {
  const found = inspectMemoryDb(db)
    .documents('mq_slots')
    .find((slot) => slot._id === id);
  if (!found) throw new Error(`slot ${id} not stored`);
  return found as Record<string, unknown>;
}

export function claimsOf(db: CloudbaseDb) {
  return inspectMemoryDb(db).documents('mq_activeBookings');
}
