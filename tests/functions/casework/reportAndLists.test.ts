import { sendEscalationReminders } from '../../../cloudfunctions/lib/services/notifications/escalationReminders';
import {
  COMMITTEE,
  caseworkSetup,
  dataOf,
  DAY,
  DEPT,
  GRID,
  GRID_OTHER,
  HOUR,
  lampDraft,
  parkingDraft,
  PROPERTY,
  refused,
  STREET,
} from './caseworkEnv';
import { engines, type EngineName } from '../../support/storages';

const patrol = {
  title: '路面塌陷',
  description: '东门第一网格幸福小区北门外路面塌陷一处，约半米见方。',
  category: 'facilities',
  gridId: 'g-dongmen-1',
  compoundId: 'p-xingfu',
  location: '幸福小区北门外',
  photos: ['local/patrol0001.jpg'],
};

describe.each(engines)('信息采集: a grid worker’s patrol report on %s', (engine: EngineName) => {
  it('becomes a published matter by the grid worker and is dispatched by the table', async () => {
    const env = await caseworkSetup(engine);
    env.deps.uploads.record('local/patrol0001.jpg', GRID);
    const { case: detail } = dataOf(await env.call(GRID, 'report', patrol));
    // 东门 reviews residents' matters first; staff at work publish at once.
    expect(detail.matter.state).toBe('escalated');
    expect(detail.summary.holder).toMatchObject({ kind: 'property', id: 'pc-xingfu' });
    const stored = await env.storage.cases.findById(detail.summary.id);
    expect(stored).toMatchObject({ dispatchedBy: 'system', gridId: 'g-dongmen-1', compoundId: 'p-xingfu' });
    const matter = await env.storage.matters.findById(detail.matter.id);
    expect(matter).toMatchObject({ authorId: GRID, building: '幸福小区北门外', raisedById: null });
    // The photo went to the media check as a matter's photos do (the local checker passes it, soon).
    expect(matter?.photos.map((p) => p.fileId)).toEqual(['local/patrol0001.jpg']);
    expect(['checking', 'passed']).toContain(matter?.photos[0]?.status);
    const timeline = await env.storage.matters.timeline(detail.matter.id);
    expect(timeline.map((e) => [e.transition, e.actorRole, e.note])).toEqual([
      ['raise', 'gridWorker', '网格员巡查发现（信息采集）'],
      ['escalate', 'gridWorker', '已派至 幸福物业，应于11月28日10:00前答复'],
    ]);
    expect(env.deps.notified.filter((n) => n.kind === 'case_dispatched').map((n) => n.userIds)).toEqual([[PROPERTY]]);
  });

  it('is refused outside the grid worker’s grids, for a compound of another grid, and with a photo of someone else', async () => {
    const env = await caseworkSetup(engine);
    env.deps.uploads.record('local/patrol0001.jpg', GRID);
    const snapshot = env.snapshot();
    expect(refused(await env.call(GRID_OTHER, 'report', patrol))).toBe('FORBIDDEN');
    expect(refused(await env.call(GRID, 'report', { ...patrol, compoundId: 'p-gulou' }))).toBe('BAD_INPUT');
    expect(refused(await env.call(GRID, 'report', { ...patrol, photos: ['local/someone001.jpg'] }))).toBe('BAD_INPUT');
    expect(refused(await env.call(GRID, 'report', { ...patrol, photos: [] }))).toBe('BAD_INPUT');
    expect(refused(await env.call(COMMITTEE, 'report', patrol))).toBe('FORBIDDEN');
    expect(env.snapshot()).toEqual(snapshot);
  });
});

describe.each(engines)('the street’s supervision on %s', (engine: EngineName) => {
  it('filters by community and body, counts open and overdue cases per community, lists the bodies', async () => {
    const env = await caseworkSetup(engine);
    const lamp = await env.dispatched(lampDraft);
    const parking = await env.dispatched(parkingDraft);
    env.deps.clock.advance(2 * DAY); // the lamp (24 h) is overdue, parking (7 days) is not
    const all = dataOf(await env.call(STREET, 'supervision', {}));
    expect(all.items.map((c: { id: string; overdue: boolean }) => [c.id, c.overdue])).toEqual([
      [lamp.caseId, true],
      [parking.caseId, false],
    ]);
    const byBody = dataOf(
      await env.call(STREET, 'supervision', { holderKind: 'department', holderId: 'dep-jiaojing' }),
    );
    expect(byBody.items.map((c: { id: string }) => c.id)).toEqual([parking.caseId]);
    const overdue = dataOf(await env.call(STREET, 'supervision', { overdueOnly: true }));
    expect(overdue.items.map((c: { id: string }) => c.id)).toEqual([lamp.caseId]);
    expect(dataOf(await env.call(STREET, 'supervision', { communityId: 'c-ximen' })).items).toEqual([]);
    const paged = dataOf(await env.call(STREET, 'supervision', { limit: 1 }));
    expect(paged.items).toHaveLength(1);
    const rest = dataOf(await env.call(STREET, 'supervision', { limit: 1, cursor: paged.nextCursor }));
    expect(rest).toMatchObject({ items: [{ id: parking.caseId }], nextCursor: null });
    const filters = dataOf(await env.call(STREET, 'supervisionFilters', {}));
    expect(filters.communities).toEqual([
      { id: 'c-dongmen', name: '东门社区', open: 2, overdue: 1 },
      { id: 'c-ximen', name: '西门社区', open: 0, overdue: 0 },
    ]);
    expect(filters.holders).toEqual(
      expect.arrayContaining([
        { kind: 'grid', id: 'g-ximen-2', name: '西门第二网格' },
        { kind: 'property', id: 'pc-xingfu', name: '幸福物业' },
        { kind: 'department', id: 'dep-chengguan', name: '区城管局' },
        { kind: 'street', id: 's-guhuai', name: '古槐街道' },
      ]),
    );
    expect(filters.holders.some((h: { id: string }) => h.id === 'pc-gulou')).toBe(true);
    expect(refused(await env.call(DEPT, 'supervisionFilters', {}))).toBe('FORBIDDEN');
  });

  it('puts the running clocks first (the overdue lead), then the cases waiting on a 挂账 plan or a check', async () => {
    const env = await caseworkSetup(engine);
    const lamp = await env.dispatched(lampDraft); // due in 24 h
    dataOf(await env.call(PROPERTY, 'accept', { caseId: lamp.caseId }));
    dataOf(
      await env.call(PROPERTY, 'markLongTerm', {
        caseId: lamp.caseId,
        plan: '纳入明年改造计划',
        reviewDate: '2027-03-01',
      }),
    );
    const parking = await env.dispatched(parkingDraft); // due in 7 days, after the lamp's old due time
    env.deps.clock.advance(8 * DAY);
    const all = dataOf(await env.call(STREET, 'supervision', {}));
    expect(all.items.map((c: { id: string; state: string; overdue: boolean }) => [c.id, c.state, c.overdue])).toEqual([
      [parking.caseId, 'dispatched', true],
      [lamp.caseId, 'long_term', false],
    ]);
    const first = dataOf(await env.call(STREET, 'supervision', { limit: 1 }));
    expect(first.items.map((c: { id: string }) => c.id)).toEqual([parking.caseId]);
    const second = dataOf(await env.call(STREET, 'supervision', { limit: 1, cursor: first.nextCursor }));
    expect(second).toMatchObject({ items: [{ id: lamp.caseId }], nextCursor: null });
    expect(refused(await env.call(STREET, 'supervision', { cursor: 'x|garbage' }))).toBe('BAD_INPUT');
  });

  it('the holder’s 办理中 tab too: the cases in hand before those on a 挂账 plan, whose due times are older', async () => {
    const env = await caseworkSetup(engine);
    const planned = await env.dispatched(lampDraft);
    dataOf(await env.call(PROPERTY, 'accept', { caseId: planned.caseId }));
    const plan = { caseId: planned.caseId, plan: '纳入明年改造计划', reviewDate: '2027-03-01' };
    dataOf(await env.call(PROPERTY, 'markLongTerm', plan));
    env.deps.clock.advance(HOUR);
    const inHand = await env.dispatched({ ...lampDraft, title: '小区北门路灯也不亮' });
    dataOf(await env.call(PROPERTY, 'accept', { caseId: inHand.caseId }));
    const doing = dataOf(await env.call(PROPERTY, 'inbox', { tab: 'doing' }));
    expect(doing.items.map((c: { id: string }) => c.id)).toEqual([inHand.caseId, planned.caseId]);
    const first = dataOf(await env.call(PROPERTY, 'inbox', { tab: 'doing', limit: 1 }));
    const rest = dataOf(await env.call(PROPERTY, 'inbox', { tab: 'doing', limit: 1, cursor: first.nextCursor }));
    expect([...first.items, ...rest.items].map((c: { id: string }) => c.id)).toEqual([inHand.caseId, planned.caseId]);
    expect(rest.nextCursor).toBeNull();
  });

  it('the committee’s old overdue-escalation reminder stays quiet for a matter the case loop watches', async () => {
    const env = await caseworkSetup(engine);
    const lamp = await env.dispatched(lampDraft); // due 11-28 10:00: the escalation's date is 11-28
    const manual = await env.openMatter(parkingDraft);
    await env.actOn('matter', COMMITTEE, 'escalate', {
      matterId: manual,
      level: 'street',
      department: '街道城管科',
      dueDate: '2026-11-28',
      note: '',
    });
    // 2026-11-29 09:00 Shanghai: the morning after both due dates.
    env.deps.clock.advance(Date.UTC(2026, 10, 29, 0, 55) - env.deps.clock.now());
    await sendEscalationReminders(env.deps);
    env.deps.clock.advance(10 * 60_000);
    expect(await sendEscalationReminders(env.deps)).toEqual({ reminded: 1 });
    const reminders = env.deps.notified.filter((n) => n.kind === 'escalation_overdue');
    expect(reminders.map((n) => n.ref.id)).toEqual([manual]);
    expect(reminders.some((n) => n.ref.id === lamp.matterId)).toBe(false);
    // Nor may the committee record an answer or an ending beside the case.
    const answer = await env
      .actOn('matter', COMMITTEE, 'answerEscalation', {
        matterId: lamp.matterId,
        response: '已修好',
      })
      .catch((error: Error) => error.message);
    expect(answer).toContain('INVALID_STATE');
  });
});
