import type { CollectionNames } from './collections';
import { countOf, findDocumentById, type CloudbaseDb, type StoredDocument } from './database';

/**
 * Who holds each taken seat of a slot, kept on the slot document itself: `seatHolders` maps a
 * booking id to where its seat came from (`FREE_SEAT`, the cancelled booking it was handed on
 * from, or a fill's tag). `seatsTaken` is the number of holders and `remaining` is
 * `capacity - seatsTaken`; every write below moves the counters and the map in one
 * single-document update, conditional on the holder being there (or not).
 *
 * Why a map and not only the counters: a write whose answer is lost, or a function that dies
 * between two steps, must be finishable by the request's retry. A counter cannot tell whether
 * this booking's seat was taken or given back already; a holder keyed by booking id can, so
 * every step here is idempotent (docs/adr/0011-seat-holders-on-the-slot.md).
 */
export const FREE_SEAT = 'free';

export type SeatHolders = Readonly<Record<string, string>>;

export function holdersOf(slot: StoredDocument): SeatHolders {
  return (slot.seatHolders as SeatHolders | undefined) ?? {};
}

/** The field path of one holder. Ids are ours (a prefix and hex, or a uuid); a dot or `$` would split the path. */
function holderPath(bookingId: string): string {
  if (!/^[\w-]+$/.test(bookingId))
    throw new RangeError(`seatHolders: unusable booking id ${JSON.stringify(bookingId)}`);
  return `seatHolders.${bookingId}`;
}

export function createSeatHolders(db: CloudbaseDb, names: CollectionNames) {
  const _ = db.command;
  const slots = () => db.collection(names.slots);

  const readSlot = (slotId: string, operation: string) => findDocumentById(slots(), slotId, operation);

  /** One of the slot's free seats, for `holder`: false when none is free, the slot is closed or it holds one already. */
  async function take(slotId: string, holder: string, from: string): Promise<boolean> {
    const path = holderPath(holder);
    const reply = await slots()
      .where({ _id: slotId, state: 'open', remaining: _.gt(0), [path]: _.exists(false) })
      .update({ remaining: _.inc(-1), seatsTaken: _.inc(1), [path]: from });
    return countOf(reply, 'updated', 'seats.take') === 1;
  }

  /** The holder's seat back to the free seats; nothing when it holds none (given back already). */
  async function giveBack(slotId: string, holder: string): Promise<void> {
    const path = holderPath(holder);
    const reply = await slots()
      .where({ _id: slotId, [path]: _.exists(true) })
      .update({ remaining: _.inc(1), seatsTaken: _.inc(-1), [path]: _.remove() });
    countOf(reply, 'updated', 'seats.giveBack');
  }

  /** The seat of `from` becomes the seat of `to`, free seats untouched; false when `from` no longer holds one or `to` already does. */
  async function transfer(slotId: string, from: string, to: string): Promise<boolean> {
    const [fromPath, toPath] = [holderPath(from), holderPath(to)];
    const reply = await slots()
      .where({ _id: slotId, [fromPath]: _.exists(true), [toPath]: _.exists(false) })
      .update({ [fromPath]: _.remove(), [toPath]: from });
    return countOf(reply, 'updated', 'seats.transfer') === 1;
  }

  /**
   * One seat more for `holder`, added to the slot while its capacity is under `upTo` (capacity and
   * seats taken move together, `remaining` does not): a seat added so is never free for anyone else.
   */
  async function addFor(slotId: string, holder: string, from: string, upTo: number, now?: number): Promise<boolean> {
    const path = holderPath(holder);
    const reply = await slots()
      .where({ _id: slotId, state: 'open', capacity: _.lt(upTo), [path]: _.exists(false) })
      .update({
        capacity: _.inc(1),
        seatsTaken: _.inc(1),
        [path]: from,
        ...(now === undefined ? {} : { updatedAt: now }),
      });
    return countOf(reply, 'updated', 'seats.add') === 1;
  }

  /** Undoes addFor: the holder's seat goes, and the capacity with it. */
  async function removeAdded(slotId: string, holder: string): Promise<void> {
    const path = holderPath(holder);
    const reply = await slots()
      .where({ _id: slotId, [path]: _.exists(true) })
      .update({ capacity: _.inc(-1), seatsTaken: _.inc(-1), [path]: _.remove() });
    countOf(reply, 'updated', 'seats.removeAdded');
  }

  return { readSlot, take, giveBack, transfer, addFor, removeAdded };
}

export type SeatHolderWrites = ReturnType<typeof createSeatHolders>;
