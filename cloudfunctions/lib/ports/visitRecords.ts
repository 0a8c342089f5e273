/**
 * Storage of the visit records (民情日记) cadres write after a visit, each with an optional
 * follow-up the resident sees until it is closed, and the 说事 matter opened from it.
 */

export interface FollowUpRecord {
  dueDate: string;
  note: string;
  state: 'open' | 'closed';
  outcome: string;
  closedAt: number | null;
}

export interface VisitRecordRecord {
  id: string;
  /** One record per booking; null for a visit without a booking. */
  bookingId: string | null;
  slotId: string;
  cadreId: string;
  communityId: string;
  residentId: string | null;
  date: string;
  seen: string;
  heard: string;
  solved: string;
  suggested: string;
  photos: string[];
  followUp: FollowUpRecord | null;
  /** The 说事 matter opened from this visit, if any. */
  matterId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface VisitRecordRepository {
  /** Creates or replaces the record of a booking (one per booking). */
  save(record: VisitRecordRecord): Promise<void>;
  findById(id: string): Promise<VisitRecordRecord | null>;
  findByBookingIds(bookingIds: readonly string[]): Promise<VisitRecordRecord[]>;
  /** Open follow-ups of a cadre (or of communities), due date first. */
  openFollowUps(
    filter: { cadreId?: string; communityIds?: readonly string[] },
    limit: number,
  ): Promise<VisitRecordRecord[]>;
  /**
   * Open follow-ups of every community due in [fromDate, toDate], by (dueDate, id): the follow-up
   * timer asks for the dates that fell due since its last run, so old overdue ones never crowd out new ones.
   */
  openFollowUpsDueBetween(fromDate: string, toDate: string, limit: number): Promise<VisitRecordRecord[]>;
  closeFollowUp(id: string, outcome: string, now: number): Promise<boolean>;
  linkMatter(id: string, matterId: string, now: number): Promise<boolean>;
}
