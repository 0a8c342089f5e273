import { DELETED_USER_NAME } from '@domain/accountErasure';
import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { A, CADRE, twoResidents } from './twoResidents';

// The two-resident scene is some 30 calls; on a loaded 2-core machine the in-memory CloudBase
// needs more than jest's default 5 s for it (deleteAccount's suites read the same scene).
jest.setTimeout(30_000);

describe.each(engines)('account.auditTrail on %s', (engine) => {
  it('lists role changes and contact reveals newest first: who, whom, what, why', async () => {
    const { server, bookingOf } = await twoResidents(engine);
    server.deps.clock.advance(1000);
    await server.act('account', 'u-admin', 'assignRole', {
      userId: 'u-resident-li',
      role: 'cadre',
      communityIds: ['c-dongmen'],
    });
    server.deps.clock.advance(1000);
    await server.act('visit', CADRE, 'revealContact', { bookingId: bookingOf[A] });
    // Committee work is in the full log, not on this page.
    const { items, nextCursor } = await server.act('account', 'u-admin', 'auditTrail', {});
    expect(nextCursor).toBeNull();
    expect(items.map((item: { kind: string }) => item.kind)).toEqual(['contactReveal', 'roleChange', 'roleChange']);
    expect(items[0]).toMatchObject({
      actorName: '刘建国',
      subjectName: '张桂兰',
      detail: '查看电话和地址',
      reason: '12月5日 周六 入户走访的预约，联系居民',
    });
    expect(items[1]).toMatchObject({
      actorName: '系统管理员',
      subjectName: '李明',
      detail: '居民 → 民情书记',
      reason: '',
    });
    expect(items[0].at).toBeGreaterThan(items[1].at);
  });

  it('pages newest first with a cursor', async () => {
    const server = await seededBackend({ engine });
    for (const role of ['cadre', 'committee', 'resident'] as const) {
      server.deps.clock.advance(1000);
      await server.act('account', 'u-admin', 'assignRole', {
        userId: 'u-resident-li',
        role,
        communityIds: ['c-dongmen'],
      });
    }
    const first = await server.act('account', 'u-admin', 'auditTrail', { limit: 2 });
    expect(first.items.map((item: { detail: string }) => item.detail)).toEqual([
      '社区居委会 → 居民',
      '民情书记 → 社区居委会',
    ]);
    const second = await server.act('account', 'u-admin', 'auditTrail', { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((item: { detail: string }) => item.detail)).toEqual(['居民 → 民情书记']);
    expect(second.nextCursor).toBeNull();
  });

  it('names an erased user 已注销用户, as actor and as the one concerned', async () => {
    const { server, bookingOf } = await twoResidents(engine);
    await server.act('visit', CADRE, 'revealContact', { bookingId: bookingOf[A] });
    await server.act('account', A, 'deleteAccount', { confirm: true });
    const { items } = await server.act('account', 'u-admin', 'auditTrail', {});
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const item of items) expect(item.subjectName).toBe(DELETED_USER_NAME);
    expect(JSON.stringify(items)).not.toContain('张桂兰');
  });

  it('refuses every role but the admin', async () => {
    const server = await seededBackend({ engine });
    for (const caller of ['u-resident-zhang', 'u-cadre-liu', 'u-committee-chen']) {
      expect(await server.call('account', caller, 'auditTrail', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('account', 'u-admin', 'auditTrail', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
