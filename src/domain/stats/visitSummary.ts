import type { ShanghaiDate } from '../time';
import type { VisitMode } from '../visits/views';
import { percentOf } from './figures';
import type { StatsPeriod } from './period';
import type { CadreFigureKey, VisitFigureKey } from './visitFigures';
import type { FollowUpTally, RecordTimeliness, SlotDayTally } from './visitTallies';

/** What storage summed for a scope and period (see VisitStatsRepository). */
export interface VisitTally {
  slotDays: SlotDayTally[];
  timeliness: RecordTimeliness[];
  followUps: FollowUpTally[];
}

const sum = <T>(items: readonly T[], of: (item: T) => number) => items.reduce((total, item) => total + of(item), 0);
const dayKey = (t: { communityId: string; date: string }) => `${t.communityId}|${t.date}`;

/** 民意5来听's figures, each by its rule in visitFigures.ts. */
export function visitFigureValues(tally: VisitTally, today: ShanghaiDate): Record<VisitFigureKey, number | null> {
  const { slotDays, followUps } = tally;
  const held = new Set(slotDays.filter((t) => t.slots > 0 && t.date <= today).map(dayKey));
  const attended = sum(slotDays, (t) => t.attended);
  const noShow = sum(slotDays, (t) => t.noShow);
  const homes = slotDays.filter((t) => t.mode === 'home');
  return {
    visitDays: held.size,
    slots: sum(slotDays, (t) => t.slots),
    seats: sum(slotDays, (t) => t.seats),
    booked: sum(slotDays, (t) => t.booked),
    attended,
    noShow,
    attendanceRate: percentOf(attended, attended + noShow),
    walkIns: sum(slotDays, (t) => t.walkIns),
    homeVisits: sum(homes, (t) => t.attended + t.walkIns),
    records: sum(slotDays, (t) => t.records),
    followUpsDue: sum(followUps, (f) => f.due),
    followUpsOnTime: sum(followUps, (f) => f.closedOnTime),
    followUpsOverdue: sum(followUps, (f) => f.closedLate + f.openOverdue),
  };
}

/**
 * The figures of one community of the tally (a street's row per community): its slots' days and
 * its records' follow-ups. The figures read no timeliness, which is summed per cadre only.
 */
export function communityVisitValues(
  tally: VisitTally,
  communityId: string,
  today: ShanghaiDate,
): Record<VisitFigureKey, number | null> {
  const own = <T extends { communityId: string }>(items: readonly T[]) =>
    items.filter((t) => t.communityId === communityId);
  return visitFigureValues({ slotDays: own(tally.slotDays), timeliness: [], followUps: own(tally.followUps) }, today);
}

/** Bookings holding a seat and those attended, per month of the period (by the slot's date). */
export function bookingTrend(tally: VisitTally, period: StatsPeriod): { booked: number[]; attended: number[] } {
  const index = new Map(period.months.map((m, i) => [m.key, i]));
  const booked = period.months.map(() => 0);
  const attended = period.months.map(() => 0);
  for (const t of tally.slotDays) {
    const i = index.get(t.date.slice(0, 7));
    if (i === undefined) continue;
    booked[i] += t.booked;
    attended[i] += t.attended;
  }
  return { booked, attended };
}

/** People heard (attended bookings and walk-ins) by visit mode. */
export function heardByMode(tally: VisitTally): Record<VisitMode, number> {
  const heard: Record<VisitMode, number> = { home: 0, station: 0, enterprise: 0 };
  for (const t of tally.slotDays) heard[t.mode] += t.attended + t.walkIns;
  return heard;
}

export interface CadreRow {
  cadreId: string;
  values: Record<CadreFigureKey, number | null>;
}

/**
 * One row per cadre with an open slot, a record or a follow-up of the period in the scope, by
 * cadre id (the section orders them by name).
 */
export function cadreRows(tally: VisitTally, today: ShanghaiDate): CadreRow[] {
  const ids = new Set<string>();
  for (const t of tally.slotDays) if (t.slots > 0 || t.records > 0) ids.add(t.cadreId);
  for (const f of tally.followUps) ids.add(f.cadreId);
  return [...ids].sort().map((cadreId) => ({ cadreId, values: cadreValues(tally, cadreId, today) }));
}

function cadreValues(tally: VisitTally, cadreId: string, today: ShanghaiDate): Record<CadreFigureKey, number | null> {
  const own = tally.slotDays.filter((t) => t.cadreId === cadreId);
  const days = new Set(own.filter((t) => t.date <= today && t.attended + t.walkIns + t.records > 0).map(dayKey));
  const timeliness = tally.timeliness.filter((r) => r.cadreId === cadreId);
  const followUps = tally.followUps.filter((f) => f.cadreId === cadreId);
  const records = sum(own, (t) => t.records);
  const timely = sum(timeliness, (r) => r.timely);
  return {
    daysAttended: days.size,
    residentsHeard: sum(own, (t) => t.attended + t.walkIns + t.recordsWithoutBooking),
    records,
    recordsTimely: timely,
    timelyRate: percentOf(timely, records),
    followUpsDue: sum(followUps, (f) => f.due),
    followUpsOnTime: sum(followUps, (f) => f.closedOnTime),
    followUpsOverdue: sum(followUps, (f) => f.closedLate + f.openOverdue),
  };
}
