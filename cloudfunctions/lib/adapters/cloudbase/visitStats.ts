import type { StatsPeriod } from '@domain/stats/period';
import type { StatsScope } from '@domain/stats/scope';
import {
  followUpDueEndMs,
  recordDeadlineMs,
  type FollowUpTally,
  type RecordTimeliness,
  type SlotDayTally,
} from '@domain/stats/visitTallies';
import type { VisitMode } from '@domain/visits/views';
import type { VisitStatsRepository } from '../../ports/visitStats';
import type { CollectionNames } from './collections';
import type { CloudbaseDb } from './database';
import { allGroups, countOf, filtered, switchOn } from './visitStatsExpressions';

/**
 * 民意5来听's figures by aggregation. Every pipeline starts from the period's slots (the slots
 * index communityId, date) or from the follow-ups due in the period (the visitRecords index
 * followUp.state, communityId, followUp.dueDate), and joins bookings and records by slotId (both
 * indexed). The instants records and follow-ups are timely by are computed by the domain and sent
 * as a $switch over the dates (and end times) the period actually holds: CloudBase cannot read a
 * Shanghai date string as an instant, and no date operator is used.
 */
export function createVisitStats(db: CloudbaseDb, names: CollectionNames): VisitStatsRepository {
  const _ = db.command;
  const slots = () => db.collection(names.slots);
  const records = () => db.collection(names.visitRecords);
  // One $and of plain conditions: a range's two bounds as two conditions on the field, beside
  // the pinned fields rather than above them.
  const periodSlots = (scope: StatsScope, period: StatsPeriod) =>
    _.and([
      { communityId: _.in(scope.communityIds) },
      { date: _.gte(period.from) },
      { date: _.lte(period.to) },
      ...(scope.cadreId ? [{ cadreId: scope.cadreId }] : []),
    ]);
  const dueFollowUps = (scope: StatsScope, period: StatsPeriod) =>
    _.and([
      { 'followUp.state': _.in(['open', 'closed']) },
      { communityId: _.in(scope.communityIds) },
      { 'followUp.dueDate': _.gte(period.from) },
      { 'followUp.dueDate': _.lte(period.to) },
      ...(scope.cadreId ? [{ cadreId: scope.cadreId }] : []),
    ]);

  return {
    async slotDays(scope, period) {
      if (scope.communityIds.length === 0) return [];
      const rows = await allGroups('visitStats.slotDays', (skip, limit) =>
        slots()
          .aggregate()
          .match(periodSlots(scope, period))
          .lookup({ from: names.bookings, localField: '_id', foreignField: 'slotId', as: 'bookings' })
          .lookup({ from: names.visitRecords, localField: '_id', foreignField: 'slotId', as: 'records' })
          .project(perSlot())
          .group({
            _id: { cadreId: '$cadreId', communityId: '$communityId', date: '$date', mode: '$mode' },
            ...sums(['slots', 'seats', 'booked', 'attended', 'noShow', 'walkIns', 'records', 'recordsWithoutBooking']),
          })
          .sort({ '_id.cadreId': 1, '_id.communityId': 1, '_id.date': 1, '_id.mode': 1 })
          .skip(skip)
          .limit(limit)
          .end(),
      );
      return rows.map((row): SlotDayTally => {
        const key = row._id as unknown as { cadreId: string; communityId: string; date: string; mode: VisitMode };
        return {
          ...key,
          slots: Number(row.slots),
          seats: Number(row.seats),
          booked: Number(row.booked),
          attended: Number(row.attended),
          noShow: Number(row.noShow),
          walkIns: Number(row.walkIns),
          records: Number(row.records),
          recordsWithoutBooking: Number(row.recordsWithoutBooking),
        };
      });
    },

    async recordTimeliness(scope, period) {
      if (scope.communityIds.length === 0) return [];
      const operation = 'visitStats.recordTimeliness';
      const ends = await allGroups(operation, (skip, limit) =>
        slots()
          .aggregate()
          .match(periodSlots(scope, period))
          .group({ _id: { date: '$date', end: '$end' } })
          .sort({ '_id.date': 1, '_id.end': 1 })
          .skip(skip)
          .limit(limit)
          .end(),
      );
      if (ends.length === 0) return [];
      const deadline = switchOn(
        ends.map((row) => {
          const { date, end } = row._id as unknown as { date: string; end: string };
          return {
            when: { $and: [{ $eq: ['$date', date] }, { $eq: ['$end', end] }] },
            then: recordDeadlineMs(date, end),
          };
        }),
      );
      const rows = await allGroups(operation, (skip, limit) =>
        slots()
          .aggregate()
          .match(periodSlots(scope, period))
          .lookup({ from: names.visitRecords, localField: '_id', foreignField: 'slotId', as: 'records' })
          .unwind('$records')
          .project({ cadreId: 1, timely: { $cond: [{ $lt: ['$records.createdAt', deadline] }, 1, 0] } })
          .group({ _id: '$cadreId', records: _.aggregate.sum(1), timely: _.aggregate.sum('$timely') })
          .sort({ _id: 1 })
          .skip(skip)
          .limit(limit)
          .end(),
      );
      return rows.map(
        (row): RecordTimeliness => ({
          cadreId: String(row._id),
          records: Number(row.records),
          timely: Number(row.timely),
        }),
      );
    },

    async followUps(scope, period, today) {
      if (scope.communityIds.length === 0) return [];
      const operation = 'visitStats.followUps';
      const dueDates = await allGroups(operation, (skip, limit) =>
        records()
          .aggregate()
          .match(dueFollowUps(scope, period))
          .group({ _id: '$followUp.dueDate' })
          .sort({ _id: 1 })
          .skip(skip)
          .limit(limit)
          .end(),
      );
      if (dueDates.length === 0) return [];
      const dueEnd = switchOn(
        dueDates.map((row) => ({
          when: { $eq: ['$followUp.dueDate', String(row._id)] },
          then: followUpDueEndMs(String(row._id)),
        })),
      );
      const closed = { $eq: ['$followUp.state', 'closed'] };
      const rows = await allGroups(operation, (skip, limit) =>
        records()
          .aggregate()
          .match(dueFollowUps(scope, period))
          .project({
            cadreId: 1,
            communityId: 1,
            closedOnTime: countOf({ $and: [closed, { $lt: ['$followUp.closedAt', dueEnd] }] }),
            closedLate: countOf({ $and: [closed, { $gte: ['$followUp.closedAt', dueEnd] }] }),
            openOverdue: countOf({
              $and: [{ $eq: ['$followUp.state', 'open'] }, { $lt: ['$followUp.dueDate', today] }],
            }),
          })
          // Per community too, for a street's table by community: the same request, a group per
          // cadre and community instead of per cadre (more than a thousand pages on, as any).
          .group({
            _id: { cadreId: '$cadreId', communityId: '$communityId' },
            due: _.aggregate.sum(1),
            ...sums(['closedOnTime', 'closedLate', 'openOverdue']),
          })
          .sort({ '_id.cadreId': 1, '_id.communityId': 1 })
          .skip(skip)
          .limit(limit)
          .end(),
      );
      return rows.map(
        (row): FollowUpTally => ({
          ...(row._id as unknown as { cadreId: string; communityId: string }),
          due: Number(row.due),
          closedOnTime: Number(row.closedOnTime),
          closedLate: Number(row.closedLate),
          openOverdue: Number(row.openOverdue),
        }),
      );
    },
  };
}

/** One slot's contribution: whether it is open, its seats, its bookings by kind, its records. */
function perSlot() {
  const open = { $eq: ['$state', 'open'] };
  // Booked ahead: a resident's own booking, or one staff made for a resident (红色代办); else a walk-in.
  const bookedAhead = {
    $or: [{ $ne: ['$$b.residentId', null] }, { $ne: [{ $ifNull: ['$$b.onBehalf', null] }, null] }],
  };
  const ofResident = (states: string[]) =>
    filtered('$bookings', 'b', { $and: [bookedAhead, { $in: ['$$b.state', states] }] });
  return {
    cadreId: 1,
    communityId: 1,
    date: 1,
    mode: 1,
    slots: countOf(open),
    seats: { $cond: [open, '$capacity', 0] },
    booked: ofResident(['booked', 'attended', 'no_show']),
    attended: ofResident(['attended']),
    noShow: ofResident(['no_show']),
    walkIns: filtered('$bookings', 'b', {
      $and: [{ $not: [bookedAhead] }, { $eq: ['$$b.state', 'attended'] }],
    }),
    records: { $size: '$records' },
    recordsWithoutBooking: filtered('$records', 'r', { $eq: ['$$r.bookingId', null] }),
  };
}

function sums(fields: string[]): Record<string, { $sum: string }> {
  return Object.fromEntries(fields.map((field) => [field, { $sum: `$${field}` }]));
}
