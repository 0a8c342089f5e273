import { engines } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

describe.each(engines)('who may see and take service orders on %s', (engine) => {
  it('gives a waiting order to exactly one of 20 volunteers claiming it at once', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    const volunteers = [];
    for (let i = 0; i < 20; i += 1) {
      const newcomer = await env.newResident(`wx-volunteer-${i}`, `志愿者${i}`);
      await env.approveVolunteer({ openid: newcomer.openid });
      volunteers.push(newcomer);
    }
    const answers = await Promise.all(
      volunteers.map((v) => env.call({ openid: v.openid }, 'claimOrder', { orderId: order.id })),
    );
    const winners = answers.filter((a) => a.ok);
    expect(winners).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map((a) => (a.ok ? '' : a.message))).toEqual(
      Array(19).fill('这单已被其他志愿者接走了'),
    );
    const stored = (await env.act(COMMITTEE, 'order', { orderId: order.id })).order;
    expect(stored.claimant.id).toBe(volunteers.find((v) => v.userId === stored.claimant.id)?.userId);
  });

  it('keeps orders from residents who did not order them, other communities and unapproved volunteers', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    // 王芳 lives in 西门社区: the order is not there for her, and her committee cannot see it either.
    expect(await env.call('u-resident-wang', 'order', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await env.call('u-committee-zhao', 'order', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await env.call('u-committee-zhao', 'communityOrders', { communityId: 'c-dongmen' })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    // A resident of the community who has not reported as a volunteer neither sees nor claims it.
    const neighbour = await env.newResident('wx-neighbour', '邻居');
    const asNeighbour = { openid: neighbour.openid };
    expect(await env.call(asNeighbour, 'order', { orderId: order.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await env.call(asNeighbour, 'claimOrder', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect((await env.act(asNeighbour, 'orderHall', {})).items).toEqual([]);
    // Reported but not yet approved: still nothing.
    await env.act(asNeighbour, 'reportVolunteer', { partyMember: false, categories: ['errand'] });
    expect(await env.call(asNeighbour, 'claimOrder', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    // The resident cannot claim their own order, nor take the volunteer's steps.
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    expect(await env.call(RESIDENT, 'startOrder', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    // Once claimed, another volunteer sees it no more.
    const other = await env.newResident('wx-other-volunteer', '周志愿');
    await env.approveVolunteer({ openid: other.openid });
    expect(await env.call({ openid: other.openid }, 'order', { orderId: order.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });

  it('lets only a team’s members take a team’s service, and the committee assign it to one of them', async () => {
    const env = await serviceSetup(engine);
    const { team } = await env.act(COMMITTEE, 'saveTeam', { name: '红马甲服务队' });
    const { takerName: _shown, ...repair } = env.itemNamed('家电小修');
    await env.act(COMMITTEE, 'saveServiceItem', { ...repair, takenBy: 'team', takerId: team.id });
    const order = await env.placed(RESIDENT, '家电小修');
    // 李明 is in no team: the order is not his to take.
    expect((await env.act(VOLUNTEER, 'orderHall', {})).items).toEqual([]);
    expect(await env.call(COMMITTEE, 'assignOrder', { orderId: order.id, volunteerUserId: VOLUNTEER })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    const member = await env.newResident('wx-team-member', '孙师傅');
    await env.approveVolunteer({ openid: member.openid }, { teamId: team.id });
    const assigned = await env.act(COMMITTEE, 'assignOrder', { orderId: order.id, volunteerUserId: member.userId });
    expect(assigned.order).toMatchObject({ state: 'claimed', claimant: { id: member.userId, name: '孙师傅' } });
    expect((await env.act({ openid: member.openid }, 'myClaims', {})).items).toHaveLength(1);
  });
});
