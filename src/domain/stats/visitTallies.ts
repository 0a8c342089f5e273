import type { VisitMode } from '../visits/views';
import { shanghaiWallClockToMs, type ShanghaiDate } from '../time';

/**
 * What storage aggregates for 民意5来听's figures: sums, never rows. The domain derives every figure
 * from these (visitSummary.ts), and visitFigureRules.ts says the same rules over raw records.
 */

/** The period's slots of one cadre in one community on one date with one mode, summed. */
export interface SlotDayTally {
  cadreId: string;
  communityId: string;
  date: ShanghaiDate;
  mode: VisitMode;
  /** Open (not cancelled) slots. */
  slots: number;
  /** Their capacity. */
  seats: number;
  /** Residents' bookings holding a seat: booked, attended or no_show. */
  booked: number;
  attended: number;
  noShow: number;
  /** Walk-ins (bookings without a resident), always attended. */
  walkIns: number;
  /** Visit records of these slots (cancelled slots' included). */
  records: number;
  /** Of which without a booking. */
  recordsWithoutBooking: number;
}

/** A cadre's records of the period's slots, and how many were written within 24 h of the slot's end. */
export interface RecordTimeliness {
  cadreId: string;
  records: number;
  timely: number;
}

/** A cadre's follow-ups due in the period in one community (a street's table by community), by outcome. */
export interface FollowUpTally {
  cadreId: string;
  communityId: string;
  due: number;
  closedOnTime: number;
  closedLate: number;
  /** Still open with the due date before today. */
  openOverdue: number;
}

const DAY_MS = 24 * 3600_000;

/** A record is timely when first saved before this instant: the slot's Shanghai end, plus 24 h. */
export function recordDeadlineMs(date: ShanghaiDate, end: string): number {
  return shanghaiWallClockToMs(date, end) + DAY_MS;
}

/** A follow-up is on time when closed before this instant: the start of the day after its due date. */
export function followUpDueEndMs(dueDate: ShanghaiDate): number {
  // Shanghai keeps no daylight saving: every day is 24 h long.
  return shanghaiWallClockToMs(dueDate) + DAY_MS;
}
