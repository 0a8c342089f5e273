import type { MatterDetail } from '@domain/matters/views';
import { demoOpenid } from '../../../host/seed';
import { contextFor, requestId } from '../../support/testDeps';
import { engines } from '../../support/storages';
import { setup, draft, approvedMatter } from './matterEnv';

describe.each(engines)('matter services: raising, moderation and relations on %s', (engine) => {
  it('queues a new matter for review, then the committee publishes it with a timeline entry each', async () => {
    const env = await setup(engine);
    const raised = await env.as('u-resident-zhang')('raise', draft);
    expect(raised).toMatchObject({ ok: true, data: { moderation: 'queued', matter: { state: 'pending_review' } } });
    const id = (raised as { data: { matter: MatterDetail } }).data.matter.id;
    // Not public yet: another resident cannot see it.
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await env.as('u-committee-chen')('moderate', { targetType: 'matter', targetIds: [id], decision: 'approve' });
    const seen = await env.as('u-resident-li')('detail', { matterId: id });
    expect(seen).toMatchObject({ ok: true, data: { state: 'open' } });
    const timeline = (seen as { data: MatterDetail }).data.timeline;
    expect(timeline.map((e) => [e.transition, e.toState, e.actorRole])).toEqual([
      ['raise', 'pending_review', 'resident'],
      ['approve', 'open', 'committee'],
    ]);
    expect(env.deps.notified.map((e) => e.kind)).toEqual(['matter_approved']);
  });

  it('publishes at once in a community that does not review first, unless the check asks for a person', async () => {
    const env = await setup(engine);
    // 西门社区 publishes new matters at once (host/seed.ts).
    const published = await env.as('u-resident-wang')('raise', draft);
    expect(published).toMatchObject({ ok: true, data: { moderation: 'published', matter: { state: 'open' } } });
    const doubtful = await env.as('u-resident-wang')('raise', { ...draft, title: '楼下有人发广告骚扰居民' });
    expect(doubtful).toMatchObject({ ok: true, data: { moderation: 'queued', matter: { state: 'pending_review' } } });
    const queue = await env.as('u-committee-zhao')('moderationQueue', { kind: 'pending', target: 'matter' });
    expect(queue).toMatchObject({
      ok: true,
      data: { matters: [{ title: '楼下有人发广告骚扰居民', needsReview: true }] },
    });
  });

  it('masks phone numbers and plates in public text and tells the author', async () => {
    const env = await setup(engine);
    const raised = await env.as('u-resident-zhang')('raise', {
      ...draft,
      body: '车牌鲁H12345的车每天停在门口，车主电话13812345678，请居委会联系。',
    });
    expect(raised).toMatchObject({ ok: true, data: { maskedKinds: expect.arrayContaining(['phone', 'plate']) } });
    const body = (raised as { data: { matter: MatterDetail } }).data.matter.body;
    expect(body).not.toContain('13812345678');
    expect(body).toContain('138****5678');
    expect(body).not.toContain('鲁H12345');
  });

  it('refuses risky text with a Chinese reason and writes nothing', async () => {
    const env = await setup(engine);
    const result = await env.as('u-resident-zhang')('raise', {
      ...draft,
      body: '小区门口有人组织赌博，每天晚上都很吵闹。',
    });
    expect(result).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
    const mine = await env.as('u-resident-zhang')('mine', { relation: 'raised' });
    expect(mine).toMatchObject({ ok: true, data: { items: [] } });
  });

  it('limits a resident to 5 matters a day', async () => {
    const env = await setup(engine);
    for (let i = 0; i < 5; i += 1) {
      expect(await env.as('u-resident-li')('raise', { ...draft, title: `第${i + 1}件关于停车的事情` })).toMatchObject({
        ok: true,
      });
    }
    expect(await env.as('u-resident-li')('raise', { ...draft, title: '第六件关于停车的事情' })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
    env.deps.clock.advance(24 * 3600 * 1000);
    expect(await env.as('u-resident-li')('raise', { ...draft, title: '第二天的停车问题' })).toMatchObject({ ok: true });
  });

  it('counts one support per resident, even when sent twice or concurrently', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const li = env.as('u-resident-li');
    await li('support', { matterId: id });
    await li('support', { matterId: id });
    await Promise.all([li('support', { matterId: id }), li('support', { matterId: id })]);
    expect(await li('detail', { matterId: id })).toMatchObject({
      data: { supportCount: 1, mine: { supported: true } },
    });
    expect(await li('unsupport', { matterId: id })).toMatchObject({ data: { supported: false, supportCount: 0 } });
    expect(await env.as('u-resident-zhang')('support', { matterId: id })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('counts concurrent supports from many residents exactly', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const residents = Array.from({ length: 12 }, (_, i) => `wx-neighbour-${i}`);
    for (const openid of residents) {
      await env.newResident(openid, '邻居');
    }
    await Promise.all(
      residents.map((openid) =>
        env.handler({ action: 'support', data: { matterId: id }, requestId: requestId() }, contextFor(openid)),
      ),
    );
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({ data: { supportCount: 12 } });
  });

  it('hides a matter automatically at 3 flags until the committee reviews it', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const flaggers = ['u-resident-li', ...['a', 'b'].map((s) => `wx-flagger-${s}`)];
    for (const who of flaggers.slice(1)) {
      await env.newResident(who, '居民');
    }
    const flag = (ctx: ReturnType<typeof contextFor>) =>
      env.handler(
        { action: 'flag', data: { targetType: 'matter', targetId: id, reason: '不实信息' }, requestId: requestId() },
        ctx,
      );
    await flag(contextFor(demoOpenid('u-resident-li')));
    await flag(contextFor(demoOpenid('u-resident-li'))); // the same resident twice counts once
    await flag(contextFor('wx-flagger-a'));
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({
      ok: true,
      data: { state: 'open' },
    });
    await flag(contextFor('wx-flagger-b'));
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // Hidden by flags, it waits in the committee's flagged queue.
    const queue = await env.as('u-committee-chen')('moderationQueue', { kind: 'flagged', target: 'matter' });
    expect(queue).toMatchObject({ ok: true, data: { matters: [{ id, state: 'hidden', flagCount: 3 }] } });
    const unhidden = await env.as('u-committee-chen')('moderate', {
      targetType: 'matter',
      targetIds: [id],
      decision: 'unhide',
    });
    expect(unhidden).toMatchObject({ data: { results: [{ id, ok: true }] } });
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({
      ok: true,
      data: { state: 'open' },
    });
    // Reviewed: its flags are gone, so it leaves the queue; keeping a matter without flags is refused.
    expect(await env.as('u-committee-chen')('moderationQueue', { kind: 'flagged', target: 'matter' })).toMatchObject({
      data: { matters: [] },
    });
    expect(
      await env.as('u-committee-chen')('moderate', { targetType: 'matter', targetIds: [id], decision: 'keep' }),
    ).toMatchObject({ data: { results: [{ id, ok: false, code: 'INVALID_STATE' }] } });
  });

  it('lets the committee keep a flagged matter visible, clearing its flags', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    await env.as('u-resident-li')('flag', { targetType: 'matter', targetId: id, reason: '不实信息' });
    const kept = await env.as('u-committee-chen')('moderate', {
      targetType: 'matter',
      targetIds: [id],
      decision: 'keep',
    });
    expect(kept).toMatchObject({ data: { results: [{ id, ok: true }] } });
    expect(await env.as('u-committee-chen')('moderationQueue', { kind: 'flagged', target: 'matter' })).toMatchObject({
      data: { matters: [] },
    });
    expect(await env.as('u-resident-li')('detail', { matterId: id })).toMatchObject({ data: { state: 'open' } });
  });

  it('merges a duplicate: supporters move without double counting, the duplicate points to the kept one', async () => {
    const env = await setup(engine);
    const kept = await approvedMatter(env, 'u-resident-zhang');
    const duplicate = await approvedMatter(env, 'u-resident-li', { ...draft, title: '东门口车辆乱停堵住通道' });
    const newcomers = ['wx-third', 'wx-fourth'];
    for (const openid of newcomers) {
      await env.newResident(openid, '邻居');
    }
    const supportAs = (ctx: ReturnType<typeof contextFor>, matterId: string) =>
      env.handler({ action: 'support', data: { matterId }, requestId: requestId() }, ctx);
    await supportAs(contextFor(demoOpenid('u-resident-li')), kept);
    await supportAs(contextFor('wx-fourth'), kept);
    await supportAs(contextFor('wx-third'), duplicate);
    await supportAs(contextFor('wx-fourth'), duplicate); // supports both: must count once after the merge
    const merged = await env.as('u-committee-chen')('merge', { matterId: duplicate, intoId: kept });
    // li and wx-fourth were on the kept matter; wx-third moves over; wx-fourth is not counted twice.
    expect(merged).toMatchObject({ ok: true, data: { supportCount: 3 } });
    expect(await env.as('u-committee-chen')('detail', { matterId: kept })).toMatchObject({ data: { supportCount: 3 } });
    expect(await env.as('u-committee-chen')('detail', { matterId: duplicate })).toMatchObject({
      data: { state: 'closed', mergedIntoId: kept, supportCount: 0 },
    });
  });
});
