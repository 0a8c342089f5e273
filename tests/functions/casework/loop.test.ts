import {
  COMMITTEE,
  caseworkSetup,
  dataOf,
  DEPT,
  DEPT_COLLEAGUE,
  GRID,
  GRID_COLLEAGUE,
  HOUR,
  lampDraft,
  PROPERTY,
  refused,
  RESIDENT,
  STREET,
} from './caseworkEnv';
import { engines, type EngineName } from '../../support/storages';

const environmentDraft = {
  title: '垃圾桶满了没人清',
  body: '东门社区幸福小区门口的垃圾桶已经满了三天，气味很大，希望尽快清运。',
  category: 'environment',
};

describe.each(engines)('the case loop, step by step, on the matter’s public timeline on %s', (engine: EngineName) => {
  it('accept, extension, feedback with photos, sent back, fed back again, passed: the matter is resolved and rated', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId, detail } = await env.dispatched(lampDraft);
    const dispatchedAt = detail.summary.dispatchedAt as number;
    expect(refused(await env.call(PROPERTY, 'accept', { caseId }))).toBe('ok');

    env.deps.clock.advance(HOUR);
    const asked = dataOf(
      await env.call(PROPERTY, 'requestExtension', { caseId, hours: 12, reason: '灯杆需要整体更换，要等配件' }),
    );
    expect(asked.case.extension).toMatchObject({ hours: 12, decision: 'pending' });
    expect(asked.case.summary.extensionPending).toBe(true);
    expect(env.deps.notified.filter((n) => n.kind === 'case_extension_requested').map((n) => n.userIds)).toEqual([
      [STREET],
    ]);
    const street = dataOf(await env.call(STREET, 'case', { caseId }));
    expect(street.case.actions).toEqual(['decideExtension']);
    const decided = dataOf(await env.call(STREET, 'decideExtension', { caseId, approve: true }));
    expect(decided.case.summary.dueAt).toBe(dispatchedAt + 36 * HOUR);
    expect((await env.matterDetail(matterId)).escalation).toMatchObject({
      dueDate: '2026-11-28',
      dueAt: dispatchedAt + 36 * HOUR,
    });

    env.deps.uploads.record('local/lampfixed01.jpg', PROPERTY);
    const fed = dataOf(
      await env.call(PROPERTY, 'feedback', {
        caseId,
        text: '已更换灯杆和灯头，晚上已亮',
        photos: ['local/lampfixed01.jpg'],
      }),
    );
    expect(fed.case.summary.state).toBe('handled');
    expect(fed.case.feedback.photos).toEqual([{ fileId: 'local/lampfixed01.jpg', url: expect.any(String) }]);
    const verifiers = env.deps.notified.filter((n) => n.kind === 'case_handled').flatMap((n) => n.userIds);
    expect(verifiers.sort()).toEqual([COMMITTEE, GRID, GRID_COLLEAGUE].sort());
    expect(dataOf(await env.call(GRID, 'toVerify', {})).items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    const sentBack = dataOf(await env.call(GRID, 'verify', { caseId, outcome: 'sentBack', note: '北侧还有一盏不亮' }));
    expect(sentBack.case.summary.state).toBe('accepted');
    expect(env.deps.notified.filter((n) => n.kind === 'case_sent_back').map((n) => n.userIds)).toEqual([[PROPERTY]]);

    env.deps.clock.advance(HOUR);
    dataOf(await env.call(PROPERTY, 'feedback', { caseId, text: '北侧那盏也换好了', photos: [] }));
    const passed = dataOf(await env.call(COMMITTEE, 'verify', { caseId, outcome: 'passed', note: '' }));
    expect(passed.case.summary.state).toBe('verified');
    expect(passed.case.actions).toEqual([]);

    const matter = await env.matterDetail(matterId);
    expect(matter.state).toBe('resolved');
    expect(await env.handoffWords(matterId)).toEqual([
      '已派至 幸福物业，应于11月28日10:00前答复',
      '幸福物业 已受理',
      '延期至11月28日22:00（灯杆需要整体更换，要等配件）',
      '处理反馈：已更换灯杆和灯头，晚上已亮（附照片1张）',
      '核查退回：北侧还有一盏不亮',
      '处理反馈：北侧那盏也换好了',
      '核查通过',
    ]);
    expect(env.deps.notified.some((n) => n.kind === 'matter_resolved' && n.userIds.includes(RESIDENT))).toBe(true);
    const rated = await env.actOn('matter', RESIDENT, 'rate', { matterId, score: 5, comment: '' });
    expect(rated.matter.state).toBe('closed');
  });

  it('a department returns within the window, the street re-routes to a grid, whose worker accepts', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId } = await env.dispatched(environmentDraft);
    const returned = dataOf(await env.call(DEPT, 'return', { caseId, reason: '小区内垃圾清运归物业' }));
    expect(returned.case.summary.state).toBe('returned');
    expect(
      env.deps.notified
        .filter((n) => n.kind === 'case_returned')
        .flatMap((n) => n.userIds)
        .sort(),
    ).toEqual([COMMITTEE, STREET].sort());
    const holder = { kind: 'grid', id: 'g-dongmen-1' };
    const rerouted = dataOf(await env.call(STREET, 'reroute', { caseId, holder, reason: '先由网格员协调清运' }));
    const nextId = rerouted.case.summary.id;
    expect(nextId).not.toBe(caseId);
    expect(rerouted.case.summary).toMatchObject({ state: 'dispatched', holder: { ...holder, name: '东门第一网格' } });
    expect((await env.storage.cases.findById(caseId))?.state).toBe('withdrawn');
    expect(env.deps.notified.filter((n) => n.kind === 'case_rerouted').map((n) => n.userIds.sort())).toEqual([
      [GRID, GRID_COLLEAGUE].sort(),
    ]);
    // The department gave the case up itself: nobody tells it the case moved on.
    expect(env.deps.notified.filter((n) => n.kind === 'case_moved')).toEqual([]);
    dataOf(await env.call(GRID, 'accept', { caseId: nextId }));
    const page = dataOf(await env.call(GRID, 'case', { caseId: nextId }));
    expect(page.case.events.map((e: { text: string }) => e.text)).toEqual([
      '已派至 区城管局，应于12月4日10:00前答复',
      '区城管局 退单：小区内垃圾清运归物业，待街道改派',
      '古槐街道 改派至 东门第一网格，应于12月4日10:00前答复',
      '东门第一网格 已受理',
    ]);
    const matter = await env.matterDetail(matterId);
    expect(matter.escalation).toMatchObject({ department: '东门第一网格', dueAt: page.case.summary.dueAt });
  });

  it('a re-route of a case its holder still had tells that holder it can stop, on the case it held', async () => {
    const env = await caseworkSetup(engine);
    const { caseId } = await env.dispatched(environmentDraft);
    const holder = { kind: 'grid', id: 'g-dongmen-1' };
    dataOf(await env.call(STREET, 'reroute', { caseId, holder, reason: '小区内的垃圾先由网格协调' }));
    const moved = env.deps.notified.filter((n) => n.kind === 'case_moved');
    expect(moved.map((n) => [n.userIds.sort(), n.ref])).toEqual([
      [[DEPT, DEPT_COLLEAGUE].sort(), { type: 'case', id: caseId }],
    ]);
    expect(JSON.stringify(moved[0]?.values)).toContain('小区内的垃圾先由网格协调');
    // The department can still read the case it held, now ended by the re-route.
    expect(dataOf(await env.call(DEPT, 'case', { caseId })).case.summary.state).toBe('withdrawn');
  });

  it('a matter hidden by the committee while its case goes on keeps the case’s end for when it is shown again', async () => {
    const env = await caseworkSetup(engine);
    const passedOne = await env.dispatched(lampDraft);
    const withdrawnOne = await env.dispatched(environmentDraft);
    const hide = (matterId: string, decision: 'hide' | 'unhide') =>
      env.actOn('matter', COMMITTEE, 'moderate', { targetType: 'matter', targetIds: [matterId], decision });
    await hide(passedOne.matterId, 'hide');
    await hide(withdrawnOne.matterId, 'hide');
    dataOf(await env.call(PROPERTY, 'accept', { caseId: passedOne.caseId }));
    dataOf(await env.call(PROPERTY, 'feedback', { caseId: passedOne.caseId, text: '灯已经修好了', photos: [] }));
    dataOf(await env.call(GRID, 'verify', { caseId: passedOne.caseId, outcome: 'passed', note: '' }));
    dataOf(await env.call(COMMITTEE, 'withdraw', { caseId: withdrawnOne.caseId, reason: '已在社区协调解决' }));
    expect((await env.storage.matters.findById(passedOne.matterId))?.state).toBe('hidden');
    await hide(passedOne.matterId, 'unhide');
    await hide(withdrawnOne.matterId, 'unhide');
    const resolved = await env.storage.matters.findById(passedOne.matterId);
    expect(resolved).toMatchObject({ state: 'resolved', resolvedAt: expect.any(Number) });
    expect(resolved?.escalation?.respondedAt).toEqual(expect.any(Number));
    const back = await env.storage.matters.findById(withdrawnOne.matterId);
    expect(back).toMatchObject({ state: 'open', escalation: null });
  });

  it('挂账 with a plan and a review date, then fed back from there', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId } = await env.dispatched(environmentDraft);
    dataOf(await env.call(DEPT, 'accept', { caseId }));
    const tooLate = await env.call(DEPT, 'markLongTerm', {
      caseId,
      plan: '纳入明年改造计划',
      reviewDate: '2028-01-01',
    });
    expect(refused(tooLate)).toBe('BAD_INPUT');
    const longTerm = dataOf(
      await env.call(DEPT, 'markLongTerm', { caseId, plan: '纳入明年改造计划', reviewDate: '2027-03-01' }),
    );
    expect(longTerm.case.summary.state).toBe('long_term');
    expect(longTerm.case.longTerm).toEqual({ plan: '纳入明年改造计划', reviewAt: Date.UTC(2027, 2, 1, 1, 0) });
    expect((await env.storage.cases.findById(caseId))?.nextReminderAt).toBe(Date.UTC(2027, 2, 1, 1, 0));
    dataOf(await env.call(DEPT, 'feedback', { caseId, text: '改造完成，已加装垃圾桶', photos: [] }));
    expect((await env.handoffWords(matterId)).slice(2)).toEqual([
      '已挂账：纳入明年改造计划，计划于3月1日复查',
      '处理反馈：改造完成，已加装垃圾桶',
    ]);
  });

  it('the committee withdraws: the case ends, the holder hears, the matter goes back to where it stood', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId } = await env.dispatched(environmentDraft);
    const answer = dataOf(await env.call(COMMITTEE, 'withdraw', { caseId, reason: '社区已协调物业解决' }));
    expect(answer.case.summary.state).toBe('withdrawn');
    const matter = await env.matterDetail(matterId);
    expect(matter.state).toBe('open');
    expect(await env.handoffWords(matterId)).toEqual([
      '已派至 区城管局，应于12月4日10:00前答复',
      '社区已撤回：社区已协调物业解决',
    ]);
    expect(env.deps.notified.filter((n) => n.kind === 'case_withdrawn').map((n) => n.userIds.sort())).toEqual([
      [DEPT_COLLEAGUE, DEPT].sort(),
    ]);
    // The matter is free for another dispatch.
    expect(refused(await env.call(COMMITTEE, 'dispatch', { matterId }))).toBe('ok');
  });

  it('an extension refusal stays off the public timeline and uses the request up', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId } = await env.dispatched(environmentDraft);
    dataOf(await env.call(DEPT, 'accept', { caseId }));
    dataOf(await env.call(DEPT, 'requestExtension', { caseId, hours: 24, reason: '需要协调环卫车辆' }));
    const refusedOne = dataOf(await env.call(STREET, 'decideExtension', { caseId, approve: false }));
    expect(refusedOne.case.extension.decision).toBe('refused');
    expect(refused(await env.call(DEPT, 'requestExtension', { caseId, hours: 24, reason: '再申请一次延期' }))).toBe(
      'INVALID_STATE',
    );
    expect(await env.handoffWords(matterId)).toEqual(['已派至 区城管局，应于12月4日10:00前答复', '区城管局 已受理']);
    const told = env.deps.notified.find((n) => n.kind === 'case_extension_decided');
    expect(told?.userIds.sort()).toEqual([DEPT_COLLEAGUE, DEPT].sort());
  });
});

describe.each(engines)('the holder’s inbox, the matter’s cases and the checks’ words on %s', (engine: EngineName) => {
  it('moves a case through the inbox tabs, and lists a matter’s earlier cases', async () => {
    const env = await caseworkSetup(engine);
    const { matterId, caseId } = await env.dispatched(lampDraft);
    const tab = async (name: string) =>
      dataOf(await env.call(PROPERTY, 'inbox', { tab: name })).items.map((c: { id: string }) => c.id);
    expect([await tab('waiting'), await tab('doing'), await tab('done')]).toEqual([[caseId], [], []]);
    dataOf(await env.call(PROPERTY, 'accept', { caseId }));
    expect([await tab('waiting'), await tab('doing'), await tab('done')]).toEqual([[], [caseId], []]);
    env.deps.uploads.record('local/someoneelse1.jpg', GRID);
    const foreign = await env.call(PROPERTY, 'feedback', {
      caseId,
      text: '已修好',
      photos: ['local/someoneelse1.jpg'],
    });
    expect(refused(foreign)).toBe('BAD_INPUT');
    dataOf(await env.call(PROPERTY, 'feedback', { caseId, text: '已修好路灯', photos: [] }));
    expect([await tab('waiting'), await tab('doing'), await tab('done')]).toEqual([[], [], [caseId]]);
    // Sent back without saying what is wrong: refused, nothing changes.
    expect(refused(await env.call(GRID, 'verify', { caseId, outcome: 'sentBack', note: '' }))).toBe('BAD_INPUT');
    dataOf(await env.call(GRID, 'verify', { caseId, outcome: 'passed', note: '' }));
    // The resident is not satisfied: the matter reopens and is dispatched again.
    await env.actOn('matter', RESIDENT, 'reopen', { matterId, reason: '北侧那盏还是不亮' });
    const again = dataOf(await env.call(COMMITTEE, 'dispatch', { matterId }));
    const forMatter = dataOf(await env.call(COMMITTEE, 'forMatter', { matterId }));
    expect(forMatter.current.summary.id).toBe(again.case.summary.id);
    expect(forMatter.past.map((c: { id: string; state: string }) => [c.id, c.state])).toEqual([[caseId, 'verified']]);
    // The new case's page tells its own story, from its own dispatch.
    expect(forMatter.current.events.map((e: { text: string }) => e.text)).toEqual([
      '已派至 幸福物业，应于11月28日10:00前答复',
    ]);
  });
});
