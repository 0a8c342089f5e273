import type { AuditEntry } from '@domain/contract';
import type { CursorPosition } from '@domain/pagination';
import { shanghaiDateOf } from '@domain/time';
import type { Deps } from '../../deps';
import type { CommentRecord, MatterRecord } from '../../ports/matters';
import type { InboxEntry, OutboxRow } from '../../ports/notifications';
import type { FlagGiven } from '../../ports/personalData';
import type { Page, UserRecord } from '../../ports/storage';
import type { BookingRecord, VisitRecordRecord } from '../../ports/visits';

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
}

export const PAGE = 100;

/** Reads every page of a keyset-paginated list. */
export async function allPages<T>(read: (after: CursorPosition | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: CursorPosition | null = null;
  do {
    const page: Page<T> = await read(after);
    items.push(...page.items);
    after = page.next;
  } while (after);
  return items;
}

export async function personalRecords(deps: Deps, user: UserRecord): Promise<PersonalRecords> {
  const { storage } = deps;
  const today = shanghaiDateOf(deps.clock.now());
  const byUser = (relation: 'raised' | 'supported' | 'following') =>
    allPages((after) => storage.matters.listByUser(user.id, relation, after, PAGE));
  const [matters, supported, followed, comments, flags, upcoming, past, inbox, outbox, credits, audit] =
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
  };
}
