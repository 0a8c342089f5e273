import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { requestId } from '../../support/testDeps';

/** The audit lines about one user, newest first. */
async function auditAbout(server: Awaited<ReturnType<typeof seededBackend>>, userId: string) {
  const page = await server.act('account', 'u-admin', 'listAudit', { limit: 50 });
  return (page.items as { targetId: string; before: unknown; after: unknown }[]).filter((e) => e.targetId === userId);
}

describe.each(engines)('account.assignRole for 街呼区应’s roles on %s', (engine) => {
  it('scopes a grid worker by grids, derives the communities, audits once however often it is retried', async () => {
    const server = await seededBackend({ engine });
    const input = {
      userId: 'u-resident-li',
      role: 'gridWorker',
      communityIds: [],
      gridIds: ['g-dongmen-2', 'g-ximen-1'],
    };
    const id = requestId();
    const first = await server.call('account', 'u-admin', 'assignRole', input, id);
    expect(first).toMatchObject({
      ok: true,
      data: {
        user: {
          role: 'gridWorker',
          communityIds: ['c-dongmen', 'c-ximen'],
          gridIds: ['g-dongmen-2', 'g-ximen-1'],
          orgId: null,
        },
      },
    });
    expect(await server.call('account', 'u-admin', 'assignRole', input, id)).toEqual(first);
    expect(await auditAbout(server, 'u-resident-li')).toEqual([
      expect.objectContaining({
        before: { role: 'resident', communityIds: ['c-dongmen'], gridIds: [], orgId: null },
        after: {
          role: 'gridWorker',
          communityIds: ['c-dongmen', 'c-ximen'],
          gridIds: ['g-dongmen-2', 'g-ximen-1'],
          orgId: null,
        },
      }),
    ]);
    const me = await server.act('account', 'u-resident-li', 'me');
    expect(me.user).toMatchObject({ role: 'gridWorker', gridIds: ['g-dongmen-2', 'g-ximen-1'], orgId: null });
  });

  it.each([
    ['street', 's-guhuai', ['c-dongmen', 'c-ximen']],
    ['department', 'dep-zhujian', []],
    ['property', 'pc-xingfu', ['c-dongmen']],
  ])('scopes a %s user by its body %s, with the communities it answers for', async (role, orgId, communityIds) => {
    const server = await seededBackend({ engine });
    const answer = await server.act('account', 'u-admin', 'assignRole', {
      userId: 'u-resident-wang',
      role,
      communityIds: [],
      orgId,
    });
    expect(answer.user).toMatchObject({ role, orgId, gridIds: [], communityIds });
    expect((await server.storage.users.findById('u-resident-wang'))!).toMatchObject({ role, orgId, communityIds });
    const [line] = await auditAbout(server, 'u-resident-wang');
    expect(line.after).toEqual({ role, communityIds, gridIds: [], orgId });
  });

  it.each([
    [{ role: 'gridWorker', communityIds: [], gridIds: ['g-mars'] }, 'gridIds', '网格不存在：g-mars'],
    [{ role: 'gridWorker', communityIds: [] }, 'gridIds', '网格员至少要指定一个网格'],
    [{ role: 'street', communityIds: [], orgId: 's-nowhere' }, 'orgId', '街道不存在：s-nowhere'],
    [{ role: 'street', communityIds: [], orgId: 'dep-chengguan' }, 'orgId', '街道不存在：dep-chengguan'],
    [{ role: 'department', communityIds: [] }, 'orgId', '请选择区直部门'],
    [{ role: 'department', communityIds: [], orgId: 'pc-xingfu' }, 'orgId', '区直部门不存在：pc-xingfu'],
    [{ role: 'property', communityIds: [], orgId: 'pc-nowhere' }, 'orgId', '物业公司不存在：pc-nowhere'],
    [
      { role: 'property', communityIds: ['c-dongmen'], orgId: 'pc-xingfu' },
      'communityIds',
      '该角色的社区由所选网格或单位决定，无需指定',
    ],
    [{ role: 'cadre', communityIds: ['c-dongmen'], gridIds: ['g-dongmen-1'] }, 'gridIds', '只有网格员需要指定网格'],
    [
      { role: 'committee', communityIds: ['c-dongmen'], orgId: 's-guhuai' },
      'orgId',
      '只有街道、区直部门和物业需要指定所属单位',
    ],
  ])('refuses %j with BAD_INPUT on %s, changing nothing', async (input, path, message) => {
    const server = await seededBackend({ engine });
    const before = server.snapshot();
    const answer = await server.call('account', 'u-admin', 'assignRole', { userId: 'u-resident-li', ...input });
    expect(answer).toMatchObject({ ok: false, code: 'BAD_INPUT', message, issues: [{ path, message }] });
    expect(server.snapshot()).toEqual(before);
  });

  it('takes the grids and body away when the user goes back to being a resident', async () => {
    const server = await seededBackend({ engine });
    const back = await server.act('account', 'u-admin', 'assignRole', {
      userId: 'u-property-zheng',
      role: 'resident',
      communityIds: ['c-dongmen'],
    });
    expect(back.user).toMatchObject({ role: 'resident', communityIds: ['c-dongmen'], gridIds: [], orgId: null });
    const [line] = await auditAbout(server, 'u-property-zheng');
    expect(line.before).toEqual({ role: 'property', communityIds: ['c-dongmen'], gridIds: [], orgId: 'pc-xingfu' });
  });

  it('lets a case role pick its home among its communities, and a department any community', async () => {
    const server = await seededBackend({ engine });
    const outside = await server.call('account', 'u-grid-sun', 'updateProfile', {
      name: '孙丽',
      communityId: 'c-ximen',
    });
    expect(outside).toMatchObject({ ok: false, code: 'OUTSIDE_COMMUNITY' });
    const inside = await server.act('account', 'u-grid-sun', 'updateProfile', {
      name: '孙丽',
      communityId: 'c-dongmen',
    });
    expect(inside.user).toMatchObject({
      communityId: 'c-dongmen',
      communityIds: ['c-dongmen'],
      gridIds: ['g-dongmen-1'],
    });
    const department = await server.act('account', 'u-dept-wu', 'updateProfile', {
      name: '吴强',
      communityId: 'c-ximen',
    });
    expect(department.user).toMatchObject({ communityId: 'c-ximen', communityIds: [], orgId: 'dep-chengguan' });
  });
});
