/**
 * 民意5来听 answers for the weapp tests. A small in-memory world of slots, bookings and moved days
 * answers `visit.days`, `visit.slots`, `visit.book` and `visit.cancel` the way the visit function
 * does (cloudfunctions/lib/services/visits/resident.ts), with the server's own presenters
 * (services/visits/present.ts) and the domain's calendar and cut-off rules, so dates, deadlines,
 * seats, waitlist positions and masking come out exactly as the server sends them.
 *
 * The pages read Date.now() for the deadlines; `useVisitClock` moves the test's clock (and with it
 * the page's and this world's) to the demo's "now" without stopping time, so waits still time out.
 */
import type { Deps } from '../../cloudfunctions/lib/deps';
import type { UserRecord } from '../../cloudfunctions/lib/ports/storage';
import type { BookingRecord, SlotRecord } from '../../cloudfunctions/lib/ports/visits';
import { bookingView, slotView } from '../../cloudfunctions/lib/services/visits/present';
import { waitlistOf } from '../../cloudfunctions/lib/services/visits/waitlist';
import { AppError } from '@domain/errors';
import type { SelfView } from '@domain/users';
import { assertCanBook, assertCanCancel, bookingDeadline, cancelDeadline } from '@domain/visits/cutoffs';
import { effectiveVisitDays, type VisitDayMove } from '@domain/visits/days';
import type { BookingView } from '@domain/visits/views';
import type { DemoData } from './fixtures';
import { signedInBackend } from './fixtures';
import { failure, ok, type FakeBackend } from './harness';
import { DAY, HOUR, NOW } from './matterFixtures';

export { DAY, HOUR, NOW };

/** 东门社区 (host/seed.ts): its office phone is what residents are told to call after the cut-off. */
export const DONGMEN = 'c-dongmen';
export const OFFICE_PHONE = '0537-2201801';
/** The demo's 民情书记 刘建国, and a second cadre only these tests know. */
export const LIU = 'u-cadre-liu';
export const SUN = 'u-cadre-sun';

// ---------------------------------------------------------------------------------------------
// The clock
// ---------------------------------------------------------------------------------------------

/**
 * Installs a Date.now that runs from `start` at real speed (the harness's waits keep working);
 * `set` jumps it to another instant. Restored after each test.
 */
export function useVisitClock(start = NOW): { set(ms: number): void; now(): number } {
  const realNow = Date.now.bind(Date);
  let offset = 0;
  beforeEach(() => {
    offset = start - realNow();
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
  });
  afterEach(() => jest.restoreAllMocks());
  return {
    set: (ms) => void (offset = ms - realNow()),
    now: () => realNow() + offset,
  };
}

// ---------------------------------------------------------------------------------------------
// Records as storage holds them
// ---------------------------------------------------------------------------------------------

/** A slot of 东门社区 as storage holds it; tests change what they are about. */
export function slotRecord(
  changes: Partial<SlotRecord> & Pick<SlotRecord, 'id' | 'date' | 'start' | 'end' | 'mode'>,
): SlotRecord {
  return {
    communityId: DONGMEN,
    cadreId: LIU,
    place: '',
    capacity: 2,
    seatsTaken: 0,
    state: 'open',
    cancelReason: '',
    createdAt: NOW - 3 * DAY,
    updatedAt: NOW - 3 * DAY,
    ...changes,
  };
}

/** A resident's booking as storage holds it. */
export function bookingRecord(
  slot: SlotRecord,
  changes: Partial<BookingRecord> & Pick<BookingRecord, 'id' | 'residentId'>,
): BookingRecord {
  return {
    slotId: slot.id,
    communityId: slot.communityId,
    walkInName: '',
    date: slot.date,
    topic: '想反映一下小区停车的事',
    address: '',
    phone: '13805371234',
    state: 'booked',
    cancelReason: '',
    createdAt: NOW - DAY,
    updatedAt: NOW - DAY,
    ...changes,
  };
}

// ---------------------------------------------------------------------------------------------
// The world behind the visit function
// ---------------------------------------------------------------------------------------------

export interface VisitWorldSetup {
  slots?: SlotRecord[];
  bookings?: BookingRecord[];
  moves?: VisitDayMove[];
}

/** Answers of the visit function over in-memory records, for one signed-in resident. */
export class VisitWorld {
  readonly slots: SlotRecord[];
  readonly bookings: BookingRecord[];
  readonly moves: VisitDayMove[];
  readonly users: Map<string, UserRecord>;
  private nextId = 1;

  constructor(data: DemoData, setup: VisitWorldSetup = {}) {
    this.slots = (setup.slots ?? []).map((slot) => ({ ...slot }));
    this.bookings = (setup.bookings ?? []).map((booking) => ({ ...booking }));
    this.moves = setup.moves ?? [];
    const liu = data.users.get(LIU);
    if (!liu) throw new Error('the demo seed has no 刘建国');
    this.users = new Map(data.users);
    this.users.set(SUN, { ...liu, id: SUN, openid: 'dev-openid-sun', name: '孙立华', phone: '13605370001' });
  }

  private get deps(): Deps {
    return {
      clock: { now: () => Date.now() },
      files: { urlFor: (fileId: string) => `https://files.test/${fileId}`, isUploadedBy: async () => true },
    } as unknown as Deps;
  }

  private user(id: string): UserRecord {
    const user = this.users.get(id);
    if (!user) throw new Error(`no user ${id}`);
    return user;
  }

  private slot(id: string): SlotRecord {
    const slot = this.slots.find((s) => s.id === id);
    if (!slot) throw new Error(`no slot ${id}`);
    return slot;
  }

  private waitlist(slotId: string): BookingRecord[] {
    return waitlistOf(this.bookings.filter((b) => b.slotId === slotId));
  }

  /** The booking as its resident sees it (the server's bookingView). */
  bookingView(viewerId: string, booking: BookingRecord): BookingView {
    const slot = this.slot(booking.slotId);
    return bookingView(this.deps, booking, {
      viewer: this.user(viewerId),
      slot,
      users: this.users,
      waitlist: booking.state === 'waitlisted' ? this.waitlist(slot.id) : [],
      record: null,
    });
  }

  private activeBookingOn(viewerId: string, date: string): BookingRecord | undefined {
    return this.bookings.find(
      (b) => b.residentId === viewerId && b.date === date && (b.state === 'booked' || b.state === 'waitlisted'),
    );
  }

  private daySlots(date: string): SlotRecord[] {
    return this.slots
      .filter((s) => s.communityId === DONGMEN && s.date === date)
      .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  }

  /** `visit.days` for a resident of 东门社区. */
  days(viewerId: string) {
    const days = effectiveVisitDays(Date.now(), 6, this.moves).map((day) => {
      const open = this.daySlots(day.date).filter((s) => s.state === 'open');
      const mine = this.activeBookingOn(viewerId, day.date);
      return {
        ...day,
        bookingClosesAt: bookingDeadline(day.date),
        cancelClosesAt: cancelDeadline(day.date),
        bookingOpen: Date.now() < bookingDeadline(day.date),
        slotCount: open.length,
        seatsLeft: open.reduce((sum, s) => sum + Math.max(0, s.capacity - s.seatsTaken), 0),
        bookedCount: open.reduce((sum, s) => sum + s.seatsTaken, 0),
        myBooking: mine ? this.bookingView(viewerId, mine) : null,
      };
    });
    return { communityId: DONGMEN, officePhone: OFFICE_PHONE, days };
  }

  /** `visit.slots` for a resident of 东门社区. */
  daySlotsAnswer(viewerId: string, date: string) {
    const closesAt = bookingDeadline(date);
    const mine = this.activeBookingOn(viewerId, date);
    return {
      date,
      bookingOpen: Date.now() < closesAt,
      bookingClosesAt: closesAt,
      cancelOpen: Date.now() < cancelDeadline(date),
      slots: this.daySlots(date).map((s) => slotView(s, this.users, this.waitlist(s.id).length)),
      myBooking: mine ? this.bookingView(viewerId, mine) : null,
    };
  }

  /** `visit.book`: a seat while one is left, else the waitlist (the storage's atomic step). */
  book(viewerId: string, input: { slotId: string; topic: string; address: string; phone: string }) {
    const slot = this.slot(input.slotId);
    if (slot.state !== 'open') throw new AppError('INVALID_STATE', '这个时段已取消');
    assertCanBook(slot.date, '', Date.now());
    if (slot.mode === 'home' && input.address.trim().length < 2) {
      throw new AppError('BAD_INPUT', '入户走访请填写地址', [{ path: 'address', message: '入户走访请填写地址' }]);
    }
    if (this.activeBookingOn(viewerId, slot.date)) throw new AppError('CONFLICT', '每个接访日只能预约一次');
    const seat = slot.seatsTaken < slot.capacity;
    const booking = bookingRecord(slot, {
      id: `b-new-${this.nextId++}`,
      residentId: viewerId,
      topic: input.topic,
      address: input.address,
      phone: input.phone,
      state: seat ? 'booked' : 'waitlisted',
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
    if (seat) slot.seatsTaken += 1;
    this.bookings.push(booking);
    return {
      booking: this.bookingView(viewerId, booking),
      status: seat ? ('booked' as const) : ('waitlisted' as const),
    };
  }

  /** `visit.cancel`: before the cut-off only; a freed seat goes to the first on the waitlist. */
  cancel(viewerId: string, input: { bookingId: string; reason: string }) {
    const booking = this.bookings.find((b) => b.id === input.bookingId && b.residentId === viewerId);
    if (!booking) throw new AppError('NOT_FOUND', '预约不存在');
    assertCanCancel(booking.date, '', Date.now(), OFFICE_PHONE);
    const slot = this.slot(booking.slotId);
    const hadSeat = booking.state === 'booked';
    Object.assign(booking, { state: 'cancelled', cancelReason: input.reason, updatedAt: Date.now() });
    if (hadSeat) {
      const [first] = this.waitlist(slot.id);
      if (first) first.state = 'booked';
      else slot.seatsTaken -= 1;
    }
    return { booking: this.bookingView(viewerId, booking) };
  }
}

/** Runs a world step, answering an AppError as the function's error envelope. */
function answer(run: () => unknown) {
  try {
    return ok(run());
  } catch (caught) {
    if (caught instanceof AppError) return failure(caught.code, caught.message, caught.issues);
    throw caught;
  }
}

/** A backend where `user` is signed in and the visit function answers from `world`. */
export function visitBackend(data: DemoData, user: SelfView, world: VisitWorld): FakeBackend {
  return signedInBackend(data, user)
    .on('visit', 'days', () => answer(() => world.days(user.id)))
    .on('visit', 'slots', (input) => answer(() => world.daySlotsAnswer(user.id, (input as { date: string }).date)))
    .on('visit', 'book', (input) => answer(() => world.book(user.id, input as Parameters<VisitWorld['book']>[1])))
    .on('visit', 'cancel', (input) =>
      answer(() => world.cancel(user.id, input as Parameters<VisitWorld['cancel']>[1])),
    );
}
