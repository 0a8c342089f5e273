import {
  COMMITTEE,
  caseworkSetup,
  dataOf,
  HOUR,
  lampDraft,
  parkingDraft,
  PROPERTY,
  refused,
  RESIDENT,
} from './caseworkEnv';

describe('casework.dispatch', () => {
  it('sends the matter to the body the routing table names, starts the clock and escalates the matter', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter(lampDraft);
    const now = env.deps.clock.now();
    const answer = await env.call(COMMITTEE, 'dispatch', { matterId });
    expect(refused(answer)).toBe('ok');
    const { summary, override, actions } = dataOf(answer).case;
    expect(summary).toMatchObject({
      matterId,
      state: 'dispatched',
      slaClass: 'utilities',
      holder: { kind: 'property', id: 'pc-xingfu', name: '幸福物业' },
      dispatchedAt: now,
      dueAt: now + 24 * HOUR,
      communityName: '东门社区',
      overdue: false,
    });
    expect(override).toBeNull();
    expect(actions).toEqual(['withdraw']);
    const stored = await env.storage.cases.findById(summary.id);
    expect(stored?.nextReminderAt).toBe(now + Math.floor(24 * HOUR * 0.8));
    const matter = await env.matterDetail(matterId);
    expect(matter.state).toBe('escalated');
    expect(matter.escalation).toMatchObject({ department: '幸福物业', dueDate: '2026-11-28', dueAt: now + 24 * HOUR });
    expect(await env.handoffWords(matterId)).toEqual(['已派至 幸福物业，应于11月28日10:00前答复']);
    // The holder's users hear of new work; the committee member who dispatched does not.
    const news = env.deps.notified.filter((n) => n.kind === 'case_dispatched');
    expect(news.map((n) => n.userIds)).toEqual([[PROPERTY]]);
  });

  it('takes the committee’s choice over the table only with a reason, stored as an override', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter(lampDraft);
    const holder = { kind: 'department', id: 'dep-chengguan' };
    const snapshot = env.snapshot();
    expect(refused(await env.call(COMMITTEE, 'dispatch', { matterId, holder }))).toBe('BAD_INPUT');
    expect(env.snapshot()).toEqual(snapshot);
    const answer = await env.call(COMMITTEE, 'dispatch', { matterId, holder, overrideReason: '路灯归城管照明所管' });
    expect(dataOf(answer).case.override).toEqual({ routedTo: '幸福物业', reason: '路灯归城管照明所管' });
    expect(dataOf(answer).case.summary.holder.name).toBe('区城管局');
  });

  it('refuses a body that cannot answer for the place: another community’s grid, a company not managing the compound', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter(lampDraft);
    const overrideReason = '物业说不归他们管';
    for (const holder of [
      { kind: 'grid', id: 'g-ximen-1' },
      { kind: 'property', id: 'pc-gulou' },
      { kind: 'street', id: 's-other' },
      { kind: 'department', id: 'dep-nowhere' },
    ]) {
      expect(refused(await env.call(COMMITTEE, 'dispatch', { matterId, holder, overrideReason }))).toBe('BAD_INPUT');
    }
  });

  it('falls to the street when no rule matches (首接负责), with the general clock', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter({ ...lampDraft, category: 'noise', title: '楼上夜里太吵了' });
    const { case: detail } = await env.act(COMMITTEE, 'dispatch', { matterId });
    expect(detail.summary.holder).toEqual({ kind: 'street', id: 's-guhuai', name: '古槐街道' });
    expect(detail.summary.slaClass).toBe('general');
  });

  it('refuses a second dispatch of a matter with an open case, and a matter not open', async () => {
    const env = await caseworkSetup();
    const { matterId } = await env.dispatched(parkingDraft);
    const again = await env.call(COMMITTEE, 'dispatch', { matterId });
    expect(again).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(again.ok ? '' : again.message).toContain('已派遣给区公安分局交警大队');
    const pending = (await env.actOn('matter', RESIDENT, 'raise', { ...parkingDraft, title: '西门口也乱停车' })).matter;
    expect(await env.call(COMMITTEE, 'dispatch', { matterId: pending.id })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '说事当前为「待审核」，不能派遣',
    });
  });

  it('is idempotent by request id: a retry answers the same case and writes nothing more', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter(lampDraft);
    const first = await env.call(COMMITTEE, 'dispatch', { matterId }, 'req-dispatch-1');
    const snapshot = env.snapshot();
    const retry = await env.call(COMMITTEE, 'dispatch', { matterId }, 'req-dispatch-1');
    expect(retry).toEqual(first);
    expect(env.snapshot()).toEqual(snapshot);
  });

  it('places a matter in its compound’s grid, not its author’s: the grid rule of the compound routes it', async () => {
    const env = await caseworkSetup();
    // 鼓楼家园 (p-gulou) lies in 东门第二网格; the author's own grid (from the profile) is another.
    const matterId = await env.openMatter({
      title: '楼道里堆满杂物',
      body: '鼓楼家园2号楼楼道里堆满了纸箱和旧家具，有火灾隐患，希望尽快清理。',
      category: 'safety',
      compoundId: 'p-gulou',
    });
    const suggestion = dataOf(await env.call(COMMITTEE, 'routeSuggestion', { matterId }));
    expect(suggestion).toMatchObject({
      suggested: { kind: 'grid', id: 'g-dongmen-2' },
      ruleId: 'rr-demo-safety-g-dongmen-2',
    });
    const { summary } = dataOf(await env.call(COMMITTEE, 'dispatch', { matterId })).case;
    expect(summary.holder).toMatchObject({ kind: 'grid', id: 'g-dongmen-2' });
    expect((await env.storage.cases.findById(summary.id))?.gridId).toBe('g-dongmen-2');
  });
});
