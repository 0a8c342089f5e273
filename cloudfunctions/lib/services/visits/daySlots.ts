import { AppError } from '@domain/errors';
import { bookingDeadline, cancelDeadline } from '@domain/visits/cutoffs';
import { mayHaveWaitlist } from '@domain/visits/bookings';
import { visitDayOn, type VisitDayMove } from '@domain/visits/days';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import type { VisitRecordRecord } from '../../ports/visitRecords';
import { communitySettings, movesOf, visitRules, type CommunitySettings } from './context';
import { slotView, unnamedCadres, usersById } from './present';
import { residentBookingViews } from './residentViews';
import { activeBookings } from './activeBookings';

/**
 * What the service already read before it builds a day's page, so it is not read again: the
 * community's settings and moves (every booking command checks them) and, after a command, the
 * resident's booking on that day as it now stands (null: none is left there).
 */
export interface KnownForDay {
  settings?: CommunitySettings;
  moves?: VisitDayMove[];
  myBooking?: BookingRecord | null;
  /** The visit records of that booking, when known (none for a booking made a moment ago). */
  records?: VisitRecordRecord[];
  /** The day's slots, when the command read them (with the seat it took). */
  slots?: SlotRecord[];
}

/**
 * One visit day as its page shows it: the day (moved there or not), its deadlines by the
 * server's clock, its slots with seats and waitlist counts, and the resident's own booking.
 * Reads a fixed number of documents whatever the number of slots: the slots, their cadres'
 * names and the waitlisted bookings of the full slots, one query each (none for waitlists when
 * no slot is full).
 */
export async function daySlots(
  deps: Deps,
  user: UserRecord,
  communityId: string,
  date: string,
  known: KnownForDay = {},
) {
  return (await readDay(deps, user, communityId, date, known)).page;
}

/** The day's page and what it was built from (the slots, names and waitlists), for a command to reuse. */
export async function readDay(
  deps: Deps,
  user: UserRecord,
  communityId: string,
  date: string,
  known: KnownForDay = {},
) {
  // Independent reads go out together: one round trip's wait instead of three.
  const [{ settings, moves }, slots, mine] = await Promise.all([
    rulesOf(deps, communityId, known),
    known.slots ?? deps.storage.slots.listByDay(communityId, date),
    myBookingOn(deps, user, date, known),
  ]);
  const day = visitDayOn(date, moves);
  if (!day) throw new AppError('BAD_INPUT', '这一天不是接访日', [{ path: 'date', message: '这一天不是接访日' }]);
  const { views, myBooking, users, waitlisted } = await presentDay(deps, user, slots, mine, known);
  const now = deps.clock.now();
  const bookingClosesAt = bookingDeadline(date, settings.bookingClosesAt);
  const cancelClosesAt = cancelDeadline(date, settings.cancelClosesAt);
  const page = {
    ...day,
    officePhone: settings.officePhone,
    bookingOpen: now < bookingClosesAt,
    bookingClosesAt,
    cancelOpen: now < cancelClosesAt,
    cancelClosesAt,
    slots: views,
    myBooking,
  };
  return { page, slots, users, waitlisted };
}

/** The community's settings and moves: what the command read already, else one read of both. */
async function rulesOf(deps: Deps, communityId: string, known: KnownForDay) {
  if (known.settings && known.moves) return { settings: known.settings, moves: known.moves };
  if (known.settings) return { settings: known.settings, moves: await movesOf(deps, communityId) };
  if (known.moves) return { settings: await communitySettings(deps, communityId), moves: known.moves };
  return visitRules(deps, communityId);
}

/** The resident's active booking on the day: the one a command just made or left, else looked up. */
async function myBookingOn(deps: Deps, user: UserRecord, date: string, known: KnownForDay) {
  if (user.role !== 'resident') return null;
  if (known.myBooking !== undefined) return known.myBooking;
  return (await activeBookings(deps, user)).find((b) => b.date === date) ?? null;
}

/** The slots whose waitlist the page shows: the full ones, and the one my waitlisted booking is on. */
function slotsWithWaitlist(slots: SlotRecord[], mine: BookingRecord | null): string[] {
  return slots
    .filter((s) => mayHaveWaitlist(s) || (mine?.state === 'waitlisted' && mine.slotId === s.id))
    .map((s) => s.id);
}

/** The slots and my booking as shown, from one read of names and one of the day's waitlists. */
async function presentDay(
  deps: Deps,
  user: UserRecord,
  slots: SlotRecord[],
  mine: BookingRecord | null,
  known: KnownForDay,
) {
  const [users, waitlisted] = await Promise.all([
    usersById(deps, unnamedCadres(slots), [user]),
    deps.storage.bookings.listWaitlisted(slotsWithWaitlist(slots, mine)),
  ]);
  const waitlistOf = (slotId: string) => waitlisted.filter((b) => b.slotId === slotId);
  const views = slots.map((slot) => slotView(slot, users, waitlistOf(slot.id).length));
  if (!mine) return { views, myBooking: null, users, waitlisted };
  const slot = slots.find((s) => s.id === mine.slotId);
  const [myBooking] = await residentBookingViews(deps, user, [mine], {
    slots: slot ? [slot] : undefined,
    waitlisted,
    users,
    records: known.records,
  });
  return { views, myBooking: myBooking ?? null, users, waitlisted };
}
