import { seededBackend, type Answer } from '../../support/seededBackend';

/** The answer's data; a refusal fails the test with its code. */
function dataOf(answer: Answer) {
  if (!answer.ok) throw new Error(`refused: ${answer.code} ${answer.message}`);
  return answer.data;
}

/**
 * Whose figures each caller sees (issue 16): decided from the caller's role and scope, never from
 * the request alone. The sections' own figures are tested with each capability; this is the frame.
 */
describe('stats.dashboard: whose figures', () => {
  const thisMonth = { period: { kind: 'thisMonth' } };

  it('gives a committee its own community, and refuses another community as not found', async () => {
    const backend = await seededBackend();
    const own = await backend.call('stats', 'u-committee-chen', 'dashboard', thisMonth);
    expect(own.ok).toBe(true);
    expect(dataOf(own)).toMatchObject({
      view: 'community',
      scopeLabel: '东门社区',
      communityId: 'c-dongmen',
      communities: [{ id: 'c-dongmen', name: '东门社区' }],
    });
    const other = await backend.call('stats', 'u-committee-chen', 'dashboard', {
      ...thisMonth,
      communityId: 'c-ximen',
    });
    expect(other).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('gives a street all its communities, or one of them', async () => {
    const backend = await seededBackend();
    const all = await backend.call('stats', 'u-street-zhou', 'dashboard', thisMonth);
    expect(dataOf(all)).toMatchObject({ view: 'street', scopeLabel: '古槐街道（2个社区）', communityId: null });
    expect(
      dataOf(all)
        .communities.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual(['c-dongmen', 'c-ximen']);
    const one = await backend.call('stats', 'u-street-zhou', 'dashboard', { ...thisMonth, communityId: 'c-ximen' });
    expect(dataOf(one)).toMatchObject({ view: 'street', scopeLabel: '西门社区', communityId: 'c-ximen' });
  });

  it('gives a cadre their own view, named after them', async () => {
    const backend = await seededBackend();
    const answer = await backend.call('stats', 'u-cadre-liu', 'dashboard', thisMonth);
    expect(dataOf(answer)).toMatchObject({ view: 'cadre', scopeLabel: '刘建国', communityId: null });
  });

  it('refuses residents and the case bodies, and a guest', async () => {
    const backend = await seededBackend();
    for (const user of ['u-resident-zhang', 'u-dept-wu', 'u-property-zheng', 'u-grid-sun', 'u-admin']) {
      expect(await backend.call('stats', user, 'dashboard', thisMonth)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await backend.call('stats', { openid: 'someone-new' }, 'dashboard', thisMonth)).toMatchObject({ ok: false });
  });

  it('names the period in Shanghai days, and refuses a bad custom range in Chinese', async () => {
    const backend = await seededBackend();
    const answer = await backend.call('stats', 'u-committee-chen', 'dashboard', {
      period: { kind: 'custom', from: '2026-11-01', to: '2026-11-30' },
    });
    expect(dataOf(answer).period).toEqual({
      kind: 'custom',
      from: '2026-11-01',
      to: '2026-11-30',
      label: '2026年11月1日至11月30日',
    });
    const backwards = await backend.call('stats', 'u-committee-chen', 'dashboard', {
      period: { kind: 'custom', from: '2026-11-30', to: '2026-11-01' },
    });
    expect(backwards).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '开始日期不能晚于结束日期' });
    const badDate = await backend.call('stats', 'u-committee-chen', 'dashboard', {
      period: { kind: 'custom', from: '2026-02-30', to: '2026-03-01' },
    });
    expect(badDate).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
