import type { Role } from '@domain/users';
import type { ConsultationRecord } from './consultations';
import type { MatterRecord } from './matters';

/** What waits in a community's four moderation queues (the same rows `moderationQueue` pages through). */
export interface ModerationCounts {
  pendingMatters: number;
  flaggedMatters: number;
  pendingComments: number;
  flaggedComments: number;
}

/** A consultation meeting as a home lists it: when, where, and the matter it is about. */
export type MeetingRecord = Pick<ConsultationRecord, 'id' | 'matterId' | 'scheduledAt' | 'place'>;

/** A cadre's open follow-ups, and how many of them are past their due date. */
export interface FollowUpCounts {
  open: number;
  overdue: number;
}

/**
 * The counts the role homes show (居委会工作台, 民情书记工作台, the admin's home). Each is counted
 * by the database (SQLite COUNT, CloudBase count()), never by reading the rows into the function,
 * so a home costs the same with ten matters or ten thousand. Lists here are short and bounded.
 */
export interface HomeCountRepository {
  moderationCounts(communityId: string): Promise<ModerationCounts>;
  /**
   * Escalated matters of the community still waiting for their answer after its due date: due
   * before `today` (a Shanghai date) and not answered (src/domain/matters/overdue.ts).
   */
  countOverdueEscalations(communityId: string, today: string): Promise<number>;
  /** The first `limit` of them, the longest overdue first (by due date, then id). */
  listOverdueEscalations(communityId: string, today: string, limit: number): Promise<MatterRecord[]>;
  /** The community's consultation meetings scheduled in [from, to), earliest first (at most `limit`). */
  consultationsBetween(communityId: string, from: number, to: number, limit: number): Promise<MeetingRecord[]>;
  /** The cadre's open follow-ups; overdue when due before `today` (src/domain/visits/followUpDue.ts). */
  followUpCounts(cadreId: string, today: string): Promise<FollowUpCounts>;
  /** Registered users by role, every community. */
  usersByRole(): Promise<Record<Role, number>>;
}
