import {
  CADRE,
  COMMITTEE,
  caseworkSetup,
  dataOf,
  DEPT,
  DEPT_COLLEAGUE,
  DEPT_OTHER,
  GRID,
  GRID_COLLEAGUE,
  GRID_OTHER,
  lampDraft,
  PROPERTY,
  PROPERTY_OTHER,
  refused,
  RESIDENT,
  STREET,
  STREET_OTHER,
  XIMEN_COMMITTEE,
} from './caseworkEnv';

const environmentDraft = {
  title: '垃圾桶满了没人清',
  body: '东门社区幸福小区门口的垃圾桶已经满了三天，气味很大，希望尽快清运。',
  category: 'environment',
};

/**
 * Who may read a case of 幸福小区 (东门社区, 东门第一网格, 古槐街道) held by 幸福物业, and who may
 * accept it: a party of another company, department, grid, community or street hears NOT_FOUND
 * (the case does not leak), a party who reads it but may not take the step hears FORBIDDEN, and a
 * role the contract never lets near it is refused by the handler (FORBIDDEN).
 */
const lampMatrix: [string, string, string][] = [
  // caller, case, accept
  [RESIDENT, 'FORBIDDEN', 'FORBIDDEN'],
  [CADRE, 'ok', 'FORBIDDEN'],
  [COMMITTEE, 'ok', 'FORBIDDEN'],
  [XIMEN_COMMITTEE, 'NOT_FOUND', 'FORBIDDEN'],
  [GRID, 'ok', 'FORBIDDEN'],
  [GRID_OTHER, 'NOT_FOUND', 'NOT_FOUND'],
  [STREET, 'ok', 'FORBIDDEN'],
  [STREET_OTHER, 'NOT_FOUND', 'NOT_FOUND'],
  [DEPT, 'NOT_FOUND', 'NOT_FOUND'],
  [PROPERTY_OTHER, 'NOT_FOUND', 'NOT_FOUND'],
  [PROPERTY, 'ok', 'ok'],
];

describe('who may read a case and take its steps', () => {
  it.each(lampMatrix)('%s: case %s, accept %s; a refusal changes nothing', async (caller, read, accept) => {
    const env = await caseworkSetup();
    const { caseId } = await env.dispatched(lampDraft);
    expect(refused(await env.call(caller, 'case', { caseId }))).toBe(read);
    const snapshot = env.snapshot();
    const answer = await env.call(caller, 'accept', { caseId });
    expect(refused(answer)).toBe(accept);
    if (!answer.ok) expect(env.snapshot()).toEqual(snapshot);
  });

  it('a department acts on its own department’s cases only; a colleague of the same department may', async () => {
    const env = await caseworkSetup();
    const { caseId } = await env.dispatched(environmentDraft);
    expect(refused(await env.call(DEPT_OTHER, 'accept', { caseId }))).toBe('NOT_FOUND');
    expect(refused(await env.call(DEPT_OTHER, 'return', { caseId, reason: '不归我们部门管' }))).toBe('NOT_FOUND');
    expect(refused(await env.call(DEPT_COLLEAGUE, 'accept', { caseId }))).toBe('ok');
    expect(refused(await env.call(DEPT, 'feedback', { caseId, text: '同事已经处理好了', photos: [] }))).toBe('ok');
  });

  it('a street re-routes and decides only in its own communities', async () => {
    const env = await caseworkSetup();
    const { caseId } = await env.dispatched(environmentDraft);
    const holder = { kind: 'grid', id: 'g-dongmen-1' };
    expect(refused(await env.call(STREET_OTHER, 'reroute', { caseId, holder, reason: '改派给网格处理' }))).toBe(
      'NOT_FOUND',
    );
    expect(refused(await env.call(STREET_OTHER, 'supervision', { communityId: 'c-dongmen' }))).toBe(
      'OUTSIDE_COMMUNITY',
    );
    expect(dataOf(await env.call(STREET_OTHER, 'supervision', {})).items).toEqual([]);
    expect(dataOf(await env.call(STREET, 'supervision', {})).items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    // The holder may not re-route its own case: that is the street's (首接负责).
    expect(refused(await env.call(DEPT, 'reroute', { caseId, holder, reason: '改派给网格处理' }))).toBe('FORBIDDEN');
    // A body outside the street's reach is refused.
    const far = { kind: 'grid', id: 'g-other-1' };
    expect(refused(await env.call(STREET, 'reroute', { caseId, holder: far, reason: '改派给网格处理' }))).toBe(
      'BAD_INPUT',
    );
  });

  it('the handler may not verify their own feedback; a colleague of the grid or the committee may', async () => {
    const env = await caseworkSetup();
    const holder = { kind: 'grid', id: 'g-dongmen-1' };
    const { caseId } = await env.dispatched(lampDraft, { holder, overrideReason: '网格员能当场修好' });
    dataOf(await env.call(GRID, 'accept', { caseId }));
    dataOf(await env.call(GRID, 'feedback', { caseId, text: '已更换灯泡', photos: [] }));
    const own = await env.call(GRID, 'verify', { caseId, outcome: 'passed', note: '' });
    expect(own).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(own.ok ? '' : own.message).toContain('不能核查自己办理的案件');
    expect(dataOf(await env.call(GRID, 'toVerify', {})).items).toEqual([]);
    expect(refused(await env.call(GRID_OTHER, 'verify', { caseId, outcome: 'passed', note: '' }))).toBe('NOT_FOUND');
    expect(refused(await env.call(STREET, 'verify', { caseId, outcome: 'passed', note: '' }))).toBe('FORBIDDEN');
    expect(refused(await env.call(XIMEN_COMMITTEE, 'verify', { caseId, outcome: 'passed', note: '' }))).toBe(
      'NOT_FOUND',
    );
    expect(dataOf(await env.call(GRID_COLLEAGUE, 'toVerify', {})).items.map((c: { id: string }) => c.id)).toEqual([
      caseId,
    ]);
    expect(refused(await env.call(GRID_COLLEAGUE, 'verify', { caseId, outcome: 'passed', note: '' }))).toBe('ok');
  });

  it('only the committee of the matter’s community dispatches and withdraws', async () => {
    const env = await caseworkSetup();
    const matterId = await env.openMatter(lampDraft);
    expect(refused(await env.call(XIMEN_COMMITTEE, 'dispatch', { matterId }))).toBe('OUTSIDE_COMMUNITY');
    expect(refused(await env.call(STREET, 'dispatch', { matterId }))).toBe('FORBIDDEN');
    const { case: detail } = dataOf(await env.call(COMMITTEE, 'dispatch', { matterId }));
    const caseId = detail.summary.id;
    expect(refused(await env.call(XIMEN_COMMITTEE, 'withdraw', { caseId, reason: '已在社区解决' }))).toBe('NOT_FOUND');
    expect(refused(await env.call(PROPERTY, 'withdraw', { caseId, reason: '已在社区解决' }))).toBe('FORBIDDEN');
    expect(refused(await env.call(CADRE, 'forMatter', { matterId }))).toBe('ok');
    expect(refused(await env.call(XIMEN_COMMITTEE, 'forMatter', { matterId }))).toBe('NOT_FOUND');
  });

  it('a step from the wrong state names where the case stands', async () => {
    const env = await caseworkSetup();
    const { caseId } = await env.dispatched(lampDraft);
    const early = await env.call(PROPERTY, 'feedback', { caseId, text: '已经修好了', photos: [] });
    expect(early).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(early.ok ? '' : early.message).toBe('案件当前为「已派遣，待受理」，不能处理反馈');
    dataOf(await env.call(PROPERTY, 'accept', { caseId }));
    expect(refused(await env.call(PROPERTY, 'return', { caseId, reason: '不归我们管' }))).toBe('INVALID_STATE');
  });

  it('a holder’s inbox holds its body’s cases only', async () => {
    const env = await caseworkSetup();
    const { caseId } = await env.dispatched(lampDraft);
    const waiting = (caller: string) => env.call(caller, 'inbox', { tab: 'waiting' });
    expect(dataOf(await waiting(PROPERTY)).items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(dataOf(await waiting(PROPERTY_OTHER)).items).toEqual([]);
    expect(dataOf(await waiting(DEPT)).items).toEqual([]);
    expect(refused(await waiting(COMMITTEE))).toBe('FORBIDDEN');
  });
});
