import { COMMITTEE, serviceSetup } from './serviceEnv';
import type { EngineName } from '../../support/storages';

export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;
/** The test clock starts 2026-11-27 10:00 Shanghai; the activity is the next morning 09:00-11:00. */
export const START = Date.UTC(2026, 10, 28, 1, 0);

export function activityFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '小区环境清洁',
    description: '请自带手套',
    place: '东门社区活动室',
    stationId: null,
    startAt: START,
    endAt: START + 2 * HOUR_MS,
    signUpClosesAt: START - 13 * HOUR_MS,
    headcount: 2,
    ...overrides,
  };
}

/** 东门社区 with the service set up and 李明 approved (serviceEnv), plus activity helpers. */
export async function activitySetup(engine: EngineName) {
  const env = await serviceSetup(engine);
  const publish = async (overrides: Record<string, unknown> = {}) =>
    (await env.act(COMMITTEE, 'publishActivity', activityFields(overrides))).activity;
  /** A newcomer of 东门社区, reported and approved as a volunteer: call as the returned caller. */
  const volunteer = async (openid: string, name: string) => {
    const newcomer = await env.newResident(openid, name);
    const caller = { openid: newcomer.openid };
    await env.approveVolunteer(caller);
    return { caller, userId: newcomer.userId };
  };
  const code = async (activityId: string) => (await env.act(COMMITTEE, 'activityCode', { activityId })).code as string;
  const moveTo = (at: number) => env.deps.clock.advance(at - env.deps.clock.now());
  /** The activity news sent so far (the 双报到 answers of the set-up are not these tests' business). */
  const kinds = () => env.deps.notified.map((n) => n.kind).filter((kind) => kind.startsWith('activity_'));
  return { ...env, publish, volunteer, code, moveTo, kinds };
}
