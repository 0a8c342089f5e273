import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { consentMoments } from '@domain/notifications/templates';
import { withWriteFailures, type WriteFailures } from '../../support/failingStorage';
import { seededBackend, type Answer } from '../../support/seededBackend';
import { openEngine, type EngineName } from '../../support/storages';
import type { TestDeps } from '../../support/testDeps';

/**
 * The set-up, observations and scenario shape of the convergence tests (convergence.test.ts): a
 * fresh seeded engine whose writes can be made to fail, and what a command's end state is.
 */

export type { Answer };

export const DAY = '2026-12-05';
export const NEXT_DAY = '2026-12-15';
/** Where DAY was once moved, and where it moves now. */
export const MOVED_BEFORE = '2026-12-06';
export const MOVED_NOW = '2026-12-07';
export const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 1 };
export const later = { ...station, start: '14:00', end: '16:00' };
export const booking = { topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };
export const RETRIED_ID = 'converge-request-0001';

/**
 * What a scenario works with: the storage to look at, the clock, and calls as a user. The
 * in-process harness adds write failures (Env); tests/cloudbaseLocal calls the built bundles.
 */
export interface Env {
  storage: Storage;
  deps: TestDeps;
  call(
    fn: 'visit' | 'matter' | 'notification' | 'account' | 'service' | 'casework',
    userId: string,
    action: string,
    data: object,
    id?: string,
  ): Promise<Answer>;
  /** Ids of things the scenario set up, for the command and for the observation. */
  refs: Record<string, string>;
}

export interface FailingEnv extends Env {
  failures: WriteFailures;
}

/** The seeded backend on `engine`, its services writing through a storage whose writes can be made to fail. */
export async function environment(engine: EngineName): Promise<FailingEnv> {
  const { storage: real } = await openEngine(engine);
  const { storage, failures } = withWriteFailures(real);
  const { deps, call } = await seededBackend({ storage });
  return { storage: real, deps, failures, refs: {}, call };
}

export async function ok(answer: Promise<Answer>): Promise<any> {
  const result = await answer;
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
  return result.data;
}

export async function publish(env: Env, date: string, slots: object[]): Promise<string[]> {
  const data = await ok(env.call('visit', 'u-cadre-liu', 'publishSlots', { communityId: 'c-dongmen', date, slots }));
  return data.slots.map((s: { id: string }) => s.id);
}

export async function bookAs(env: Env, userId: string, slotId: string): Promise<string> {
  return (await ok(env.call('visit', userId, 'book', { slotId, ...booking }))).booking.id;
}

/** What a person was told: kind and subject of each inbox entry and outbox row, sorted. */
export async function toldTo(storage: Storage, userId: string) {
  const inbox = await storage.inbox.list(userId, null, 50);
  const outbox = await storage.outbox.listForUser(userId, null, 50);
  return {
    inbox: inbox.items.map((e) => `${e.kind}:${e.refType}`).sort(),
    outbox: outbox.items.map((r) => `${r.kind}:${r.page.split('?')[0]}`).sort(),
  };
}

/** The visit state the scenarios touch, without ids or times (a failed attempt may use up generated ids). */
export async function visitState(env: Env) {
  const { storage } = env;
  const slots = [];
  for (const slotId of [env.refs.first, env.refs.second].filter(Boolean)) {
    const slot = await storage.slots.findById(slotId);
    const holders = await storage.bookings.listBySlot(slotId);
    slots.push({ seatsTaken: slot?.seatsTaken, bookings: holders.map((b) => `${b.residentId}:${b.state}`) });
  }
  const residents = ['u-resident-zhang', 'u-resident-li'];
  const bookings = [];
  const told = [];
  for (const residentId of residents) {
    const page = await storage.bookings.listByResident(residentId, 'upcoming', '2026-11-27', null, 50);
    bookings.push(page.items.map((b) => `${b.date}:${b.state}:${b.cancelReason}`).sort());
    told.push(await toldTo(storage, residentId));
  }
  return { slots, bookings, told };
}

export async function matterState(env: Env) {
  const { storage } = env;
  const matters = [];
  for (const id of [env.refs.matter, env.refs.otherMatter].filter(Boolean)) {
    const matter = await storage.matters.findById(id);
    const timeline = await storage.matters.timeline(id);
    const consultation = await storage.consultations.findByMatter(id);
    const threads = await storage.comments.listThreads(id, null, 50);
    matters.push({
      state: matter?.state,
      followers: matter?.followerCount,
      comments: [matter?.commentCount, threads.items.map((c) => `${c.official}:${c.state}`)],
      consultation: consultation ? [consultation.place, consultation.invitedResidentIds] : null,
      timeline: timeline.map((t) => `${t.transition}:${t.fromState}->${t.toState}:${t.actorRole}`),
    });
  }
  const audit = await storage.audit.list({ after: null, limit: 50 });
  return {
    matters,
    raisedByZhang: await storage.matters.countByAuthorSince('u-resident-zhang', 0),
    audit: audit.items.map((a) => `${a.action}:${JSON.stringify(a.before)}:${JSON.stringify(a.after)}`).sort(),
    told: [await toldTo(storage, 'u-resident-zhang'), await toldTo(storage, 'u-resident-li')],
  };
}

/** Raises a matter as Zhang and has the committee publish it; Li follows it. */
export async function publishedMatter(env: Env): Promise<string> {
  const raised = await ok(
    env.call('matter', 'u-resident-zhang', 'raise', {
      title: '小区门口路灯不亮',
      body: '晚上回家看不清路，老人容易摔倒',
      category: 'facilities',
    }),
  );
  const id = raised.matter.id;
  env.deps.clock.advance(1000);
  await ok(
    env.call('matter', 'u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [id],
      decision: 'approve',
    }),
  );
  await ok(env.call('matter', 'u-resident-li', 'follow', { matterId: id }));
  return id;
}

/** A published matter of Zhang's, resolved by the committee: Zhang may rate it or reopen it. */
export async function resolvedMatter(env: Env): Promise<string> {
  const id = await publishedMatter(env);
  env.deps.clock.advance(1000);
  await ok(
    env.call('matter', 'u-committee-chen', 'conclude', { matterId: id, ending: 'resolve', reason: '路灯已修好' }),
  );
  return id;
}

/** A matter, with the rating its author gave and how many flagged it. */
export async function ratedMatterState(env: Env) {
  const matter = await env.storage.matters.findById(env.refs.matter);
  const rating = matter?.rating ? [matter.rating.score, matter.rating.comment] : null;
  return { ...(await matterState(env)), rating, flags: matter?.flagCount };
}

/** The templates a resident is asked to accept when booking (a bookingResult and a visitReminder). */
export function bookingTemplateIds(env: Env): string[] {
  const asked = new Set<string>(consentMoments.booking);
  return env.deps.templates.templates.filter((t) => asked.has(t.key)).map((t) => t.id);
}

/** Zhang's booking on DAY, and the clock on the visit day itself, when visits are recorded. */
export async function visitedBooking(env: Env): Promise<string> {
  [env.refs.first] = await publish(env, DAY, [station]);
  const bookingId = await bookAs(env, 'u-resident-zhang', env.refs.first);
  env.deps.clock.advance(Date.UTC(2026, 11, 5, 2, 0) - env.deps.clock.now());
  return bookingId;
}

export const visitRecord = {
  seen: '楼道灯坏了',
  heard: '3号楼楼道灯坏了一个月',
  solved: '',
  suggested: '',
  followUp: { dueDate: '2026-12-10', note: '联系物业修灯' },
};

/** Zhang's visit recorded on the visit day, with a follow-up. */
export async function recordedVisit(env: Env): Promise<void> {
  env.refs.booking = await visitedBooking(env);
  const recorded = await ok(
    env.call('visit', 'u-cadre-liu', 'recordVisit', { bookingId: env.refs.booking, ...visitRecord }),
  );
  env.refs.record = recorded.record.id;
}

/** The visit record, its follow-up and what Zhang was told. */
export async function recordState(env: Env) {
  const [record] = await env.storage.visitRecords.findByBookingIds([env.refs.booking]);
  const booking = await env.storage.bookings.findById(env.refs.booking);
  return {
    booking: booking?.state,
    record: record ? [record.heard, record.followUp?.state, record.followUp?.outcome] : null,
    told: await toldTo(env.storage, 'u-resident-zhang'),
  };
}

export async function slotState(env: Env) {
  const slots = await env.storage.slots.listByDay('c-dongmen', DAY);
  return slots.map((s) => `${s.cadreId}:${s.start}-${s.end}:${s.capacity}:${s.state}`);
}

export interface Scenario {
  /** Sets up what the command needs (through the handler, with fresh request ids). */
  arrange(env: Env): Promise<void>;
  /** The command under test, always with the same request id. */
  act(env: Env): Promise<Answer>;
  observe(env: Env): Promise<unknown>;
}
