import type { SlotRecord, SlotRepository } from '../../ports/visits';
import type { CollectionNames } from './collections';
import {
  countOf,
  findDocumentById,
  insertNew,
  rowsOf,
  succeeded,
  type CloudbaseDb,
  type StoredDocument,
} from './database';
import { fetchAllMatching, fetchByIds } from './keysetPages';

/**
 * A slot as stored: `_id` is the slot id. `remaining` is always `capacity - seatsTaken`: every
 * write that moves one moves the other in the same single-document update, so a seat is taken by
 * the conditional update `where({ _id, state: 'open', remaining: _.gt(0) })` and no slot can ever
 * hold more seats than its capacity, whatever runs concurrently. Each taken seat has a holder in
 * `seatHolders` (seatHolders.ts).
 */
export type SlotDocument = Omit<SlotRecord, 'id'> & {
  _id: string;
  remaining: number;
  /** Who holds each taken seat (seatHolders.ts); a slot is created with none. */
  seatHolders?: Record<string, string>;
};

/** How many times a capacity change is retried when seats or the capacity moved under it. */
const CAPACITY_ATTEMPTS = 20;

export function toSlotDocument(slot: SlotRecord): SlotDocument {
  const { id, ...fields } = slot;
  return { _id: id, ...fields, remaining: slot.capacity - slot.seatsTaken, seatHolders: {} };
}

export function toSlotRecord(stored: StoredDocument): SlotRecord {
  const document = stored as unknown as SlotDocument;
  return {
    id: document._id,
    communityId: document.communityId,
    cadreId: document.cadreId,
    // Slots stored before the name was kept with them: the service reads the cadre instead.
    cadreName: document.cadreName ?? '',
    date: document.date,
    start: document.start,
    end: document.end,
    mode: document.mode,
    place: document.place,
    capacity: document.capacity,
    seatsTaken: document.seatsTaken,
    state: document.state,
    cancelReason: document.cancelReason,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

/** Start time, then id: the order a day's slots are shown in. */
function byStartThenId(a: SlotRecord, b: SlotRecord): number {
  return compare(a.start, b.start) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createSlotRepository(db: CloudbaseDb, names: CollectionNames): SlotRepository {
  const _ = db.command;
  const slots = () => db.collection(names.slots);

  async function findById(id: string): Promise<SlotRecord | null> {
    const stored = await findDocumentById(slots(), id, 'slots.findById');
    return stored ? toSlotRecord(stored) : null;
  }

  /**
   * Every slot matching the filter, sorted by start time then id. A day has a handful of slots,
   * but get() stops at 1000 rows, so the rows are walked in keyset pages and sorted here.
   */
  async function daySlots(filter: Record<string, unknown>, operation: string): Promise<SlotRecord[]> {
    const rows = await fetchAllMatching(slots(), _, {
      conditions: [filter],
      sortField: 'createdAt',
      idField: '_id',
      direction: 'asc',
      operation,
    });
    return rows.map(toSlotRecord).sort(byStartThenId);
  }

  /**
   * A new capacity, only while the slot is open and it still holds every seat taken. `remaining` must become
   * `newCapacity - seatsTaken`, which an update operator cannot compute from two fields, so the
   * change is `remaining += newCapacity - capacity`, conditional on the capacity it was computed
   * from and on `remaining >= capacity - newCapacity` (that is, `seatsTaken <= newCapacity`).
   * A seat taken or freed meanwhile moves `remaining` and `seatsTaken` together, so the
   * condition is checked against the seats taken at the moment of the write.
   */
  async function changeCapacity(id: string, capacity: number, changes: Record<string, unknown>): Promise<boolean> {
    for (let attempt = 0; attempt < CAPACITY_ATTEMPTS; attempt += 1) {
      const current = await findDocumentById(slots(), id, 'slots.update');
      if (!current || current.state !== 'open') return false;
      const slot = current as unknown as SlotDocument;
      if (slot.seatsTaken > capacity) return false;
      const reply = await slots()
        .where({ _id: id, state: 'open', capacity: slot.capacity, remaining: _.gte(slot.capacity - capacity) })
        .update({ ...changes, capacity, remaining: _.inc(capacity - slot.capacity) });
      if (countOf(reply, 'updated', 'slots.update') === 1) return true;
      // Nothing matched (or nothing changed): look again. Either the capacity was changed by
      // another call, seats were taken past the new capacity, or the slot already stood so.
      const after = await findDocumentById(slots(), id, 'slots.update');
      if (!after || after.state !== 'open') return false;
      if (sameSlotAfter(after as unknown as SlotDocument, capacity, changes)) return true;
    }
    throw new Error(`slots.update: the capacity of ${id} kept changing; gave up after ${CAPACITY_ATTEMPTS} attempts`);
  }

  return {
    async create(slot) {
      if (slot.seatsTaken < 0 || slot.seatsTaken > slot.capacity) {
        throw new RangeError(`slots.create: seatsTaken ${slot.seatsTaken} outside 0..${slot.capacity}`);
      }
      await insertNew(slots(), toSlotDocument(slot), 'slots.create');
    },

    findById,

    async renameCadre(cadreId, name) {
      // One multi-document update: a cadre has a few slots per visit day.
      succeeded(await slots().where({ cadreId }).update({ cadreName: name }), 'slots.renameCadre');
    },

    async findByIds(ids) {
      const stored = await fetchByIds(slots(), _, ids, 'slots.findByIds');
      return stored.map(toSlotRecord);
    },

    listByDay: (communityId, date) => daySlots({ communityId, date }, 'slots.listByDay'),

    async listByDays(communityId, dates) {
      if (dates.length === 0) return [];
      const found = await daySlots({ communityId, date: _.in([...dates]) }, 'slots.listByDays');
      return found.sort((a, b) => compare(a.date, b.date));
    },

    listByCadreDay: (cadreId, date) => daySlots({ cadreId, date }, 'slots.listByCadreDay'),

    async lastDayBefore(cadreId, communityId, before) {
      const reply = await slots()
        .where({ cadreId, communityId, date: _.lt(before) })
        .orderBy('date', 'desc')
        .limit(1)
        .get();
      const [latest] = rowsOf(reply, 'slots.lastDayBefore');
      return latest ? (latest.date as string) : null;
    },

    async update(id, patch, now) {
      const changes: Record<string, unknown> = { updatedAt: now };
      for (const field of ['start', 'end', 'mode', 'place'] as const) {
        if (patch[field] !== undefined) changes[field] = patch[field];
      }
      if (patch.capacity !== undefined) return changeCapacity(id, patch.capacity, changes);
      // A cancelled slot is not edited any more.
      const reply = await slots().where({ _id: id, state: 'open' }).update(changes);
      if (countOf(reply, 'updated', 'slots.update') === 1) return true;
      // 0 may also mean "stored with these very values already" (MongoDB's nModified).
      return (await findDocumentById(slots(), id, 'slots.update'))?.state === 'open';
    },

    async cancel(id, reason, now) {
      const reply = await slots()
        .where({ _id: id, state: 'open' })
        .update({ state: 'cancelled', cancelReason: reason, updatedAt: now });
      if (countOf(reply, 'updated', 'slots.cancel') === 1) return true;
      // Cancelling again keeps the first reason and is still a success.
      return (await findDocumentById(slots(), id, 'slots.cancel')) !== null;
    },
  };
}

/** True when the stored slot already carries the new capacity and every other change. */
function sameSlotAfter(slot: SlotDocument, capacity: number, changes: Record<string, unknown>): boolean {
  if (slot.capacity !== capacity) return false;
  return Object.entries(changes).every(
    ([field, value]) => (slot as unknown as Record<string, unknown>)[field] === value,
  );
}
