import {
  DAY,
  MOVED_BEFORE,
  MOVED_NOW,
  NEXT_DAY,
  RETRIED_ID,
  bookAs,
  booking,
  bookingTemplateIds,
  later,
  matterState,
  publish,
  recordState,
  recordedVisit,
  slotState,
  station,
  type Scenario,
  visitRecord,
  visitState,
  visitedBooking,
} from './harness';
import { onBehalfVisitScenarios } from './onBehalfVisitScenarios';

/** 民意5来听 and notification commands, each with the state it must end in. */
export const visitScenarios: [string, Scenario][] = [
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
  ...onBehalfVisitScenarios,
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
];
