import type { Envelope } from '@domain/envelope';
import type { ContentionPlan } from './plan';
import { pick, seededRandom } from './prng';

/** How the workload reaches the `visit` function: in process, or over the host's HTTP API. */
export interface VisitCaller {
  (userId: string, action: string, data: unknown): Promise<Envelope<any>>;
}

export interface PublishedSlot {
  id: string;
  date: string;
  start: string;
  end: string;
}

/** One `visit.book` call as its client saw it: when it was sent, when answered, and how. */
export interface Attempt {
  residentId: string;
  slotId: string;
  sentAt: number;
  answeredAt: number;
  /** booked / waitlisted, or the refusal's code (CONFLICT, RATE_LIMITED, ...). */
  outcome: string;
  bookingId: string | null;
}

export interface WorkloadLog {
  attempts: Attempt[];
  cancels: number;
  capacityChanges: number;
  /** Answers that were refusals of the rules (a capacity below the seats taken, ...). */
  refusals: number;
  /** Answers no rule explains (INTERNAL, a shape the contract does not have): must stay 0. */
  errors: string[];
}

export const CADRE = 'u-cadre-liu';
const SLOT_MINUTES = 20;
const FIRST_SLOT_MINUTE = 8 * 60;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Refusals the rules give under contention; anything else is an error. */
const EXPECTED_REFUSALS = new Set(['CONFLICT', 'INVALID_STATE', 'RATE_LIMITED']);

/** The slots of the run: `slotsPerDay` back-to-back 20-minute sittings on each day, published by the cadre. */
export async function publishSlots(
  call: VisitCaller,
  communityId: string,
  dates: string[],
  plan: ContentionPlan,
): Promise<PublishedSlot[]> {
  const random = seededRandom(plan.seed);
  const published: PublishedSlot[] = [];
  for (const date of dates) {
    const slots = Array.from({ length: plan.slotsPerDay }, (_, i) => ({
      start: hhmm(FIRST_SLOT_MINUTE + i * SLOT_MINUTES),
      end: hhmm(FIRST_SLOT_MINUTE + (i + 1) * SLOT_MINUTES),
      mode: 'station',
      place: '红帆驿站',
      capacity: 1 + pick(random, plan.maxCapacity),
    }));
    const answer = await call(CADRE, 'publishSlots', { communityId, date, slots });
    if (!answer.ok) throw new Error(`publishSlots refused: ${answer.code} ${answer.message}`);
    for (const slot of answer.data.slots) published.push({ id: slot.id, date, start: slot.start, end: slot.end });
  }
  return published;
}

/**
 * `plan.clients` clients at once, each booking for its own residents on random slots (a resident
 * with an active booking that day is skipped), sometimes cancelling one of its active bookings,
 * while the cadre changes slot capacities up and down. Every random choice comes from the plan's
 * seed; the order in which requests are served is up to the engine. The cadre's capacity changes
 * are turns of the clients too (one turn in `turnsPerCapacityChange` on average), so they run
 * concurrently with the bookings on every engine, the synchronous one included.
 */
export async function runWorkload(
  call: VisitCaller,
  residents: string[],
  slots: PublishedSlot[],
  plan: ContentionPlan,
): Promise<WorkloadLog> {
  const log: WorkloadLog = { attempts: [], cancels: 0, capacityChanges: 0, refusals: 0, errors: [] };
  let started = 0;
  const refused = (action: string, answer: Envelope<any>) => {
    if (answer.ok) return;
    if (EXPECTED_REFUSALS.has(answer.code)) log.refusals += 1;
    else log.errors.push(`${action}: ${answer.code} ${answer.message}`);
  };

  /** The cadre, at the committee's desk, sets one slot's capacity (refused below the seats taken). */
  async function changeCapacity(random: () => number): Promise<void> {
    const slot = slots[pick(random, slots.length)];
    const answer = await call(CADRE, 'updateSlot', {
      slotId: slot.id,
      start: slot.start,
      end: slot.end,
      mode: 'station',
      place: '红帆驿站',
      capacity: 1 + pick(random, plan.maxCapacity),
    });
    log.capacityChanges += 1;
    refused('updateSlot', answer);
  }

  async function client(index: number): Promise<void> {
    const random = seededRandom(plan.seed * 1_000 + index + 1);
    const own = residents.filter((_, i) => i % plan.clients === index);
    // What this client holds: booking id by `residentId date`, from its answers.
    const active = new Map<string, string>();
    const cancelOne = async () => {
      const keys = [...active.keys()];
      const key = keys[pick(random, keys.length)];
      const [residentId] = key.split(' ');
      const answer = await call(residentId, 'cancel', { bookingId: active.get(key), reason: '临时有事' });
      active.delete(key);
      log.cancels += 1;
      refused('cancel', answer);
    };
    while (started < plan.attempts) {
      if (random() < 1 / plan.turnsPerCapacityChange) {
        await changeCapacity(random);
        continue;
      }
      if (active.size > 0 && random() < plan.cancelShare) {
        await cancelOne();
        continue;
      }
      const slot = slots[pick(random, slots.length)];
      const free = own.filter((residentId) => !active.has(`${residentId} ${slot.date}`));
      if (free.length === 0) {
        await cancelOne();
        continue;
      }
      const residentId = free[pick(random, free.length)];
      started += 1;
      const sentAt = performance.now();
      const answer = await call(residentId, 'book', {
        slotId: slot.id,
        topic: '想反映小区停车问题',
        address: '',
        phone: '13800000000',
      });
      const attempt: Attempt = {
        residentId,
        slotId: slot.id,
        sentAt,
        answeredAt: performance.now(),
        outcome: answer.ok ? answer.data.status : answer.code,
        bookingId: answer.ok ? answer.data.booking.id : null,
      };
      log.attempts.push(attempt);
      if (answer.ok) active.set(`${residentId} ${slot.date}`, attempt.bookingId!);
      else refused('book', answer);
    }
  }

  await Promise.all(Array.from({ length: plan.clients }, (_, i) => client(i)));
  return log;
}
