import type { OutboxRepository } from '../../ports/notifications';
import { countOf, findDocumentById, insertIfAbsent, type CloudbaseDb } from './database';

/**
 * The hourly digest gate: one document per digest key, `_id` = the key, holding the row that
 * last went out under it and when. Both ways of taking the gate are single-document atomic writes,
 * so of dispatchers racing for one key within a window exactly one gets it:
 * - the first message ever under a key is an insert under that `_id` (only one insert succeeds);
 * - a later one takes over with an update conditional on `lastAt <= now - windowMs`: the winner
 *   moves lastAt to now, after which the condition no longer matches for anyone else.
 */
interface DigestDocument {
  _id: string;
  rowId: string;
  lastAt: number;
}

type TakeDigest = OutboxRepository['takeDigest'];

/** The gate can be taken over between our read and our write; then we look again, a few times. */
const TAKE_ATTEMPTS = 3;

export function createDigestGate(db: CloudbaseDb, collectionName: string): TakeDigest {
  const _ = db.command;
  const gates = () => db.collection(collectionName);

  return async function takeDigest(key, rowId, now, windowMs) {
    const opening: DigestDocument = { _id: key, rowId, lastAt: now };
    if (await insertIfAbsent(gates(), opening, 'outbox.takeDigest')) return { taken: true };
    let lastSeen = now;
    for (let attempt = 0; attempt < TAKE_ATTEMPTS; attempt += 1) {
      const gate = (await findDocumentById(gates(), key, 'outbox.takeDigest')) as unknown as DigestDocument | null;
      // Gates are never removed: a missing one after a refused insert means the database is amiss.
      if (!gate) throw new Error('outbox.takeDigest: the digest gate is neither insertable nor readable');
      // The holder retrying its own send (a lost lease, a backoff) keeps the gate; the window
      // now counts from this attempt, the one that may get through.
      if (gate.rowId === rowId) {
        await gates().where({ _id: key, rowId }).update({ lastAt: now });
        return { taken: true };
      }
      lastSeen = gate.lastAt;
      if (gate.lastAt > now - windowMs) return { taken: false, lastAt: gate.lastAt };
      const reply = await gates()
        .where({ _id: key, lastAt: _.lte(now - windowMs) })
        .update({ rowId, lastAt: now });
      if (countOf(reply, 'updated', 'outbox.takeDigest') === 1) return { taken: true };
      // Someone took it between our read and our write: the next read shows their lastAt.
    }
    return { taken: false, lastAt: lastSeen };
  };
}
