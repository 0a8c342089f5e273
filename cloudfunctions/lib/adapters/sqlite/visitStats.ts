import type Database from 'better-sqlite3';
import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import {
  followUpDueEndMs,
  recordDeadlineMs,
  type FollowUpTally,
  type RecordTimeliness,
  type SlotDayTally,
} from '@domain/stats/visitTallies';
import type { VisitStatsRepository } from '../../ports/visitStats';
import { statementCache } from './queryHelpers';

/**
 * 民意5来听's figures by GROUP BY. The period's slots are a range of slots_by_community_day per
 * community; their bookings come by bookings_by_slot and their records by visit_records_by_slot
 * (v20), follow-ups by visit_records_follow_ups_by_community. The instants a record or a follow-up
 * is timely by are computed by the domain's own functions, registered with SQLite, so both
 * engines count by the same Shanghai clock.
 */
/**
 * A booking made ahead: a resident's own, or one staff made for a resident (红色代办, an account or
 * not); the rest are walk-ins the cadre wrote down on the day.
 */
const BOOKED_AHEAD = '(b.resident_id IS NOT NULL OR b.on_behalf_json IS NOT NULL)';

export function sqliteVisitStats(db: Database.Database): VisitStatsRepository {
  db.function('visit_record_deadline_ms', { deterministic: true }, (date, end) =>
    recordDeadlineMs(String(date), String(end)),
  );
  db.function('follow_up_due_end_ms', { deterministic: true }, (dueDate) => followUpDueEndMs(String(dueDate)));
  const prepared = statementCache(db);
  return {
    async slotDays(scope, period) {
      return prepared<SlotDayTally>(`${PERIOD_SLOTS},
        seats_held AS (
          SELECT b.slot_id,
            SUM(${BOOKED_AHEAD} AND b.state IN ('booked', 'attended', 'no_show')) AS booked,
            SUM(${BOOKED_AHEAD} AND b.state = 'attended') AS attended,
            SUM(${BOOKED_AHEAD} AND b.state = 'no_show') AS no_show,
            SUM(NOT ${BOOKED_AHEAD} AND b.state = 'attended') AS walk_ins
          FROM period_slots p JOIN bookings b ON b.slot_id = p.id GROUP BY b.slot_id),
        written AS (
          SELECT r.slot_id, COUNT(*) AS records, SUM(r.booking_id IS NULL) AS without_booking
          FROM period_slots p JOIN visit_records r ON r.slot_id = p.id GROUP BY r.slot_id)
        SELECT p.cadre_id AS cadreId, p.community_id AS communityId, p.date, p.mode,
          SUM(p.state = 'open') AS slots,
          SUM(CASE WHEN p.state = 'open' THEN p.capacity ELSE 0 END) AS seats,
          COALESCE(SUM(h.booked), 0) AS booked, COALESCE(SUM(h.attended), 0) AS attended,
          COALESCE(SUM(h.no_show), 0) AS noShow, COALESCE(SUM(h.walk_ins), 0) AS walkIns,
          COALESCE(SUM(w.records), 0) AS records, COALESCE(SUM(w.without_booking), 0) AS recordsWithoutBooking
        FROM period_slots p
          LEFT JOIN seats_held h ON h.slot_id = p.id
          LEFT JOIN written w ON w.slot_id = p.id
        GROUP BY p.cadre_id, p.community_id, p.date, p.mode
        ORDER BY p.cadre_id, p.community_id, p.date, p.mode`).all(paramsOf(scope, period));
    },
    async recordTimeliness(scope, period) {
      return prepared<RecordTimeliness>(`${PERIOD_SLOTS}
        SELECT p.cadre_id AS cadreId, COUNT(*) AS records,
          SUM(r.created_at < visit_record_deadline_ms(p.date, p.end)) AS timely
        FROM period_slots p JOIN visit_records r ON r.slot_id = p.id
        GROUP BY p.cadre_id ORDER BY p.cadre_id`).all(paramsOf(scope, period));
    },
    async followUps(scope, period, today) {
      return prepared<FollowUpTally>(`
        SELECT cadre_id AS cadreId, community_id AS communityId, COUNT(*) AS due,
          SUM(follow_up_state = 'closed' AND follow_up_closed_at < follow_up_due_end_ms(follow_up_due_date)) AS closedOnTime,
          SUM(follow_up_state = 'closed' AND follow_up_closed_at >= follow_up_due_end_ms(follow_up_due_date)) AS closedLate,
          SUM(follow_up_state = 'open' AND follow_up_due_date < @today) AS openOverdue
        FROM visit_records
        WHERE community_id IN (SELECT value FROM json_each(@communityIds))
          AND follow_up_due_date IS NOT NULL AND follow_up_due_date BETWEEN @from AND @to
          AND (@cadreId IS NULL OR cadre_id = @cadreId)
        GROUP BY cadre_id, community_id ORDER BY cadre_id, community_id`).all({ ...paramsOf(scope, period), today });
    },
  };
}

/** The period's slots of the scope (cancelled ones too: their records still count). */
const PERIOD_SLOTS = `WITH period_slots AS (
  SELECT id, cadre_id, community_id, date, end, mode, state, capacity FROM slots
  WHERE community_id IN (SELECT value FROM json_each(@communityIds))
    AND date BETWEEN @from AND @to
    AND (@cadreId IS NULL OR cadre_id = @cadreId))`;

function paramsOf(scope: StatsScope, period: StatsPeriod) {
  return { communityIds: JSON.stringify(scope.communityIds), from: period.from, to: period.to, cadreId: scope.cadreId };
}
