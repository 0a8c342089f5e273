import { engines } from '../../support/storages';
import { COMMITTEE, serviceSetup, VOLUNTEER } from './serviceEnv';

describe.each(engines)('双报到 and hours on %s', (engine) => {
  it('reports, is returned with a reason, reports again and is approved into a team', async () => {
    const env = await serviceSetup(engine);
    const newcomer = await env.newResident('wx-reporter', '赵红');
    const me = { openid: newcomer.openid };
    const { volunteer } = await env.act(me, 'reportVolunteer', {
      partyMember: true,
      workUnit: '区教育局',
      skills: '政策讲解',
      categories: ['advice'],
      availability: '工作日晚上',
    });
    expect(volunteer).toMatchObject({ state: 'pending', name: '赵红', workUnit: '区教育局', stars: 0 });
    expect((await env.act(me, 'catalogue', {})).volunteer).toEqual({ state: 'pending', returnReason: '' });

    expect(
      await env.call(COMMITTEE, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'return' }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    await env.act(COMMITTEE, 'reviewVolunteer', {
      volunteerId: volunteer.id,
      decision: 'return',
      reason: '请写明工作单位全称',
    });
    expect((await env.act(me, 'catalogue', {})).volunteer).toEqual({
      state: 'returned',
      returnReason: '请写明工作单位全称',
    });
    expect(
      await env.call(COMMITTEE, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });

    await env.act(me, 'reportVolunteer', { partyMember: true, workUnit: '任城区教育局', categories: ['advice'] });
    const { team } = await env.act(COMMITTEE, 'saveTeam', { name: '政策宣讲队' });
    const approved = await env.act(COMMITTEE, 'reviewVolunteer', {
      volunteerId: volunteer.id,
      decision: 'approve',
      teamId: team.id,
    });
    expect(approved.volunteer).toMatchObject({ state: 'approved', teamName: '政策宣讲队' });
    // Approved: reporting again is refused, and another community's committee cannot review or list it.
    expect(await env.call(me, 'reportVolunteer', { partyMember: false, categories: ['other'] })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    expect(await env.call('u-committee-zhao', 'volunteers', { communityId: 'c-dongmen' })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    const roster = await env.act(COMMITTEE, 'volunteers', { state: 'approved' });
    expect(roster.items.map((v: { name: string }) => v.name).sort()).toEqual(['李明', '赵红']);
  });

  it('adds honour hours with a reason and evidence, audited, and counts stars from the ledger', async () => {
    const env = await serviceSetup(engine);
    const added = await env.act(COMMITTEE, 'addHonourHours', {
      volunteerUserId: VOLUNTEER,
      minutes: 6000,
      reason: '疫情期间值守',
      evidence: '街道表彰文件（2022）',
    });
    expect(added).toEqual({ totalMinutes: 6000, stars: 1 });
    env.deps.clock.advance(60_000);
    const corrected = await env.act(COMMITTEE, 'addHonourHours', {
      volunteerUserId: VOLUNTEER,
      minutes: -60,
      reason: '重复登记更正',
      evidence: '核对签到表',
    });
    expect(corrected).toEqual({ totalMinutes: 5940, stars: 0 });
    const hours = await env.act(COMMITTEE, 'hours', { volunteerUserId: VOLUNTEER });
    expect(hours.entries.items.map((e: { kind: string; minutes: number }) => [e.kind, e.minutes])).toEqual([
      ['correction', -60],
      ['honour', 6000],
    ]);
    const audit = await env.storage.audit.list({ after: null, limit: 10 });
    expect(audit.items.filter((a) => a.action === 'service.addHonourHours')).toHaveLength(2);
    // A volunteer reads only their own hours; a resident who is no volunteer of ours is not found by the committee.
    expect(await env.call('u-resident-zhang', 'hours', { volunteerUserId: VOLUNTEER })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await env.call(COMMITTEE, 'hours', { volunteerUserId: 'u-resident-zhang' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
