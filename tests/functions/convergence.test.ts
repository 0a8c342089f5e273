import { createHandler, type FunctionHandler } from '../../cloudfunctions/lib/handler';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { demoOpenid, seedDemoData } from '../../host/seed';
import type { Envelope } from '../../src/domain/envelope';
import { consentMoments } from '../../src/domain/notifications/templates';
import { type FailureMode, withWriteFailures, type WriteFailures } from '../support/failingStorage';
import { storageEngines } from '../support/storages';
import { contextFor, requestId, testDeps, type TestDeps } from '../support/testDeps';

/**
 * A command that fails at any one of its writes, then is retried with the same request id, ends
 * exactly where one successful call ends: on SQLite because the unit of work rolled the failed
 * call back, on CloudBase because the retry finds what the failed call wrote (ids derived from
 * the request id, checks that recognise the command's own earlier steps) and writes the rest.
 *
 * The write steps are not listed by hand: a successful call is counted first, then a failure is
 * injected at each of its writes in turn, both before the write lands and after it (the reply
 * lost), so a write step added to a command later is covered without touching this file.
 */

// Tests read the answers field by field.
type Answer = Envelope<any>;

const DAY = '2026-12-05';
const NEXT_DAY = '2026-12-15';
/** Where DAY was once moved, and where it moves now. */
const MOVED_BEFORE = '2026-12-06';
const MOVED_NOW = '2026-12-07';
const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 1 };
const later = { ...station, start: '14:00', end: '16:00' };
const booking = { topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };
const RETRIED_ID = 'converge-request-0001';

interface Env {
  storage: Storage;
  deps: TestDeps;
  failures: WriteFailures;
  call(
    fn: 'visit' | 'consultation' | 'notification',
    userId: string,
    action: string,
    data: object,
    id?: string,
  ): Promise<Answer>;
  /** Ids of things the scenario set up, for the command and for the observation. */
  refs: Record<string, string>;
}

async function environment(open: () => Promise<Storage>): Promise<Env> {
  const real = await open();
  const { storage, failures } = withWriteFailures(real);
  const deps = testDeps(storage);
  await seedDemoData(real, deps.clock.now());
  const handlers: Record<'visit' | 'consultation' | 'notification', FunctionHandler> = {
    visit: createHandler('visit', servicesByFunction.visit as never, deps),
    consultation: createHandler('consultation', servicesByFunction.consultation as never, deps),
    notification: createHandler('notification', servicesByFunction.notification as never, deps),
  };
  return {
    storage: real,
    deps,
    failures,
    refs: {},
    call: (fn, userId, action, data, id = requestId()) =>
      handlers[fn]({ action, data, requestId: id }, contextFor(demoOpenid(userId))),
  };
}

async function ok(answer: Promise<Answer>): Promise<any> {
  const result = await answer;
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function publish(env: Env, date: string, slots: object[]): Promise<string[]> {
  const data = await ok(env.call('visit', 'u-cadre-liu', 'publishSlots', { communityId: 'c-dongmen', date, slots }));
  return data.slots.map((s: { id: string }) => s.id);
}

async function bookAs(env: Env, userId: string, slotId: string): Promise<string> {
  return (await ok(env.call('visit', userId, 'book', { slotId, ...booking }))).booking.id;
}

/** What a person was told: kind and subject of each inbox entry and outbox row, sorted. */
async function toldTo(storage: Storage, userId: string) {
  const inbox = await storage.inbox.list(userId, null, 50);
  const outbox = await storage.outbox.listForUser(userId, null, 50);
  return {
    inbox: inbox.items.map((e) => `${e.kind}:${e.refType}`).sort(),
    outbox: outbox.items.map((r) => `${r.kind}:${r.page.split('?')[0]}`).sort(),
  };
}

/** The visit state the scenarios touch, without ids or times (a failed attempt may use up generated ids). */
async function visitState(env: Env) {
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

async function matterState(env: Env) {
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
async function publishedMatter(env: Env): Promise<string> {
  const raised = await ok(
    env.call('consultation', 'u-resident-zhang', 'raise', {
      title: '小区门口路灯不亮',
      body: '晚上回家看不清路，老人容易摔倒',
      category: 'facilities',
    }),
  );
  const id = raised.matter.id;
  env.deps.clock.advance(1000);
  await ok(
    env.call('consultation', 'u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [id],
      decision: 'approve',
    }),
  );
  await ok(env.call('consultation', 'u-resident-li', 'follow', { matterId: id }));
  return id;
}

/** A published matter of Zhang's, resolved by the committee: Zhang may rate it or reopen it. */
async function resolvedMatter(env: Env): Promise<string> {
  const id = await publishedMatter(env);
  env.deps.clock.advance(1000);
  await ok(
    env.call('consultation', 'u-committee-chen', 'conclude', { matterId: id, ending: 'resolve', reason: '路灯已修好' }),
  );
  return id;
}

/** A matter, with the rating its author gave and how many flagged it. */
async function ratedMatterState(env: Env) {
  const matter = await env.storage.matters.findById(env.refs.matter);
  const rating = matter?.rating ? [matter.rating.score, matter.rating.comment] : null;
  return { ...(await matterState(env)), rating, flags: matter?.flagCount };
}

/** The templates a resident is asked to accept when booking (a bookingResult and a visitReminder). */
function bookingTemplateIds(env: Env): string[] {
  const asked = new Set<string>(consentMoments.booking);
  return env.deps.templates.templates.filter((t) => asked.has(t.key)).map((t) => t.id);
}

/** Zhang's booking on DAY, and the clock on the visit day itself, when visits are recorded. */
async function visitedBooking(env: Env): Promise<string> {
  [env.refs.first] = await publish(env, DAY, [station]);
  const bookingId = await bookAs(env, 'u-resident-zhang', env.refs.first);
  env.deps.clock.advance(Date.UTC(2026, 11, 5, 2, 0) - env.deps.clock.now());
  return bookingId;
}

const visitRecord = {
  seen: '楼道灯坏了',
  heard: '3号楼楼道灯坏了一个月',
  solved: '',
  suggested: '',
  followUp: { dueDate: '2026-12-10', note: '联系物业修灯' },
};

/** Zhang's visit recorded on the visit day, with a follow-up. */
async function recordedVisit(env: Env): Promise<void> {
  env.refs.booking = await visitedBooking(env);
  const recorded = await ok(
    env.call('visit', 'u-cadre-liu', 'recordVisit', { bookingId: env.refs.booking, ...visitRecord }),
  );
  env.refs.record = recorded.record.id;
}

/** The visit record, its follow-up and what Zhang was told. */
async function recordState(env: Env) {
  const [record] = await env.storage.visitRecords.findByBookingIds([env.refs.booking]);
  const booking = await env.storage.bookings.findById(env.refs.booking);
  return {
    booking: booking?.state,
    record: record ? [record.heard, record.followUp?.state, record.followUp?.outcome] : null,
    told: await toldTo(env.storage, 'u-resident-zhang'),
  };
}

async function slotState(env: Env) {
  const slots = await env.storage.slots.listByDay('c-dongmen', DAY);
  return slots.map((s) => `${s.cadreId}:${s.start}-${s.end}:${s.capacity}:${s.state}`);
}

interface Scenario {
  /** Sets up what the command needs (through the handler, with fresh request ids). */
  arrange(env: Env): Promise<void>;
  /** The command under test, always with the same request id. */
  act(env: Env): Promise<Answer>;
  observe(env: Env): Promise<unknown>;
}

const scenarios: [string, Scenario][] = [
  [
    'book (a full slot: waitlisted)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) => env.call('visit', 'u-resident-zhang', 'book', { slotId: env.refs.first, ...booking }, RETRIED_ID),
      observe: visitState,
    },
  ],
  [
    'book (a free seat)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
      },
      act: (env) => env.call('visit', 'u-resident-zhang', 'book', { slotId: env.refs.first, ...booking }, RETRIED_ID),
      observe: visitState,
    },
  ],
  [
    'cancel (the seat goes to the waitlist)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        env.refs.booking = await bookAs(env, 'u-resident-zhang', env.refs.first);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-resident-zhang',
          'cancel',
          { bookingId: env.refs.booking, reason: '临时有事' },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ],
  [
    'reschedule to another day (the old seat goes to the waitlist)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        [env.refs.second] = await publish(env, NEXT_DAY, [station]);
        env.refs.booking = await bookAs(env, 'u-resident-zhang', env.refs.first);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-resident-zhang',
          'reschedule',
          { bookingId: env.refs.booking, toSlotId: env.refs.second, reason: '那天要去医院' },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ],
  [
    'reschedule within the day (the old seat goes to the waitlist)',
    {
      async arrange(env) {
        [env.refs.first, env.refs.second] = await publish(env, DAY, [station, later]);
        env.refs.booking = await bookAs(env, 'u-resident-zhang', env.refs.first);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-resident-zhang',
          'reschedule',
          { bookingId: env.refs.booking, toSlotId: env.refs.second, reason: '上午走不开' },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ],
  [
    'raise',
    {
      async arrange() {},
      async act(env) {
        const answer = await env.call(
          'consultation',
          'u-resident-zhang',
          'raise',
          { title: '小区门口路灯不亮', body: '晚上回家看不清路，老人容易摔倒', category: 'facilities' },
          RETRIED_ID,
        );
        if (answer.ok) env.refs.matter = answer.data.matter.id;
        return answer;
      },
      observe: matterState,
    },
  ],
  [
    'moderate (approve two matters)',
    {
      async arrange(env) {
        const raise = (title: string) =>
          ok(
            env.call('consultation', 'u-resident-zhang', 'raise', {
              title,
              body: '晚上回家看不清路，老人容易摔倒',
              category: 'facilities',
            }),
          );
        env.refs.matter = (await raise('小区门口路灯不亮')).matter.id;
        env.refs.otherMatter = (await raise('楼道里堆满了杂物')).matter.id;
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-committee-chen',
          'moderate',
          { targetType: 'matter', targetIds: [env.refs.matter, env.refs.otherMatter], decision: 'approve' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'publishSlots (two slots)',
    {
      async arrange() {},
      act: (env) =>
        env.call(
          'visit',
          'u-cadre-liu',
          'publishSlots',
          { communityId: 'c-dongmen', date: DAY, slots: [station, later] },
          RETRIED_ID,
        ),
      observe: slotState,
    },
  ],
  [
    'recordVisit (with a follow-up the resident is told about)',
    {
      async arrange(env) {
        env.refs.booking = await visitedBooking(env);
      },
      act: (env) =>
        env.call('visit', 'u-cadre-liu', 'recordVisit', { bookingId: env.refs.booking, ...visitRecord }, RETRIED_ID),
      observe: recordState,
    },
  ],
  [
    'closeFollowUp (the resident is told)',
    {
      arrange: recordedVisit,
      act: (env) =>
        env.call(
          'visit',
          'u-cadre-liu',
          'closeFollowUp',
          { recordId: env.refs.record, outcome: '灯已修好' },
          RETRIED_ID,
        ),
      observe: recordState,
    },
  ],
  [
    'openMatter (raised for the resident, who is told)',
    {
      arrange: recordedVisit,
      async act(env) {
        const answer = await env.call(
          'visit',
          'u-cadre-liu',
          'openMatter',
          { recordId: env.refs.record, title: '3号楼楼道灯坏了', category: 'facilities', anonymous: true },
          RETRIED_ID,
        );
        if (answer.ok) env.refs.matter = answer.data.matterId;
        return answer;
      },
      async observe(env) {
        const record = await env.storage.visitRecords.findById(env.refs.record);
        const matter = await env.storage.matters.findById(env.refs.matter);
        return {
          ...(await matterState(env)),
          linked: record?.matterId === env.refs.matter,
          matter: [matter?.authorId, matter?.raisedById, matter?.anonymous],
        };
      },
    },
  ],
  [
    'cancelSlot (its booking and waitlist are cancelled and told)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        await bookAs(env, 'u-resident-zhang', env.refs.first);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call('visit', 'u-cadre-liu', 'cancelSlot', { slotId: env.refs.first, reason: '临时开会' }, RETRIED_ID),
      observe: visitState,
    },
  ],
  [
    'addWalkIn (on the visit day)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        env.deps.clock.advance(Date.UTC(2026, 11, 5, 2, 0) - env.deps.clock.now());
      },
      act: (env) =>
        env.call(
          'visit',
          'u-cadre-liu',
          'addWalkIn',
          { slotId: env.refs.first, name: '赵大爷', topic: '想问问低保怎么办' },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ],
  [
    'comment (an official reply tells the followers)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-committee-chen',
          'comment',
          { matterId: env.refs.matter, body: '已联系物业，本周内修好' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'convene',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-committee-chen',
          'convene',
          {
            matterId: env.refs.matter,
            scheduledAt: Date.UTC(2026, 11, 1, 2, 0),
            place: '东门社区红帆驿站',
            agenda: '商量路灯维修',
            departments: [],
            cadreIds: ['u-cadre-liu'],
          },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'conclude (resolved: the followers are told)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-committee-chen',
          'conclude',
          { matterId: env.refs.matter, ending: 'resolve', reason: '路灯已修好' },
          RETRIED_ID,
        ),
      observe: matterState,
    },
  ],
  [
    'rate (the retry answers with the rating, not 已经评价过了)',
    {
      async arrange(env) {
        env.refs.matter = await resolvedMatter(env);
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-resident-zhang',
          'rate',
          { matterId: env.refs.matter, score: 4, comment: '修得快，有事打13805371234' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'reopen (the retry answers with the reopened matter)',
    {
      async arrange(env) {
        env.refs.matter = await resolvedMatter(env);
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-resident-zhang',
          'reopen',
          { matterId: env.refs.matter, reason: '路灯又不亮了，电话13805371234' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'flag (the third flag hides the matter)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
        // A third resident of the community, to flag with Li before Zhang does.
        await env.storage.users.assignRole('u-resident-wang', 'resident', ['c-dongmen'], env.deps.clock.now());
        for (const flagger of ['u-resident-li', 'u-resident-wang']) {
          await ok(
            env.call('consultation', flagger, 'flag', {
              targetType: 'matter',
              targetId: env.refs.matter,
              reason: '广告',
            }),
          );
        }
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-resident-zhang',
          'flag',
          { targetType: 'matter', targetId: env.refs.matter, reason: '内容不实' },
          RETRIED_ID,
        ),
      observe: ratedMatterState,
    },
  ],
  [
    'updateSlot (more seats: the waitlist is promoted and told)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        await bookAs(env, 'u-resident-zhang', env.refs.first);
        env.deps.clock.advance(1000);
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call('visit', 'u-cadre-liu', 'updateSlot', { slotId: env.refs.first, ...station, capacity: 2 }, RETRIED_ID),
      observe: visitState,
    },
  ],
  [
    'subscribe (two templates: one credit each)',
    {
      async arrange() {},
      act: (env) =>
        env.call(
          'notification',
          'u-resident-zhang',
          'subscribe',
          { moment: 'booking', acceptedTemplateIds: bookingTemplateIds(env) },
          RETRIED_ID,
        ),
      observe: (env) => env.storage.subscriptions.credits('u-resident-zhang'),
    },
  ],
  [
    'moveVisitDay (a clash is cancelled and told, every other booking moves and is told)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        await bookAs(env, 'u-resident-zhang', env.refs.first);
        env.deps.clock.advance(1000);
        await bookAs(env, 'u-resident-li', env.refs.first);
        // A move stored before slots moved with their day (issue 9): DAY's slots stayed behind,
        // and the cadre published more on the date it went to, where Zhang booked as well.
        await env.storage.visitDayMoves.save({
          communityId: 'c-dongmen',
          originalDate: DAY,
          movedTo: MOVED_BEFORE,
          reason: '社区活动',
          movedBy: 'u-committee-chen',
          createdAt: env.deps.clock.now(),
        });
        [env.refs.second] = await publish(env, MOVED_BEFORE, [later]);
        env.deps.clock.advance(1000);
        await bookAs(env, 'u-resident-zhang', env.refs.second);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-committee-chen',
          'moveVisitDay',
          { originalDate: DAY, movedTo: MOVED_NOW, reason: '节日调休' },
          RETRIED_ID,
        ),
      async observe(env) {
        const moves = await env.storage.visitDayMoves.listForCommunity('c-dongmen', '2026-12-01', '2026-12-31');
        const audit = await env.storage.audit.list({ after: null, limit: 50 });
        return {
          ...(await visitState(env)),
          moves: moves.map((m) => `${m.originalDate}->${m.movedTo}:${m.reason}`),
          audit: audit.items.map((a) => `${a.action}:${JSON.stringify(a.before)}:${JSON.stringify(a.after)}`),
        };
      },
    },
  ],
  [
    'flag a comment (the third flag hides it)',
    {
      async arrange(env) {
        env.refs.matter = await publishedMatter(env);
        const posted = await ok(
          env.call('consultation', 'u-committee-chen', 'comment', { matterId: env.refs.matter, body: '已联系物业' }),
        );
        env.refs.comment = posted.comment.id;
        await env.storage.users.assignRole('u-resident-wang', 'resident', ['c-dongmen'], env.deps.clock.now());
        for (const flagger of ['u-resident-li', 'u-resident-wang']) {
          await ok(
            env.call('consultation', flagger, 'flag', {
              targetType: 'comment',
              targetId: env.refs.comment,
              reason: '广告',
            }),
          );
        }
      },
      act: (env) =>
        env.call(
          'consultation',
          'u-resident-zhang',
          'flag',
          { targetType: 'comment', targetId: env.refs.comment, reason: '内容不实' },
          RETRIED_ID,
        ),
      async observe(env) {
        const comment = await env.storage.comments.findById(env.refs.comment);
        return { ...(await matterState(env)), comment: [comment?.state, comment?.flagCount] };
      },
    },
  ],
];

function code(answer: Answer): string {
  return answer.ok ? 'OK' : answer.code;
}

/** Claims of crashed calls are taken over after this long (handler.ts). */
const STALE_CLAIM_MS = 30_000;

/**
 * On SQLite the unit of work rolls the failed call back whether its write landed or not, so the
 * two modes end alike there: one is enough, and keeps the suite quick. CloudBase keeps what
 * landed, so it gets both.
 */
const modesOn: Record<string, FailureMode[]> = { sqlite: ['after'], cloudbase: ['before', 'after'] };

describe.each(storageEngines)('a command failing at any write converges when retried, on %s', (engine, open) => {
  it.each(scenarios)('%s', async (_name, scenario) => {
    const reference = await environment(open);
    await scenario.arrange(reference);
    // The command comes a moment after its set-up, as it would (timelines order by time).
    reference.deps.clock.advance(1000);
    reference.failures.failAt(null);
    const succeeded = await scenario.act(reference);
    expect(succeeded).toMatchObject({ ok: true });
    const steps = [...reference.failures.log];
    const expected = await scenario.observe(reference);
    expect(steps.length).toBeGreaterThan(1);

    for (const mode of modesOn[engine]) {
      for (let step = 1; step <= steps.length; step += 1) {
        const where = `${engine}, ${mode} write ${step} of ${steps.length} (${steps[step - 1]})`;
        const env = await environment(open);
        await scenario.arrange(env);
        env.deps.clock.advance(1000);
        env.failures.failAt(step, mode);
        const failed = await scenario.act(env);
        env.failures.failAt(null);
        expect({ where, answer: code(failed) }).toEqual({ where, answer: 'INTERNAL' });
        env.deps.clock.advance(1000);
        let retried = await scenario.act(env);
        if (code(retried) === 'REQUEST_IN_PROGRESS') {
          // Only a claim whose own reply was lost is left pending: it is taken over once stale.
          expect({ where, step: steps[step - 1], mode }).toEqual({ where, step: 'idempotency.claim', mode: 'after' });
          env.deps.clock.advance(STALE_CLAIM_MS);
          retried = await scenario.act(env);
        }
        expect({ where, answer: code(retried) }).toEqual({ where, answer: 'OK' });
        if (retried.ok && 'results' in retried.data) {
          const outcomes = (answer: Answer) => (answer.ok ? answer.data.results.map((r: { ok: boolean }) => r.ok) : []);
          expect({ where, results: outcomes(retried) }).toEqual({ where, results: outcomes(succeeded) });
        }
        expect({ where, state: await scenario.observe(env) }).toEqual({ where, state: expected });
        // A third call with the same id only replays the answer.
        expect(await scenario.act(env)).toEqual(retried);
      }
    }
  });
});
