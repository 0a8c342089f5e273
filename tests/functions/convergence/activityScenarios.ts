import { type Env, RETRIED_ID, ok, toldTo, type Scenario } from './harness';

const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';
const CHEN = 'u-committee-chen';
const HOUR_MS = 3_600_000;
/** 2026-11-28 09:00 Shanghai: the morning after the test clock's start. */
const START = Date.UTC(2026, 10, 28, 1, 0);

const service = (env: Env, caller: string, action: string, data: object = {}) =>
  ok(env.call('service', caller, action, data));

/** 李明 and 张桂兰 approved as volunteers; an activity of one seat with 张桂兰 in it. */
async function oneSeatTaken(env: Env): Promise<void> {
  for (const who of [LI, ZHANG]) {
    const { volunteer } = await service(env, who, 'reportVolunteer', { partyMember: false, categories: ['errand'] });
    await service(env, CHEN, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  }
  const { activity } = await service(env, CHEN, 'publishActivity', {
    title: '小区环境清洁',
    place: '幸福小区南门',
    startAt: START,
    endAt: START + 2 * HOUR_MS,
    signUpClosesAt: START - 12 * HOUR_MS,
    headcount: 1,
  });
  await service(env, ZHANG, 'signUpActivity', { activityId: activity.id });
  env.refs.activity = activity.id;
}

/** 张桂兰 in the seat, 李明 waiting behind her. */
async function oneWaiting(env: Env): Promise<void> {
  await oneSeatTaken(env);
  await service(env, LI, 'signUpActivity', { activityId: env.refs.activity });
}

/**
 * 张桂兰 signed in at the start; the clock stands 5 minutes past the end on a code window's edge,
 * so the code read now is still good for a retry 30 seconds later (a stale claim taken over).
 */
async function attended(env: Env): Promise<void> {
  await oneSeatTaken(env);
  const at = (ms: number) => env.deps.clock.advance(ms - env.deps.clock.now());
  at(START);
  const { code } = await service(env, CHEN, 'activityCode', { activityId: env.refs.activity });
  await service(env, ZHANG, 'signInActivity', { activityId: env.refs.activity, code });
  at(START + 2 * HOUR_MS + 5 * 60_000);
  env.refs.code = (await service(env, CHEN, 'activityCode', { activityId: env.refs.activity })).code;
}

/** The activity, its roster, both volunteers' hours and what each was told, without times and ids. */
async function activityState(env: Env) {
  const { storage } = env;
  const activities = await storage.activities.list({
    communityId: 'c-dongmen',
    when: 'upcoming',
    now: START - 24 * HOUR_MS,
    after: null,
    limit: 10,
  });
  const past = await storage.activities.list({
    communityId: 'c-dongmen',
    when: 'past',
    now: 0,
    after: null,
    limit: 10,
  });
  const shown = [...activities.items, ...past.items].map((a) => [
    a.title,
    a.state,
    a.cancelReason,
    a.enrolled,
    a.waitlisted,
  ]);
  const roster = env.refs.activity ? await storage.activities.roster(env.refs.activity) : [];
  const hours = async (userId: string) =>
    (await storage.hoursLedger.list(userId, null, 10)).items.map((entry) => [entry.kind, entry.minutes]);
  return {
    shown,
    roster: roster.map((s) => [s.userId, s.state, s.waitlistPosition, s.signedInAt !== null, s.creditedMinutes]),
    hours: { zhang: await hours(ZHANG), li: await hours(LI) },
    told: { zhang: await toldTo(storage, ZHANG), li: await toldTo(storage, LI) },
  };
}

const activityOf = (env: Env) => ({ activityId: env.refs.activity });

export const activityScenarios: [string, Scenario][] = [
  [
    'publishActivity',
    {
      arrange: async () => {},
      act: (env) =>
        env.call(
          'service',
          CHEN,
          'publishActivity',
          {
            title: '驿站义剪',
            place: '幸福小区红帆驿站',
            startAt: START,
            endAt: START + HOUR_MS,
            signUpClosesAt: START,
            headcount: 3,
          },
          RETRIED_ID,
        ),
      observe: activityState,
    },
  ],
  [
    'signUpActivity onto the waitlist',
    {
      arrange: oneSeatTaken,
      act: (env) => env.call('service', LI, 'signUpActivity', activityOf(env), RETRIED_ID),
      observe: activityState,
    },
  ],
  [
    'withdrawActivity promoting the first in line',
    {
      arrange: oneWaiting,
      act: (env) => env.call('service', ZHANG, 'withdrawActivity', activityOf(env), RETRIED_ID),
      observe: activityState,
    },
  ],
  [
    'cancelActivity telling the enrolled and the waiting',
    {
      arrange: oneWaiting,
      act: (env) => env.call('service', CHEN, 'cancelActivity', { ...activityOf(env), reason: '暴雨预警' }, RETRIED_ID),
      observe: activityState,
    },
  ],
  [
    'signOutActivity crediting the hours',
    {
      arrange: attended,
      act: (env) =>
        env.call('service', ZHANG, 'signOutActivity', { ...activityOf(env), code: env.refs.code }, RETRIED_ID),
      observe: activityState,
    },
  ],
];
