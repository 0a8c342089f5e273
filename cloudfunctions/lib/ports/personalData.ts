import type { AuditEntry } from '@domain/contract';
import type { CommentRecord, PhotoRecord, RatingRecord } from './matters';
import type { OnBehalfRecord } from './onBehalf';
import type { VolunteerRecord } from './service';
import type { UserRecord } from './storage';

/** A flag (举报) the user raised on a matter or a comment, with the reason they gave. */
export interface FlagGiven {
  targetType: 'matter' | 'comment';
  targetId: string;
  reason: string;
  at: number;
}

/** What erasure writes over a matter the user raised: it stays public, their details do not. */
export interface MatterErasure {
  title: string;
  body: string;
  building: string;
  photos: PhotoRecord[];
  rating: RatingRecord | null;
  /** A 红色代办 matter keeps who raised it and the consent's words, not the resident's name. */
  onBehalf: OnBehalfRecord | null;
}

/** A booking's contacts and words after erasure. */
export interface BookingErasure {
  topic: string;
  address: string;
  phone: string;
  /**
   * 红色代办 with the resident's name erased and the consent's details masked; left out, the
   * booking's on-behalf record stays as it is.
   */
  onBehalf?: OnBehalfRecord | null;
}

export interface VisitRecordErasure {
  seen: string;
  heard: string;
  solved: string;
  suggested: string;
}

/**
 * A service order the user placed (or staff placed for them) after erasure: its item, state, times
 * and rating stay for the community's figures; their words and contacts do not.
 */
export interface OrderErasure {
  details: string;
  address: string;
  contactPhone: string;
  thanks: string;
  reason: string;
  onBehalf: OnBehalfRecord | null;
}

/** An audit line that keeps the fact, not the person. */
export interface AuditErasure {
  actorId: string;
  actorName: string;
  targetId: string;
}

/**
 * What the other ports cannot tell about one user (their comments, the audit lines naming them),
 * and the writes that erase their personal data. Each write sets explicit values (never "apply
 * this change"), so every step can run again after a failure half way and lands the same:
 * the service erases in an order that keeps the user findable until the last step
 * (services/accounts/erasure.ts).
 */
export interface PersonalDataRepository {
  /** Every comment the user wrote, in any state, oldest first. */
  listCommentsBy(userId: string): Promise<CommentRecord[]>;
  /** The flags the user raised (matters and comments), oldest first. */
  listFlagsBy(userId: string): Promise<FlagGiven[]>;
  /** The audit lines naming the user as actor or target, oldest first. */
  listAuditAbout(userId: string): Promise<AuditEntry[]>;
  eraseMatter(id: string, erasure: MatterErasure, now: number): Promise<void>;
  /** New notes for timeline entries of the matter (by entry id): the words she wrote there (a rating, a reason). */
  eraseTimelineNotes(matterId: string, notes: Readonly<Record<string, string>>): Promise<void>;
  eraseComment(id: string, body: string): Promise<void>;
  eraseBooking(id: string, erasure: BookingErasure, now: number): Promise<void>;
  eraseVisitRecord(id: string, erasure: VisitRecordErasure, now: number): Promise<void>;
  eraseAuditEntry(id: string, erasure: AuditErasure): Promise<void>;
  /** The user's 双报到 reports, in every community they reported to (oldest first). */
  listVolunteerReportsBy(userId: string): Promise<VolunteerRecord[]>;
  eraseOrder(id: string, erasure: OrderErasure, now: number): Promise<void>;
  /** Removes the user's 双报到 reports (their hours ledger stays: the community's record). */
  removeVolunteerReports(userId: string): Promise<void>;
  /**
   * Clears the user's phone, and with it its verification (they verify a number again before
   * publishing), and the contact phone of every booking of theirs (WeChat's revoke of 手机号);
   * their bookings stay as they are otherwise, active ones keep working without a phone. The
   * contact phone of their service orders is cleared the same way.
   */
  erasePhone(userId: string, now: number): Promise<void>;
  /**
   * 红色代办: the user is no longer the family member (家属) of any record made on someone's behalf
   * (matters, bookings, service orders: their familyId cleared), so nobody is told in the
   * resident's place by an account that is gone. Sets final values: a retry lands the same.
   */
  forgetFamily(userId: string, now: number): Promise<void>;
  /** Clears the reasons of the user's flags (their words); the flags still count. */
  eraseFlagReasons(userId: string): Promise<void>;
  /** Removes the user's inbox, outbox rows (unsent ones are never sent) and consent credits. */
  forgetNotifications(userId: string): Promise<void>;
  /**
   * The last step: the user's record becomes `tombstone` (same id, no personal field) and is no
   * longer found by its openid, so the old identity is refused and a new login starts afresh.
   */
  detachUser(userId: string, openid: string, tombstone: UserRecord): Promise<void>;
}
