import { createHash } from 'node:crypto';
import { DELETED_USER_NAME, eraseDetails, type PersonalDetails } from '@domain/accountErasure';
import type { AuditEntry } from '@domain/contract';
import type { Deps } from '../../deps';
import type { MatterRecord, TimelineRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';
import { notifyBooking } from '../visits/bookingNotices';
import { newResident } from './newResident';
import type { PersonalRecords } from './personalRecords';

/** The reason a deleted account's bookings are cancelled with; a retry recognises its own cancels by it. */
export const DELETION_CANCEL_REASON = '居民已注销账号';

/**
 * The id that stands for a deleted person in the audit log: the same for every line of theirs
 * (the log still tells that one person did these things) and the same on a retry, but derived from
 * the openid, which the deletion removes, so nothing stored leads back from it to the account.
 */
export function anonymousIdOf(user: UserRecord): string {
  return `anon-${createHash('sha256').update(`${user.openid}\n${user.id}`).digest('hex').slice(0, 24)}`;
}

/** The user's record after deletion: the same id (their matters and comments point at it), nothing else of theirs. */
export function tombstoneOf(user: UserRecord, now: number): UserRecord {
  const empty = newResident(user.id, `deleted:${user.id}`, now);
  return { ...empty, name: DELETED_USER_NAME, createdAt: user.createdAt };
}

export function detailsOf(records: PersonalRecords): PersonalDetails {
  const { user, bookings } = records;
  return {
    name: user.name,
    phone: user.phone,
    building: user.building,
    others: [
      ...bookings.flatMap((booking) => [booking.address, booking.phone]),
      ...records.service.orders.flatMap((order) => [order.address, order.contactPhone]),
    ],
  };
}

/**
 * Cancels the person's active bookings through the booking port's cancel, which frees the seat and
 * promotes the first on the waitlist; that resident is told. Bookings an earlier attempt already
 * cancelled (same reason) have their promoted booking looked up instead, so a retry tells the
 * promoted resident (once: the notification is deduplicated) without promoting anyone again.
 */
export async function cancelActiveBookings(deps: Deps, bookings: readonly BookingRecord[]): Promise<void> {
  for (const booking of bookings) {
    const active = booking.state === 'booked' || booking.state === 'waitlisted';
    const cancelledBefore = booking.state === 'cancelled' && booking.cancelReason === DELETION_CANCEL_REASON;
    if (!active && !cancelledBefore) continue;
    const promoted = active
      ? (await deps.storage.bookings.cancel(booking.id, DELETION_CANCEL_REASON, deps.clock.now())).promoted
      : await deps.storage.bookings.finishCancel(booking.id, deps.clock.now());
    if (promoted) await notifyBooking(deps, promoted, 'waitlist_promoted');
  }
}

/**
 * Overwrites the person's words and contacts wherever they stay for the community's record:
 * matters (photos deleted, building cleared, her notes on the timeline), comments, bookings' contacts and topic, the visit
 * records of their bookings, and the audit lines naming them. Each write sets final values.
 */
export async function eraseWords(deps: Deps, records: PersonalRecords, anonymousId: string): Promise<void> {
  const { personalData } = deps.storage;
  const details = detailsOf(records);
  const erase = (text: string) => eraseDetails(text, details);
  const now = deps.clock.now();
  for (const matter of records.matters) {
    // The files go before the matter forgets them, so a retry still knows what to delete.
    await deps.files.remove(matter.photos.map((photo) => photo.fileId));
    await personalData.eraseMatter(matter.id, matterErasure(matter, erase), now);
    await personalData.eraseTimelineNotes(
      matter.id,
      notesBy(await deps.storage.matters.timeline(matter.id), records.user.id, erase),
    );
  }
  for (const comment of records.comments) await personalData.eraseComment(comment.id, erase(comment.body));
  for (const booking of records.bookings) {
    // 红色代办 booked for them: their name goes from the record, the consent's details are masked.
    const { onBehalf } = booking;
    const erasedOnBehalf = onBehalf && { ...onBehalf, residentName: '', consent: erase(onBehalf.consent) };
    const words = { topic: erase(booking.topic), address: '', phone: '', onBehalf: erasedOnBehalf };
    await personalData.eraseBooking(booking.id, words, now);
  }
  for (const record of records.visitRecords) {
    const { seen, heard, solved, suggested } = record;
    const words = { seen: erase(seen), heard: erase(heard), solved: erase(solved), suggested: erase(suggested) };
    await personalData.eraseVisitRecord(record.id, words, now);
  }
  for (const entry of records.audit) {
    await personalData.eraseAuditEntry(entry.id, auditErasure(entry, records.user.id, anonymousId));
  }
}

function matterErasure(matter: MatterRecord, erase: (text: string) => string) {
  return {
    title: erase(matter.title),
    body: erase(matter.body),
    building: '',
    // Photos may show their home or face: deleted (eraseWords) and detached.
    photos: [],
    rating: matter.rating ? { ...matter.rating, comment: erase(matter.rating.comment) } : null,
    // 红色代办: who raised it stays (由XX代办); the resident's name goes, the consent keeps its words.
    onBehalf: matter.onBehalf
      ? { ...matter.onBehalf, residentName: '', consent: erase(matter.onBehalf.consent) }
      : null,
  };
}

/** Her own words on the public timeline: the note of a rating or a reopening. */
function notesBy(timeline: readonly TimelineRecord[], userId: string, erase: (text: string) => string) {
  const notes: Record<string, string> = {};
  for (const entry of timeline) if (entry.actorId === userId && entry.note) notes[entry.id] = erase(entry.note);
  return notes;
}

function auditErasure(entry: AuditEntry, userId: string, anonymousId: string) {
  const asActor = entry.actorId === userId || entry.actorId === anonymousId;
  return {
    actorId: asActor ? anonymousId : entry.actorId,
    actorName: asActor ? DELETED_USER_NAME : entry.actorName,
    targetId: entry.targetId === userId ? anonymousId : entry.targetId,
  };
}
