import type { Community } from '@domain/places';
import type { CursorPosition } from '@domain/pagination';
import type { BookingState, VisitMode } from '@domain/visits/views';
import type { OnBehalfRecord } from './onBehalf';
import type { Page } from './storage';

/**
 * Storage of 民意5来听: slots cadres publish on visit days, residents' bookings with a waitlist,
 * and a committee's moved visit days (the visit records, 民情日记, are in visitRecords.ts). Each method is
 * one atomic step on both engines; seats are never over-taken, even under concurrent calls.
 */

export interface SlotRecord {
  id: string;
  communityId: string;
  cadreId: string;
  /**
   * The cadre's name as residents see it, kept with the slot so that showing a day reads no
   * users (renamed with the cadre: renameCadre). Empty when the cadre had not given one.
   */
  cadreName: string;
  /** Shanghai calendar date `YYYY-MM-DD` of the (possibly moved) visit day. */
  date: string;
  /** `HH:mm` wall-clock in Asia/Shanghai. */
  start: string;
  end: string;
  mode: VisitMode;
  place: string;
  capacity: number;
  seatsTaken: number;
  state: 'open' | 'cancelled';
  cancelReason: string;
  createdAt: number;
  updatedAt: number;
}

export interface BookingRecord {
  id: string;
  slotId: string;
  communityId: string;
  /** Null for a walk-in the cadre added for someone without the app. */
  residentId: string | null;
  /** For walk-ins: the name the cadre wrote down. */
  walkInName: string;
  date: string;
  topic: string;
  address: string;
  phone: string;
  state: BookingState;
  cancelReason: string;
  /**
   * 红色代办: staff booked for the resident (a registered one is `residentId`; one without an
   * account is named here, `residentId` null). Null for a resident's own booking and a walk-in.
   */
  onBehalf: OnBehalfRecord | null;
  createdAt: number;
  updatedAt: number;
}

/** What an attempt to take a seat came to. */
export type BookOutcome =
  | { outcome: 'booked'; booking: BookingRecord }
  | { outcome: 'waitlisted'; booking: BookingRecord }
  /** The resident already holds an active (booked or waitlisted) booking that day. */
  | { outcome: 'already_booked'; existing: BookingRecord }
  | { outcome: 'slot_closed' };

/**
 * What registering a walk-in came to. A walk-in never waits: it takes a free seat, or (only when
 * the cadre confirmed 已约满，仍登记) one seat added to the slot for it, capacity and seats taken
 * growing together so the seats left to book never go below zero.
 */
export type WalkInOutcome =
  | { outcome: 'added'; booking: BookingRecord; overCapacity: boolean }
  /** No seat left and over capacity was not confirmed: nothing stored. */
  | { outcome: 'full' }
  | { outcome: 'slot_closed' };

/** What moving a community's visit day did to its slots and bookings. */
export interface DayMoveOutcome {
  /** Slots now on the new date (the day's slots an earlier run of the same move took there too). */
  slotIds: string[];
  /**
   * Active bookings cancelled instead of moved, because their resident already held an active
   * booking on the new date (one per resident per day); each is told why by the service. Those
   * an earlier run of the same move cancelled (same reason) are listed again, as they were stored.
   */
  cancelled: BookingRecord[];
}

export interface SlotRepository {
  create(slot: SlotRecord): Promise<void>;
  findById(id: string): Promise<SlotRecord | null>;
  findByIds(ids: readonly string[]): Promise<SlotRecord[]>;
  /** A community's slots on a date (cancelled ones too), by start time then id. */
  listByDay(communityId: string, date: string): Promise<SlotRecord[]>;
  /** A community's slots on several dates in one read (the 约见 tab's next visit days), by date, start, id. */
  listByDays(communityId: string, dates: readonly string[]): Promise<SlotRecord[]>;
  /** A cadre's slots on a date across their communities, by start time. */
  listByCadreDay(cadreId: string, date: string): Promise<SlotRecord[]>;
  /** The most recent date before `before` on which this cadre had slots in the community. */
  lastDayBefore(cadreId: string, communityId: string, before: string): Promise<string | null>;
  /**
   * Changes time, place, mode or capacity. Capacity can never drop below the seats taken:
   * false (nothing changed) when it would.
   */
  update(
    id: string,
    patch: Partial<Pick<SlotRecord, 'start' | 'end' | 'mode' | 'place' | 'capacity'>>,
    now: number,
  ): Promise<boolean>;
  /** Marks the slot cancelled (idempotent); its bookings are cancelled by the service. */
  cancel(id: string, reason: string, now: number): Promise<boolean>;
  /** The cadre changed their name: every slot of theirs shows the new one (one write). */
  renameCadre(cadreId: string, name: string): Promise<void>;
}

export interface BookOptions {
  /** Full: join the slot's waitlist (else nothing is stored: slot_closed). */
  waitlist: boolean;
  /**
   * The slot as the caller read it a moment ago in the same call, found open: not read again
   * before the resident's day is claimed (the seat is still taken by a conditional write, and a
   * slot cancelled meanwhile still answers slot_closed).
   */
  openSlot?: SlotRecord;
}

/** Seats and the waitlist: each engine's core booking steps. */
export interface BookingSeatRepository {
  /**
   * Takes a seat atomically: booked while seats are left, else waitlisted (when `waitlist`),
   * refusing a second active booking of the same resident on the same date.
   */
  book(booking: BookingRecord, options: BookOptions): Promise<BookOutcome>;
  findById(id: string): Promise<BookingRecord | null>;
  /**
   * Cancels an active booking. When it held a seat, the seat goes to the first waitlisted
   * booking of the slot (oldest first), atomically; that promoted booking is returned.
   */
  cancel(id: string, reason: string, now: number): Promise<{ cancelled: boolean; promoted: BookingRecord | null }>;
  /**
   * The booking that took the seat of the cancelled booking `id` (its cancel promoted it), or
   * null.
   */
  promotedInto(id: string): Promise<BookingRecord | null>;
  /**
   * A cancel retried after a failure: finishes what its first attempt left undone (on CloudBase,
   * where a cancel is several writes, the seat may still be held by the cancelled booking or by a
   * waiting booking not yet promoted; SQLite's cancel is one transaction and leaves nothing), then
   * returns the booking that took the seat, if any, so the retry tells that resident without
   * promoting anyone twice.
   */
  finishCancel(id: string, now: number): Promise<BookingRecord | null>;
  /**
   * Seats left free while people wait (the cadre raised the capacity) go to the waitlist in
   * order; returns the bookings promoted. `promotedBy` (derived from the request) is recorded on
   * each, in the same write, as a cancel records the booking whose seat it passed on.
   */
  fillFromWaitlist(slotId: string, now: number, promotedBy?: string): Promise<BookingRecord[]>;
  /**
   * A capacity raise that hands its new seats to the waitlist first: while someone waits and the
   * capacity is under `capacity`, one seat is added and given to the oldest waiting booking in the
   * same step, so nobody who did not wait can take it in between (CloudBase has no transaction
   * across the slot and the bookings). Returns the bookings promoted; the caller then sets the
   * capacity (slots.update), which frees the seats left over for anyone.
   */
  raiseCapacityForWaitlist(
    slotId: string,
    capacity: number,
    now: number,
    promotedBy?: string,
  ): Promise<BookingRecord[]>;
  /**
   * The slot's bookings a fill tagged `promotedBy` promoted: a slot update retried after a
   * failure tells the residents its earlier attempt promoted, without promoting again.
   */
  listPromotedBy(slotId: string, promotedBy: string): Promise<BookingRecord[]>;
  /** booked -> attended / no_show (and back, to correct a mistake). Seats stay taken. */
  setAttendance(id: string, state: 'attended' | 'no_show' | 'booked', now: number): Promise<boolean>;
  /** A slot's bookings in order: booked/attended/no_show by time, then the waitlist in order. */
  listBySlot(slotId: string): Promise<BookingRecord[]>;
  /** The waitlisted bookings of several slots in one read (a day's waitlist counts), oldest first per slot. */
  listWaitlisted(slotIds: readonly string[]): Promise<BookingRecord[]>;
  /** A resident's bookings, upcoming (date >= today) oldest first, or past newest first. */
  listByResident(
    residentId: string,
    when: 'upcoming' | 'past',
    today: string,
    after: CursorPosition | null,
    limit: number,
  ): Promise<Page<BookingRecord>>;
  /** Booked (not waitlisted) bookings on a date, for the day-before reminder. */
  listBookedOnDay(date: string): Promise<BookingRecord[]>;
}

/** Walk-ins, moved visit days and the daily booking count, built on the seat steps. */
export interface BookingDayRepository {
  /**
   * Stores a walk-in (`residentId` null) as attended in one step: a free seat, or with
   * `overCapacity` one seat added for it; never the waitlist.
   */
  addWalkIn(walkIn: BookingRecord, options: { overCapacity: boolean }): Promise<WalkInOutcome>;
  /**
   * Moves every slot of the community on one of `fromDates` (the visit day's current date, and
   * its original date for slots an older move left behind) to `toDate`, with all their bookings,
   * keeping one active booking per resident per day: a booking that would be a resident's second
   * on `toDate` is cancelled (reason given) and its seat passed on. Safe to run again after a
   * failure: what already moved stays moved, the rest follows, and the outcome is the first run's.
   */
  moveDay(
    communityId: string,
    fromDates: readonly string[],
    toDate: string,
    cancelReason: string,
    now: number,
  ): Promise<DayMoveOutcome>;
  /** Bookings (and reschedules) a resident made since `since`, counted by the database. */
  countCreatedByResidentSince(residentId: string, since: number): Promise<number>;
  /**
   * Retention: erases the phone and address of every booking whose visit day is `lastDate` or
   * earlier (one write, however many). Answers how many bookings still held one.
   */
  eraseContactsUpTo(lastDate: string): Promise<number>;
}

export interface BookingRepository extends BookingSeatRepository, BookingDayRepository {}

export interface VisitDayMoveRecord {
  communityId: string;
  /** The computed visit day (5th, 15th, 25th) that moves. */
  originalDate: string;
  movedTo: string;
  reason: string;
  movedBy: string;
  createdAt: number;
}

export interface VisitDayMoveRepository {
  /** One move per community per original date; moving again replaces it. */
  save(move: VisitDayMoveRecord): Promise<void>;
  /** Moves of a community whose original or new date falls in [from, to]. */
  listForCommunity(communityId: string, from: string, to: string): Promise<VisitDayMoveRecord[]>;
  /**
   * The community (null: there is none) with its moves as listForCommunity gives them: what every
   * booking checks, in one read where the engine can (CloudBase joins them in one aggregate).
   */
  withCommunity(communityId: string, from: string, to: string): Promise<CommunityWithMoves>;
}

export interface CommunityWithMoves {
  community: Community | null;
  moves: VisitDayMoveRecord[];
}
