import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import type { BookingRecord, SlotRecord } from '../../../cloudfunctions/lib/ports/visits';
import type { VisitRecordRecord } from '../../../cloudfunctions/lib/ports/visitRecords';
import type { RawVisits } from '@domain/stats/visitFigureRules';
import { recordDeadlineMs } from '@domain/stats/visitTallies';
import { shanghaiWallClockToMs } from '@domain/time';
import { aBooking, aRecord, aSlot } from '../../support/builders/visits';

/**
 * 民意5来听 rows for the figures' tests, seeded through the storage ports: two cadres in the demo's
 * communities (c-dongmen, c-ximen) and one elsewhere, visit days on both sides of the November /
 * December boundary (the 25th, the 30th, the 5th), bookings in every state, walk-ins, records
 * written just before and exactly at their 24 h deadline, follow-ups closed on and after their
 * due date. "Today" is 2026-12-06 (Shanghai).
 */
export const TODAY = '2026-12-06';
export const NOW = shanghaiWallClockToMs(TODAY, '10:00');
export const LIU = 'u-cadre-liu';
export const MA = 'u-cadre-ma';
export const OUTSIDER = 'u-cadre-out';

const lastMinuteOfNovember = shanghaiWallClockToMs('2026-11-30', '23:59') + 59_999;
const firstOfDecember = shanghaiWallClockToMs('2026-12-01');

const slots: SlotRecord[] = [
  aSlot({ id: 's-nov25-station', cadreId: LIU, communityId: 'c-dongmen', date: '2026-11-25', capacity: 3 }),
  aSlot({
    id: 's-nov25-home',
    cadreId: LIU,
    communityId: 'c-dongmen',
    date: '2026-11-25',
    start: '14:00',
    end: '16:00',
    mode: 'home',
    capacity: 2,
  }),
  aSlot({
    id: 's-nov25-ma',
    cadreId: MA,
    communityId: 'c-dongmen',
    date: '2026-11-25',
    mode: 'enterprise',
    capacity: 2,
  }),
  aSlot({ id: 's-nov30', cadreId: LIU, communityId: 'c-ximen', date: '2026-11-30', start: '19:00', end: '21:00' }),
  aSlot({ id: 's-dec05', cadreId: LIU, communityId: 'c-dongmen', date: '2026-12-05', capacity: 2 }),
  aSlot({ id: 's-dec05-ma', cadreId: MA, communityId: 'c-ximen', date: '2026-12-05', mode: 'home' }),
  aSlot({ id: 's-dec15', cadreId: LIU, communityId: 'c-dongmen', date: '2026-12-15', capacity: 4 }),
  aSlot({ id: 's-oct25', cadreId: LIU, communityId: 'c-dongmen', date: '2026-10-25' }),
  aSlot({ id: 's-other', cadreId: OUTSIDER, communityId: 'c-other', date: '2026-11-25' }),
];

type Fate = 'booked' | 'attended' | 'no_show' | 'cancelled' | 'waitlisted';
const bookings: [slotId: string, resident: string, fate: Fate][] = [
  ['s-nov25-station', 'r1', 'attended'],
  ['s-nov25-station', 'r2', 'no_show'],
  ['s-nov25-station', 'r3', 'cancelled'],
  ['s-nov25-station', 'r4', 'attended'],
  ['s-nov25-home', 'r5', 'attended'],
  ['s-nov25-home', 'r6', 'booked'],
  ['s-nov25-home', 'r7', 'waitlisted'],
  ['s-nov25-ma', 'r8', 'no_show'],
  ['s-nov30', 'r9', 'attended'],
  ['s-dec05', 'r10', 'attended'],
  ['s-dec05', 'r11', 'booked'],
  ['s-dec05-ma', 'r12', 'attended'],
  ['s-dec15', 'r13', 'booked'],
  ['s-oct25', 'r14', 'attended'],
  ['s-other', 'r15', 'attended'],
];
const walkIns: [slotId: string, id: string, overCapacity: boolean][] = [
  ['s-nov25-home', 'w1', true],
  ['s-dec05-ma', 'w2', false],
  ['s-other', 'w3', false],
];

const slotOf = (id: string) => slots.find((s) => s.id === id)!;
const deadline = (slotId: string) => recordDeadlineMs(slotOf(slotId).date, slotOf(slotId).end);
const record = (id: string, slotId: string, bookingId: string | null, createdAt: number, followUp = {}) => {
  const slot = slotOf(slotId);
  const due = 'dueDate' in followUp ? { note: '回访', outcome: '', state: 'open', closedAt: null, ...followUp } : null;
  return aRecord({
    id,
    slotId,
    bookingId,
    cadreId: slot.cadreId,
    communityId: slot.communityId,
    date: slot.date,
    createdAt,
    updatedAt: createdAt,
    followUp: due as VisitRecordRecord['followUp'],
  });
};

const records: VisitRecordRecord[] = [
  // Written 1 ms before its deadline; its follow-up closed in the last minute of its due date.
  record('v1', 's-nov25-station', 'b-r1', deadline('s-nov25-station') - 1, {
    dueDate: '2026-11-30',
    state: 'closed',
    closedAt: lastMinuteOfNovember,
  }),
  // Written exactly at its deadline (late); follow-up closed the day after it was due.
  record('v2', 's-nov25-home', 'b-r5', deadline('s-nov25-home'), {
    dueDate: '2026-11-30',
    state: 'closed',
    closedAt: firstOfDecember,
  }),
  // A visit without a booking, written at 23:59 on the last day of November; due 12-03, still open.
  record('v3', 's-nov30', null, lastMinuteOfNovember, { dueDate: '2026-12-03' }),
  record('v4', 's-nov25-ma', null, deadline('s-nov25-ma') + 3_600_000, { dueDate: '2026-12-20' }),
  record('v5', 's-dec05-ma', 'b-r12', deadline('s-dec05-ma') - 60_000, { dueDate: '2026-12-06' }),
  // A visit of October whose follow-up fell due in November.
  record('v6', 's-oct25', 'b-r14', deadline('s-oct25') - 1, {
    dueDate: '2026-11-10',
    state: 'closed',
    closedAt: shanghaiWallClockToMs('2026-11-09', '15:00'),
  }),
  record('v7', 's-other', 'b-r15', deadline('s-other') - 1, { dueDate: '2026-11-30' }),
];

/** Seeds the scene through the ports; answers the rows as stored, for the rules to recount. */
export async function seedVisitScene(storage: Storage): Promise<RawVisits> {
  for (const slot of slots) await storage.slots.create(slot);
  let at = shanghaiWallClockToMs('2026-11-20');
  for (const [slotId, resident, fate] of bookings) {
    const slot = slotOf(slotId);
    const booking = aBooking({
      id: `b-${resident}`,
      slotId,
      communityId: slot.communityId,
      residentId: `u-${resident}`,
      date: slot.date,
      createdAt: (at += 60_000),
      updatedAt: at,
    });
    const outcome = await storage.bookings.book(booking, { waitlist: true });
    expect(outcome.outcome).toBe(fate === 'waitlisted' ? 'waitlisted' : 'booked');
    if (fate === 'attended' || fate === 'no_show') await storage.bookings.setAttendance(booking.id, fate, at);
    if (fate === 'cancelled') await storage.bookings.cancel(booking.id, '有事', at);
  }
  for (const [slotId, id, overCapacity] of walkIns) {
    const slot = slotOf(slotId);
    const walkIn = aBooking({
      id,
      slotId,
      communityId: slot.communityId,
      residentId: null,
      walkInName: '王大爷',
      date: slot.date,
    });
    expect((await storage.bookings.addWalkIn(walkIn, { overCapacity })).outcome).toBe('added');
  }
  await storage.slots.cancel('s-dec05-ma', '临时会议', NOW - 86_400_000);
  for (const visit of records) await storage.visitRecords.save(visit);
  return storedRows(storage);
}

async function storedRows(storage: Storage): Promise<RawVisits> {
  const stored = await storage.slots.findByIds(slots.map((s) => s.id));
  const booked: BookingRecord[] = [];
  for (const slot of stored) booked.push(...(await storage.bookings.listBySlot(slot.id)));
  const written = await Promise.all(records.map((r) => storage.visitRecords.findById(r.id)));
  return { slots: stored, bookings: booked, records: written.map((r) => r!) };
}
