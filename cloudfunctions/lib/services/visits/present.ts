import { isFollowUpOverdue } from '@domain/visits/followUpDue';
import { canSeeContact, maskAddress, maskPhone } from '@domain/masking';
import { onBehalfLine } from '@domain/onBehalf';
import { shanghaiDateOf } from '@domain/time';
import type { BookingView, SlotView, VisitRecordView } from '@domain/visits/views';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord, SlotRecord } from '../../ports/visits';
import type { VisitRecordRecord } from '../../ports/visitRecords';

export type UsersById = Map<string, UserRecord>;

/** The users with these ids; those already `known` (the caller, names read earlier in the call) are not read again. */
export async function usersById(
  deps: Deps,
  ids: Iterable<string | null>,
  known: Iterable<UserRecord> = [],
): Promise<UsersById> {
  const byId: UsersById = new Map([...known].map((u) => [u.id, u]));
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null && id !== '' && !byId.has(id)))];
  if (wanted.length > 0) for (const user of await deps.storage.users.findByIds(wanted)) byId.set(user.id, user);
  return byId;
}

/** The cadres whose names the slots do not carry (slots kept before the name was kept with them). */
export function unnamedCadres(slots: readonly SlotRecord[]): string[] {
  return slots.filter((s) => !s.cadreName).map((s) => s.cadreId);
}

/** The name kept with the slot, else the cadre's as read (older slots), else the title. */
function cadreNameOf(slot: SlotRecord, users: UsersById): string {
  return slot.cadreName || users.get(slot.cadreId)?.name || '民情书记';
}

export function slotView(slot: SlotRecord, users: UsersById, waitlistCount: number): SlotView {
  return {
    id: slot.id,
    communityId: slot.communityId,
    cadreId: slot.cadreId,
    cadreName: cadreNameOf(slot, users),
    date: slot.date,
    start: slot.start,
    end: slot.end,
    mode: slot.mode,
    place: slot.place,
    capacity: slot.capacity,
    seatsTaken: slot.seatsTaken,
    seatsLeft: slot.state === 'open' ? Math.max(0, slot.capacity - slot.seatsTaken) : 0,
    waitlistCount,
    state: slot.state,
    cancelReason: slot.cancelReason,
  };
}

export function recordView(deps: Deps, record: VisitRecordRecord, users: UsersById): VisitRecordView {
  const today = shanghaiDateOf(deps.clock.now());
  const followUp = record.followUp;
  return {
    id: record.id,
    bookingId: record.bookingId,
    slotId: record.slotId,
    cadreId: record.cadreId,
    cadreName: users.get(record.cadreId)?.name || '民情书记',
    communityId: record.communityId,
    date: record.date,
    seen: record.seen,
    heard: record.heard,
    solved: record.solved,
    suggested: record.suggested,
    photos: record.photos.map((fileId) => ({ fileId, url: deps.files.urlFor(fileId) })),
    followUp: followUp ? { ...followUp, needed: true, overdue: isFollowUpOverdue(followUp, today) } : null,
    matterId: record.matterId,
    createdAt: record.createdAt,
  };
}

export interface BookingContext {
  viewer: UserRecord;
  slot: SlotRecord;
  users: UsersById;
  waitlist: BookingRecord[];
  record: VisitRecordRecord | null;
  /** The day sheet shows contact details masked until the cadre asks to see them. */
  revealContact?: boolean;
}

/**
 * Phone and address are shown in full to the resident, and (when asked for) to the assigned
 * cadre and the community's committee; everyone else sees them masked.
 */
export function bookingView(deps: Deps, booking: BookingRecord, ctx: BookingContext): BookingView {
  const { viewer, slot, users } = ctx;
  const isOwner = booking.residentId !== null && booking.residentId === viewer.id;
  const allowed =
    isOwner ||
    canSeeContact(
      { userId: viewer.id, role: viewer.role, communityIds: viewer.communityIds },
      { ownerId: booking.residentId ?? '', communityId: booking.communityId, assignedCadreId: slot.cadreId },
    );
  const showContact = isOwner || (allowed && ctx.revealContact === true);
  const position = ctx.waitlist.findIndex((w) => w.id === booking.id);
  return {
    id: booking.id,
    slotId: booking.slotId,
    communityId: booking.communityId,
    residentId: booking.residentId,
    residentName: booking.residentId
      ? users.get(booking.residentId)?.name || booking.onBehalf?.residentName || '居民'
      : booking.walkInName || booking.onBehalf?.residentName || '',
    date: booking.date,
    start: slot.start,
    end: slot.end,
    mode: slot.mode,
    place: slot.place,
    cadreName: cadreNameOf(slot, users),
    topic: booking.topic,
    address: showContact ? booking.address : booking.address ? maskAddress(booking.address) : '',
    phone: showContact ? booking.phone : booking.phone ? maskPhone(booking.phone) : '',
    contactMasked: !showContact,
    state: booking.state,
    waitlistPosition: booking.state === 'waitlisted' && position >= 0 ? position + 1 : null,
    // A booking staff made for a resident without an account is no walk-in: it was booked ahead.
    walkIn: booking.residentId === null && !booking.onBehalf,
    onBehalfLine: booking.onBehalf ? onBehalfLine(booking.onBehalf.staffName) : '',
    onBehalfConsent: booking.onBehalf?.consent ?? '',
    cancelReason: booking.cancelReason,
    createdAt: booking.createdAt,
    record: ctx.record ? recordView(deps, ctx.record, users) : null,
  };
}
