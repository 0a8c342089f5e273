import type { MatterDetail } from '@domain/matters/views';
import { engines } from '../../support/storages';
import { setup, draft, approvedMatter } from './matterEnv';

describe.each(engines)('matter services: consultation and outcome on %s', (engine) => {
  it("refuses another community's committee and keeps anonymous authors anonymous to residents", async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env, 'u-resident-zhang', { ...draft, anonymous: true });
    expect(
      await env.as('u-committee-zhao')('moderate', { targetType: 'matter', targetIds: [id], decision: 'hide' }),
    ).toMatchObject({ ok: true, data: { results: [{ id, ok: false, code: 'OUTSIDE_COMMUNITY' }] } });
    expect(
      await env.as('u-committee-zhao')('convene', {
        matterId: id,
        scheduledAt: env.deps.clock.now() + 86_400_000,
        place: '红帆驿站',
        agenda: '讨论停车',
      }),
    ).toMatchObject({ ok: false, code: 'OUTSIDE_COMMUNITY' });
    const forNeighbour = await env.as('u-resident-li')('detail', { matterId: id });
    expect(forNeighbour).toMatchObject({ ok: true, data: { anonymous: true, author: { id: null, name: '匿名居民' } } });
    expect(JSON.stringify(forNeighbour)).not.toContain('u-resident-zhang');
    expect(JSON.stringify(forNeighbour)).not.toContain('张桂兰');
    const forCommittee = await env.as('u-committee-chen')('detail', { matterId: id });
    expect(forCommittee).toMatchObject({
      data: { author: { id: 'u-resident-zhang', name: '张桂兰' }, building: '3号楼2单元501' },
    });
    // The building is an address: the neighbour does not get it, the author does.
    expect(forNeighbour).toMatchObject({ data: { building: '' } });
    expect(await env.as('u-resident-zhang')('detail', { matterId: id })).toMatchObject({
      data: { building: '3号楼2单元501' },
    });
    // Another community's residents do not see it at all.
    expect(await env.as('u-resident-wang')('detail', { matterId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('runs a consultation to an outcome the author rates, every step on the timeline', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const chen = env.as('u-committee-chen');
    await env.as('u-resident-li')('support', { matterId: id });
    expect(await chen('communityCadres', {})).toMatchObject({
      data: { cadres: [{ id: 'u-cadre-liu', name: '刘建国' }] },
    });
    const convened = await chen('convene', {
      matterId: id,
      scheduledAt: env.deps.clock.now() + 2 * 86_400_000,
      place: '东门社区红帆驿站',
      agenda: '商量东门口停车秩序',
      departments: ['交警大队'],
      cadreIds: ['u-cadre-liu'],
    });
    expect(convened).toMatchObject({
      ok: true,
      data: { consultation: { invitedResidentCount: 2, departments: ['交警大队'], cadreNames: ['刘建国'] } },
    });
    const consultationId = (convened as { data: { consultation: { id: string } } }).data.consultation.id;
    env.deps.clock.advance(2 * 86_400_000); // the meeting has begun
    expect(
      await chen('recordMinutes', {
        consultationId,
        minutes: '居民、物业、交警共同商议',
        actions: [{ description: '施划禁停标线', owner: '物业', dueDate: '2026-12-10', state: 'done' }],
        outcome: '东门口禁停，夜间车辆停到北侧临时车位',
      }),
    ).toMatchObject({ ok: true, data: { consultation: { actions: [{ description: '施划禁停标线' }] } } });
    expect(await chen('conclude', { matterId: id, ending: 'resolve', reason: '禁停标线已施划' })).toMatchObject({
      ok: true,
    });
    // The rating comes a moment later, as people act (the timeline orders one millisecond by id).
    env.deps.clock.advance(1);
    const rated = await env.as('u-resident-zhang')('rate', { matterId: id, score: 5, comment: '满意' });
    expect(rated).toMatchObject({ ok: true, data: { matter: { state: 'closed', rating: { score: 5 } } } });
    const detail = (rated as { data: { matter: MatterDetail } }).data.matter;
    expect(detail.timeline.map((e) => e.transition)).toEqual(['raise', 'approve', 'convene', 'resolve', 'close']);
    expect(detail.consultation).toMatchObject({ outcome: '东门口禁停，夜间车辆停到北侧临时车位' });
    expect(env.deps.notified.map((e) => e.kind)).toEqual([
      'matter_approved',
      'consultation_scheduled',
      'matter_resolved',
    ]);
    // The invited cadre hears about the consultation too.
    expect(env.deps.notified[1].userIds).toContain('u-cadre-liu');
  });

  it("masks the author's rating comment and reopen reason for everyone who reads the matter", async () => {
    const env = await setup(engine);
    const chen = env.as('u-committee-chen');
    const zhang = env.as('u-resident-zhang');
    const rated = await approvedMatter(env);
    await chen('conclude', { matterId: rated, ending: 'resolve', reason: '禁停标线已施划' });
    expect(
      await zhang('rate', { matterId: rated, score: 2, comment: '没解决，找138 1234 5678车主鲁H12345' }),
    ).toMatchObject({ ok: true });
    const reopened = await approvedMatter(env, 'u-resident-zhang', { ...draft, title: '东门口又堵了' });
    await chen('conclude', { matterId: reopened, ending: 'resolve', reason: '已劝离' });
    expect(await zhang('reopen', { matterId: reopened, reason: '还在堵，车主身份证370102199001011234' })).toMatchObject(
      { ok: true, data: { matter: { state: 'open' } } },
    );
    for (const reader of ['u-resident-li', 'u-cadre-liu', 'u-committee-chen', 'u-resident-zhang']) {
      const ratedDetail = await env.as(reader)('detail', { matterId: rated });
      expect(ratedDetail).toMatchObject({
        ok: true,
        data: { rating: { comment: '没解决，找138****5678车主鲁H·***45' } },
      });
      const closeNote = (ratedDetail as { data: MatterDetail }).data.timeline.find(
        (e) => e.transition === 'close',
      )?.note;
      expect(closeNote).toBe('评价2分：没解决，找138****5678车主鲁H·***45');
      const reopenedDetail = await env.as(reader)('detail', { matterId: reopened });
      const reopenNote = (reopenedDetail as { data: MatterDetail }).data.timeline.find(
        (e) => e.transition === 'reopen',
      )?.note;
      expect(reopenNote).toBe('还在堵，车主身份证3701**********1234');
      for (const raw of ['1234 5678', '鲁H12345', '370102199001011234']) {
        expect(JSON.stringify([ratedDetail, reopenedDetail])).not.toContain(raw);
      }
    }
  });

  it('checks the rating comment and the reopen reason like any public text, and refuses what may not be published', async () => {
    const env = await setup(engine);
    const chen = env.as('u-committee-chen');
    const zhang = env.as('u-resident-zhang');
    const id = await approvedMatter(env);
    await chen('conclude', { matterId: id, ending: 'resolve', reason: '已劝离' });
    for (const [field, text] of [
      ['comment', '有人在这里赌博'],
      ['comment', '加微信领礼品'],
    ]) {
      const refused = await zhang('rate', { matterId: id, score: 1, [field]: text });
      expect(refused).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
      expect((refused as { message: string }).message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await zhang('reopen', { matterId: id, reason: '楼下有人赌博' })).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
    });
    // Nothing changed: still resolved, no rating, nothing new on the timeline.
    const after = (await chen('detail', { matterId: id })) as { data: MatterDetail };
    expect(after.data).toMatchObject({ state: 'resolved', rating: null });
    expect(after.data.timeline.map((e) => e.transition)).toEqual(['raise', 'approve', 'resolve']);
  });

  it("signs an anonymous author's own comments 匿名居民 for residents and cadres, not for the committee", async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env, 'u-resident-zhang', { ...draft, anonymous: true });
    expect(
      await env.as('u-resident-zhang')('comment', { matterId: id, body: '补充：晚上八点以后最严重' }),
    ).toMatchObject({
      ok: true,
      data: { comment: { author: { id: 'u-resident-zhang', name: '张桂兰' } } },
    });
    expect(await env.as('u-resident-li')('comment', { matterId: id, body: '我家楼下也一样' })).toMatchObject({
      ok: true,
    });
    for (const reader of ['u-resident-li', 'u-cadre-liu']) {
      const page = await env.as(reader)('comments', { matterId: id });
      expect(page).toMatchObject({ ok: true });
      const authors = (
        (page as { data: { items: unknown[] } }).data.items as {
          body: string;
          author: { id: string | null; name: string };
        }[]
      ).map((c) => [c.body, c.author.id, c.author.name]);
      expect(authors).toEqual(
        expect.arrayContaining([
          ['补充：晚上八点以后最严重', null, '匿名居民'],
          ['我家楼下也一样', 'u-resident-li', '李明'],
        ]),
      );
      expect(JSON.stringify(page)).not.toContain('张桂兰');
      expect(JSON.stringify(page)).not.toContain('u-resident-zhang');
    }
    const forCommittee = await env.as('u-committee-chen')('comments', { matterId: id });
    expect(JSON.stringify(forCommittee)).toContain('张桂兰');
    const forAuthor = await env.as('u-resident-zhang')('comments', { matterId: id });
    expect(JSON.stringify(forAuthor)).toContain('张桂兰');
  });

  it('records minutes and "resolved" only once the meeting has begun, and asks before concluding with open items', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const chen = env.as('u-committee-chen');
    const scheduledAt = env.deps.clock.now() + 10 * 86_400_000; // 2026-12-07 10:00 Shanghai
    const convened = await chen('convene', {
      matterId: id,
      scheduledAt,
      place: '东门社区红帆驿站',
      agenda: '商量东门口停车秩序',
      departments: [],
      cadreIds: [],
    });
    const consultationId = (convened as { data: { consultation: { id: string } } }).data.consultation.id;
    const minutes = {
      consultationId,
      minutes: '居民、物业共同商议',
      actions: [
        { description: '施划禁停标线', owner: '物业', dueDate: '2026-12-10', state: 'todo' },
        { description: '安装提示牌', owner: '居委会', dueDate: '2027-01-05', state: 'doing' },
        { description: '通知车主', owner: '物业', dueDate: '2026-12-08', state: 'done' },
      ],
      outcome: '',
    };
    env.deps.clock.advance(scheduledAt - 60_000 - env.deps.clock.now()); // a minute before
    const early = await chen('recordMinutes', minutes);
    expect(early).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect((early as { message: string }).message).toContain('12月7日 10:00');
    const earlyResolve = await chen('conclude', { matterId: id, ending: 'resolve', reason: '禁停标线已施划' });
    expect(earlyResolve).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect((await env.storage.consultations.findById(consultationId))?.minutes).toBe('');
    env.deps.clock.advance(60_000); // at the meeting's time
    expect(await chen('recordMinutes', minutes)).toMatchObject({ ok: true });
    // Two items still open: a distinct code naming them, nothing concluded.
    const asked = await chen('conclude', { matterId: id, ending: 'resolve', reason: '禁停标线已施划' });
    expect(asked).toMatchObject({ ok: false, code: 'CONFIRMATION_REQUIRED' });
    const question = (asked as { message: string }).message;
    expect(question).toContain('还有2项议定事项未完成');
    expect(question).toContain('施划禁停标线（物业，12月10日前）');
    expect(question).toContain('安装提示牌（居委会，1月5日前）');
    expect(question).not.toContain('通知车主');
    expect(await chen('detail', { matterId: id })).toMatchObject({ data: { state: 'consulting' } });
    const confirmed = await chen('conclude', {
      matterId: id,
      ending: 'resolve',
      reason: '禁停标线已施划',
      confirmOpenItems: true,
    });
    expect(confirmed).toMatchObject({ ok: true, data: { matter: { state: 'resolved' } } });
  });

  it('answers an illegal transition with INVALID_STATE and changes nothing', async () => {
    const env = await setup(engine);
    const id = await approvedMatter(env);
    const result = await env.as('u-committee-chen')('answerEscalation', { matterId: id, response: '已处理' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(await env.as('u-committee-chen')('detail', { matterId: id })).toMatchObject({ data: { state: 'open' } });
  });
});
