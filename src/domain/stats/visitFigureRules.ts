import type { ShanghaiDate } from '../time';
import type { VisitMode } from '../visits/views';
import { percentOf } from './figures';
import type { StatsPeriod } from './period';
import type { StatsScope } from './scope';
import type { CadreFigureKey, VisitFigureKey } from './visitFigures';
import { followUpDueEndMs, recordDeadlineMs } from './visitTallies';

/**
 * visitFigures' and cadreFigures' rules said once more over raw records, one record at a time:
 * what the tests recompute every figure with, to compare with what storage summed.
 */
export interface RawSlot {
  id: string;
  cadreId: string;
  communityId: string;
  date: ShanghaiDate;
  end: string;
  mode: VisitMode;
  capacity: number;
  state: 'open' | 'cancelled';
}
export interface RawBooking {
  slotId: string;
  residentId: string | null;
  /** 红色代办: staff booked it for a resident (with no account when residentId is null). */
  onBehalf?: object | null;
  state: string;
}

/** Booked ahead: a resident's own booking or one staff made for a resident; the rest are walk-ins. */
const bookedAhead = (b: RawBooking) => b.residentId !== null || !!b.onBehalf;
export interface RawRecord {
  slotId: string;
  cadreId: string;
  communityId: string;
  bookingId: string | null;
  createdAt: number;
  followUp: { dueDate: string; state: 'open' | 'closed'; closedAt: number | null } | null;
}
export interface RawVisits {
  slots: RawSlot[];
  bookings: RawBooking[];
  records: RawRecord[];
}

export const visitFigureRules = {
  /** The period's slots of the scope: in its communities, dated in the period, the cadre's own on their view. */
  slotCounts: (slot: RawSlot, scope: StatsScope, period: StatsPeriod) =>
    scope.communityIds.includes(slot.communityId) &&
    slot.date >= period.from &&
    slot.date <= period.to &&
    (scope.cadreId === null || slot.cadreId === scope.cadreId),
  holdsSeat: (b: RawBooking) => bookedAhead(b) && ['booked', 'attended', 'no_show'].includes(b.state),
  attended: (b: RawBooking) => bookedAhead(b) && b.state === 'attended',
  noShow: (b: RawBooking) => bookedAhead(b) && b.state === 'no_show',
  walkIn: (b: RawBooking) => !bookedAhead(b) && b.state === 'attended',
  recordTimely: (record: RawRecord, slot: RawSlot) => record.createdAt < recordDeadlineMs(slot.date, slot.end),
  followUpCounts: (record: RawRecord, scope: StatsScope, period: StatsPeriod) =>
    record.followUp !== null &&
    scope.communityIds.includes(record.communityId) &&
    record.followUp.dueDate >= period.from &&
    record.followUp.dueDate <= period.to &&
    (scope.cadreId === null || record.cadreId === scope.cadreId),
  onTime: (f: NonNullable<RawRecord['followUp']>) =>
    f.state === 'closed' && f.closedAt !== null && f.closedAt < followUpDueEndMs(f.dueDate),
  overdue: (f: NonNullable<RawRecord['followUp']>, today: ShanghaiDate) =>
    f.state === 'closed' ? (f.closedAt ?? 0) >= followUpDueEndMs(f.dueDate) : f.dueDate < today,
};

const count = <T>(items: readonly T[], rule: (item: T) => boolean) => items.filter(rule).length;

/** Every 民意5来听 figure of the scope and period, record by record. */
export function visitFiguresFromRows(
  rows: RawVisits,
  scope: StatsScope,
  period: StatsPeriod,
  today: ShanghaiDate,
): Record<VisitFigureKey, number | null> {
  const r = visitFigureRules;
  const slots = rows.slots.filter((s) => r.slotCounts(s, scope, period));
  const ids = new Set(slots.map((s) => s.id));
  const open = slots.filter((s) => s.state === 'open');
  const bookings = rows.bookings.filter((b) => ids.has(b.slotId));
  const homeIds = new Set(slots.filter((s) => s.mode === 'home').map((s) => s.id));
  const followUps = rows.records.filter((x) => r.followUpCounts(x, scope, period)).map((x) => x.followUp!);
  const attended = count(bookings, r.attended);
  const noShow = count(bookings, r.noShow);
  return {
    visitDays: new Set(open.filter((s) => s.date <= today).map((s) => `${s.communityId}|${s.date}`)).size,
    slots: open.length,
    seats: open.reduce((total, s) => total + s.capacity, 0),
    booked: count(bookings, r.holdsSeat),
    attended,
    noShow,
    attendanceRate: percentOf(attended, attended + noShow),
    walkIns: count(bookings, r.walkIn),
    homeVisits: count(bookings, (b) => homeIds.has(b.slotId) && (r.attended(b) || r.walkIn(b))),
    records: count(rows.records, (x) => ids.has(x.slotId)),
    followUpsDue: followUps.length,
    followUpsOnTime: count(followUps, r.onTime),
    followUpsOverdue: count(followUps, (f) => r.overdue(f, today)),
  };
}

/** One cadre's row of the accountability table, record by record. */
export function cadreRowFromRows(
  rows: RawVisits,
  cadreId: string,
  scope: StatsScope,
  period: StatsPeriod,
  today: ShanghaiDate,
): Record<CadreFigureKey, number | null> {
  const r = visitFigureRules;
  const own = { ...scope, cadreId };
  const slots = new Map(rows.slots.filter((s) => r.slotCounts(s, own, period)).map((s) => [s.id, s]));
  const bookings = rows.bookings.filter((b) => slots.has(b.slotId));
  const records = rows.records.filter((x) => slots.has(x.slotId));
  const heardOn = [...bookings.filter((b) => r.attended(b) || r.walkIn(b)).map((b) => b.slotId)];
  const days = new Set(
    [...heardOn, ...records.map((x) => x.slotId)]
      .map((id) => slots.get(id)!)
      .filter((s) => s.date <= today)
      .map((s) => `${s.communityId}|${s.date}`),
  );
  const timely = count(records, (x) => r.recordTimely(x, slots.get(x.slotId)!));
  const followUps = rows.records.filter((x) => r.followUpCounts(x, own, period)).map((x) => x.followUp!);
  return {
    daysAttended: days.size,
    residentsHeard: heardOn.length + count(records, (x) => x.bookingId === null),
    records: records.length,
    recordsTimely: timely,
    timelyRate: percentOf(timely, records.length),
    followUpsDue: followUps.length,
    followUpsOnTime: count(followUps, r.onTime),
    followUpsOverdue: count(followUps, (f) => r.overdue(f, today)),
  };
}
