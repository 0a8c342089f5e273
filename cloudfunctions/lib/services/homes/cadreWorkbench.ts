import { cadreDays } from '@domain/home/cadreDays';
import { shanghaiDateOf } from '@domain/time';
import { isFollowUpOverdue } from '@domain/visits/followUpDue';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { SlotRecord } from '../../ports/visits';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { visitDaysOf } from '../visits/context';

/** How many follow-ups the workbench names; the counts are always whole. */
const LISTED = 3;

/**
 * 民情书记工作台: the cadre's own slots today, their open follow-ups (counted, the first few named)
 * and what they published for the next visit day. Only the cadre's own slots and records are read.
 */
export async function cadreWorkbench(ctx: ActionContext) {
  const cadre = requireUser(ctx.caller);
  const { deps } = ctx;
  const today = shanghaiDateOf(deps.clock.now());
  const [days, todaySlots, followUpCounts, followUps] = await Promise.all([
    Promise.all(cadre.communityIds.map((id) => visitDaysOf(deps, id, 3))).then((d) => cadreDays(today, d)),
    ownSlots(deps, cadre, today),
    deps.storage.homeCounts.followUpCounts(cadre.id, today),
    deps.storage.visitRecords.openFollowUps({ cadreId: cadre.id }, LISTED),
  ]);
  const nextSlots = days.nextDate ? await ownSlots(deps, cadre, days.nextDate) : [];
  return {
    today,
    todayIsVisitDay: days.todayIsVisitDay,
    todaySlots: todaySlots.map(slotSummary),
    followUps: {
      ...followUpCounts,
      items: followUps.flatMap((record) =>
        record.followUp
          ? [
              {
                recordId: record.id,
                dueDate: record.followUp.dueDate,
                note: record.followUp.note,
                overdue: isFollowUpOverdue(record.followUp, today),
              },
            ]
          : [],
      ),
    },
    nextDay: days.nextDate
      ? {
          date: days.nextDate,
          slotCount: nextSlots.length,
          capacity: sum(nextSlots.map((s) => s.capacity)),
          seatsTaken: sum(nextSlots.map((s) => s.seatsTaken)),
        }
      : null,
  };
}

/** The cadre's open slots on a date in their communities, in time order. */
async function ownSlots(deps: Deps, cadre: UserRecord, date: string): Promise<SlotRecord[]> {
  const slots = await deps.storage.slots.listByCadreDay(cadre.id, date);
  return slots.filter((s) => s.state === 'open' && cadre.communityIds.includes(s.communityId));
}

function slotSummary({ id, start, end, mode, place, capacity, seatsTaken }: SlotRecord) {
  return { id, start, end, mode, place, capacity, seatsTaken };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
