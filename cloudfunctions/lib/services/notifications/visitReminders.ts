import { remindersDue, type DueReminder } from '@domain/notifications/reminderSchedule';
import { addDays } from '@domain/visits/calendar';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import { notifyBookingReaders, placeOf, slotStartsAt } from '../visits/bookingNotices';
import { runWindowedJob } from './windowedJob';

/**
 * 民意5来听 reminders: 18:00 the day before and 07:30 on the morning of a visit, to every resident
 * booked that day (and whoever hears for them: a family member, the staff member who booked). Once per booking and moment (the dedupe key), however often the timer fires.
 */
export async function sendVisitReminders(deps: Deps): Promise<{ reminded: number; due: DueReminder[] }> {
  const result = await runWindowedJob(deps, 'visit_reminders', async (lastRun, now) => {
    const today = shanghaiDateOf(now);
    const due = remindersDue(now, lastRun, [today, addDays(today, 1)]);
    let reminded = 0;
    for (const reminder of due) reminded += await remindDay(deps, reminder);
    return { reminded, due };
  });
  if (result && result.reminded > 0) deps.logger.info('visit_reminders', { ...result });
  return result ?? { reminded: 0, due: [] };
}

async function remindDay(deps: Deps, reminder: DueReminder): Promise<number> {
  const bookings = (await deps.storage.bookings.listBookedOnDay(reminder.date)).filter(
    // 红色代办 for a resident without an account: the staff member who booked is reminded.
    (b) => b.residentId || b.onBehalf,
  );
  const slots = new Map(
    (await deps.storage.slots.findByIds([...new Set(bookings.map((b) => b.slotId))])).map((s) => [s.id, s]),
  );
  let reminded = 0;
  for (const booking of bookings) {
    const slot = slots.get(booking.slotId);
    if (!slot || slot.state !== 'open') continue;
    await remindBooking(deps, booking, slot, reminder);
    reminded += 1;
  }
  return reminded;
}

async function remindBooking(deps: Deps, booking: BookingRecord, slot: SlotRecord, reminder: DueReminder) {
  const startsAt = slotStartsAt(slot);
  await notifyBookingReaders(deps, booking, {
    kind: 'visit_reminder',
    title: booking.topic,
    facts: {
      when: startsAt,
      place: placeOf(slot, booking),
      reason: reminder.kind === 'morning' ? '今天接访，请按时到场' : '明天接访，请按时到场',
    },
    dedupeKey: `visit_reminder:${reminder.kind}:${booking.id}:${slot.date}`,
    at: deps.clock.now(),
    // Once the visit has begun a reminder is only noise.
    expiresAt: startsAt,
  });
}
