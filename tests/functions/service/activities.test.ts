import { engines } from '../../support/storages';
import { activitySetup, HOUR_MS, MINUTE_MS, START } from './activityEnv';
import { COMMITTEE, RESIDENT, VOLUNTEER } from './serviceEnv';

describe.each(engines)('志愿活动 on %s', (engine) => {
  it('publishes, signs up to the headcount, waitlists the rest and promotes on withdrawal, telling each', async () => {
    const env = await activitySetup(engine);
    const published = await env.publish();
    expect(published).toMatchObject({
      phase: 'open',
      seatsLeft: 2,
      enrolled: 0,
      mySignUp: null,
      organiserName: '陈秀英',
    });
    expect(published.actions).toEqual(['roster', 'cancel']);
    expect(published).not.toHaveProperty('secret');
    const wu = await env.volunteer('wx-wu', '吴国强');
    const he = await env.volunteer('wx-he', '何丽');
    const seen = (await env.act(VOLUNTEER, 'activity', { activityId: published.id })).activity;
    expect(seen.actions).toEqual(['signUp']);

    const li = (await env.act(VOLUNTEER, 'signUpActivity', { activityId: published.id })).activity;
    expect(li.mySignUp).toMatchObject({ state: 'enrolled', waitlistPosition: null });
    expect(li.actions).toEqual(['withdraw']);
    await env.act(wu.caller, 'signUpActivity', { activityId: published.id });
    const waiting = (await env.act(he.caller, 'signUpActivity', { activityId: published.id })).activity;
    expect(waiting).toMatchObject({ seatsLeft: 0, enrolled: 2, waitlisted: 1 });
    expect(waiting.mySignUp).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect(env.kinds()).toEqual(['activity_signed_up', 'activity_signed_up', 'activity_waitlisted']);

    const left = (await env.act(VOLUNTEER, 'withdrawActivity', { activityId: published.id })).activity;
    expect(left.mySignUp).toMatchObject({ state: 'withdrawn' });
    expect(left.actions).toEqual(['signUp']);
    const promoted = env.deps.notified.at(-1)!;
    expect(promoted).toMatchObject({
      kind: 'activity_promoted',
      userIds: [he.userId],
      ref: { type: 'activity', id: published.id },
    });
    const roster = await env.act(COMMITTEE, 'activityRoster', { activityId: published.id });
    expect(roster.lines.map((l: { name: string; state: string }) => [l.name, l.state])).toEqual([
      ['吴国强', 'enrolled'],
      ['何丽', 'enrolled'],
      ['李明', 'withdrawn'],
    ]);
    // The list shows it with the reader's own sign-up, and the station card lists nothing (committee's own).
    const list = await env.act(he.caller, 'activities', {});
    expect(list.items).toEqual([
      expect.objectContaining({ id: published.id, mySignUp: expect.objectContaining({ state: 'enrolled' }) }),
    ]);
  });

  it('refuses the wrong role, an unapproved resident, another community and a closed sign-up', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    const refused = async (caller: Parameters<typeof env.call>[0], action: string, data: unknown, code: string) =>
      expect(await env.call(caller, action, data)).toMatchObject({ ok: false, code });
    await refused(
      VOLUNTEER,
      'publishActivity',
      { title: '自己发布', place: '某处', startAt: START, endAt: START + HOUR_MS, signUpClosesAt: START, headcount: 1 },
      'FORBIDDEN',
    );
    await refused(VOLUNTEER, 'activityRoster', { activityId: activity.id }, 'FORBIDDEN');
    await refused(COMMITTEE, 'signUpActivity', { activityId: activity.id }, 'FORBIDDEN');
    const notApproved = await env.call(RESIDENT, 'signUpActivity', { activityId: activity.id });
    expect(notApproved).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: expect.stringContaining('报到通过的志愿者才能报名'),
    });
    await refused('u-resident-wang', 'activity', { activityId: activity.id }, 'OUTSIDE_COMMUNITY');
    await refused('u-resident-wang', 'signUpActivity', { activityId: activity.id }, 'OUTSIDE_COMMUNITY');
    await refused('u-committee-zhao', 'activityRoster', { activityId: activity.id }, 'OUTSIDE_COMMUNITY');
    await refused(
      'u-committee-zhao',
      'cancelActivity',
      { activityId: activity.id, reason: '不是我们的' },
      'OUTSIDE_COMMUNITY',
    );
    await refused(VOLUNTEER, 'activity', { activityId: 'act-missing' }, 'NOT_FOUND');
    // A station of another community, times in the past, sign-up closing after the start.
    await refused(COMMITTEE, 'publishActivity', { ...fieldsOf(activity), stationId: 's-nowhere' }, 'BAD_INPUT');
    await refused(
      COMMITTEE,
      'publishActivity',
      { ...fieldsOf(activity), startAt: env.deps.clock.now() - HOUR_MS },
      'BAD_INPUT',
    );
    await refused(
      COMMITTEE,
      'publishActivity',
      { ...fieldsOf(activity), signUpClosesAt: START + MINUTE_MS },
      'BAD_INPUT',
    );
    // Past the sign-up deadline: neither sign-up nor withdrawal.
    const wu = await env.volunteer('wx-wu', '吴国强');
    await env.act(wu.caller, 'signUpActivity', { activityId: activity.id });
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    await env.act(VOLUNTEER, 'withdrawActivity', { activityId: activity.id });
    await refused(VOLUNTEER, 'withdrawActivity', { activityId: activity.id }, 'INVALID_STATE');
    await refused(RESIDENT, 'withdrawActivity', { activityId: activity.id }, 'INVALID_STATE');
    env.moveTo(activity.signUpClosesAt);
    await refused(VOLUNTEER, 'signUpActivity', { activityId: activity.id }, 'DEADLINE_PASSED');
    await refused(wu.caller, 'withdrawActivity', { activityId: activity.id }, 'DEADLINE_PASSED');
    // Signing in opens 30 minutes before the start, for the enrolled only.
    await refused(wu.caller, 'signInActivity', { activityId: activity.id, code: '123456' }, 'INVALID_STATE');
    env.moveTo(START - 10 * MINUTE_MS);
    const code = await env.code(activity.id);
    await refused(VOLUNTEER, 'signInActivity', { activityId: activity.id, code }, 'FORBIDDEN');
    await refused(wu.caller, 'signOutActivity', { activityId: activity.id, code }, 'INVALID_STATE');
  });

  it('signs in and out with the rotating code, credits the hours once, and refuses a wrong or expired code', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    // Too early for the code and for signing in.
    expect(await env.call(COMMITTEE, 'activityCode', { activityId: activity.id })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    env.moveTo(START - 10 * MINUTE_MS);
    const code = await env.code(activity.id);
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await env.call(VOLUNTEER, 'signInActivity', { activityId: activity.id, code: wrong });
    expect(bad).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '签到码不对或已过期，请看组织者手机上的最新签到码',
    });
    // The code is good in its window and the next; two windows later it has expired.
    env.deps.clock.advance(61_000);
    expect(await env.call(VOLUNTEER, 'signInActivity', { activityId: activity.id, code })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    const fresh = await env.code(activity.id);
    env.deps.clock.advance(30_000);
    const signedIn = (await env.act(VOLUNTEER, 'signInActivity', { activityId: activity.id, code: fresh })).activity;
    expect(signedIn.mySignUp.signedInAt).toBe(env.deps.clock.now());
    expect(signedIn.actions).toEqual(['signOut']);

    env.moveTo(START + 2 * HOUR_MS + 5 * MINUTE_MS);
    const input = { activityId: activity.id, code: await env.code(activity.id) };
    const first = await env.call(VOLUNTEER, 'signOutActivity', input, 'req-sign-out');
    env.deps.clock.advance(5 * 60_000);
    const again = await env.call(VOLUNTEER, 'signOutActivity', input, 'req-sign-out');
    expect(again).toEqual(first);
    expect(first).toMatchObject({ ok: true, data: { activity: { mySignUp: { creditedMinutes: 120 } } } });
    const hours = await env.act(VOLUNTEER, 'hours', {});
    expect(hours.totalMinutes).toBe(120);
    expect(hours.entries.items).toEqual([
      expect.objectContaining({ kind: 'activity', minutes: 120, note: '志愿活动「小区环境清洁」' }),
    ]);
  });

  it('credits nothing under 60% of the activity and says why in the ledger', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    env.moveTo(START + 50 * MINUTE_MS);
    await env.act(VOLUNTEER, 'signInActivity', { activityId: activity.id, code: await env.code(activity.id) });
    env.moveTo(START + 110 * MINUTE_MS);
    const out = (
      await env.act(VOLUNTEER, 'signOutActivity', { activityId: activity.id, code: await env.code(activity.id) })
    ).activity;
    expect(out.mySignUp.creditedMinutes).toBe(0);
    const [entry] = (await env.act(VOLUNTEER, 'hours', {})).entries.items;
    expect(entry).toMatchObject({ kind: 'activity', minutes: 0 });
    expect(entry.note).toContain('不足活动时长的60%');
  });

  it('cancels with a reason, telling the enrolled and the waiting once, a retry included', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish({ headcount: 1 });
    const wu = await env.volunteer('wx-wu', '吴国强');
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    await env.act(wu.caller, 'signUpActivity', { activityId: activity.id });
    const input = { activityId: activity.id, reason: '暴雨预警' };
    const first = await env.call(COMMITTEE, 'cancelActivity', input, 'req-cancel');
    expect(first).toMatchObject({
      ok: true,
      data: { activity: { phase: 'cancelled', cancelReason: '暴雨预警', actions: ['roster'] } },
    });
    expect(await env.call(COMMITTEE, 'cancelActivity', input, 'req-cancel')).toEqual(first);
    const told = env.deps.notified.filter((n) => n.kind === 'activity_cancelled');
    expect(told).toHaveLength(1);
    expect(told[0].userIds.sort()).toEqual([VOLUNTEER, wu.userId].sort());
    expect(await env.call(COMMITTEE, 'cancelActivity', { ...input, reason: '再取消一次' })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    expect(await env.call(VOLUNTEER, 'signUpActivity', { activityId: activity.id })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
  });

  it('signs up once per request id and answers a repeated sign-up with the same seat', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    const first = await env.call(VOLUNTEER, 'signUpActivity', { activityId: activity.id }, 'req-sign-up');
    expect(await env.call(VOLUNTEER, 'signUpActivity', { activityId: activity.id }, 'req-sign-up')).toEqual(first);
    const again = await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    expect(again.activity).toMatchObject({ enrolled: 1, mySignUp: { state: 'enrolled' } });
    expect(env.kinds()).toEqual(['activity_signed_up']);
  });

  it('records the sign-up news and reminder accepted in the tap, and refuses another moment’s template', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish();
    const refused = await env.call(VOLUNTEER, 'signUpActivity', {
      activityId: activity.id,
      acceptedTemplateIds: ['local-service-progress'],
    });
    expect(refused).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect((await env.act(VOLUNTEER, 'activity', { activityId: activity.id })).activity.mySignUp).toBeNull();
    await env.act(VOLUNTEER, 'signUpActivity', {
      activityId: activity.id,
      acceptedTemplateIds: ['local-booking-result', 'local-visit-reminder'],
    });
    expect(await env.storage.subscriptions.credits(VOLUNTEER)).toEqual({
      'local-booking-result': 1,
      'local-visit-reminder': 1,
    });
  });
});

function fieldsOf(activity: Record<string, any>) {
  const { title, description, place, stationId, startAt, endAt, signUpClosesAt, headcount } = activity;
  return { title, description, place, stationId, startAt, endAt, signUpClosesAt, headcount };
}
