import type { AuditEntry } from '@domain/contract';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { CommentRecord, MatterRecord } from '../../ports/matters';
import type { InboxEntry, OutboxRow } from '../../ports/notifications';
import type { FlagGiven } from '../../ports/personalData';
import type { UserRecord } from '../../ports/storage';
import type { BookingRecord } from '../../ports/visits';
import type { VisitRecordRecord } from '../../ports/visitRecords';
import { allPages, PAGE } from './allPages';
import { serviceRecords, type ServiceRecords } from './serviceRecords';

export { allPages, PAGE } from './allPages';

/**
 * Every row we hold about one user, read for the data export and for 注销: what they wrote or
 * gave, what was booked or recorded for them, what they were told, and the audit lines naming
 * them. Supports and follows are the matters' ids only: those matters are mostly other people's.
 */
export interface PersonalRecords {
  user: UserRecord;
  matters: MatterRecord[];
  comments: CommentRecord[];
  flags: FlagGiven[];
  supportedMatterIds: string[];
  followedMatterIds: string[];
  bookings: BookingRecord[];
  visitRecords: VisitRecordRecord[];
  inbox: InboxEntry[];
  outbox: OutboxRow[];
  credits: Record<string, number>;
  audit: AuditEntry[];
  /** 群众点单 · 双报到: their orders, the orders they served, their reports and hours. */
  service: ServiceRecords;
}

export async function personalRecords(deps: Deps, user: UserRecord): Promise<PersonalRecords> {
  const { storage } = deps;
  const today = shanghaiDateOf(deps.clock.now());
  const byUser = (relation: 'raised' | 'supported' | 'following') =>
    allPages((after) => storage.matters.listByUser(user.id, relation, after, PAGE));
  const [matters, supported, followed, comments, flags, upcoming, past, inbox, outbox, credits, audit, service] =
    await Promise.all([
      byUser('raised'),
      byUser('supported'),
      byUser('following'),
      storage.personalData.listCommentsBy(user.id),
      storage.personalData.listFlagsBy(user.id),
      allPages((after) => storage.bookings.listByResident(user.id, 'upcoming', today, after, PAGE)),
      allPages((after) => storage.bookings.listByResident(user.id, 'past', today, after, PAGE)),
      allPages((after) => storage.inbox.list(user.id, after, PAGE)),
      allPages((after) => storage.outbox.listForUser(user.id, after, PAGE)),
      storage.subscriptions.credits(user.id),
      storage.personalData.listAuditAbout(user.id),
      serviceRecords(deps, user.id),
    ]);
  const bookings = [...upcoming, ...past];
  const visitRecords = await storage.visitRecords.findByBookingIds(bookings.map((booking) => booking.id));
  return {
    user,
    matters,
    comments,
    flags,
    supportedMatterIds: supported.map((matter) => matter.id),
    followedMatterIds: followed.map((matter) => matter.id),
    bookings,
    visitRecords,
    inbox,
    outbox,
    credits,
    audit,
    service,
  };
}
