import { seededBackend } from '../support/seededBackend';
import { contextFor, requestId } from '../support/testDeps';

async function setup() {
  const server = await seededBackend();
  const as =
    (userId: string) =>
    (action: string, data: unknown = {}) =>
      server.call('account', userId, action, data);
  return { ...server, handler: server.handlers.account, as };
}

describe('account.login', () => {
  it('creates a resident on the first call from a new OPENID, and finds it afterwards', async () => {
    const { handler } = await setup();
    const ctx = contextFor('wx-first-timer');
    const first = await handler({ action: 'login', data: {}, requestId: requestId() }, ctx);
    expect(first).toMatchObject({
      ok: true,
      data: {
        isNew: true,
        user: { role: 'resident', name: '', communityId: null, profileComplete: false, elderMode: 'auto' },
      },
    });
    const second = await handler({ action: 'login', data: {}, requestId: requestId() }, ctx);
    expect(second).toMatchObject({ ok: true, data: { isNew: false } });
    if (!first.ok || !second.ok) throw new Error('expected ok');
    expect((second.data as { user: { id: string } }).user.id).toBe((first.data as { user: { id: string } }).user.id);
  });
});

describe('account.updateProfile', () => {
  it('saves name, community, grid, compound, building and phone', async () => {
    const { as } = await setup();
    const result = await as('u-resident-new')('updateProfile', {
      name: ' 孙大爷 ',
      communityId: 'c-dongmen',
      gridId: 'g-dongmen-2',
      compoundId: 'p-gulou',
      building: '5号楼1单元101',
      phone: '13912345678',
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        user: {
          name: '孙大爷',
          communityId: 'c-dongmen',
          communityIds: ['c-dongmen'],
          gridId: 'g-dongmen-2',
          compoundId: 'p-gulou',
          building: '5号楼1单元101',
          phone: '13912345678',
          profileComplete: true,
        },
      },
    });
  });

  it('fills the grid from the compound when only the compound is chosen', async () => {
    const { as } = await setup();
    const result = await as('u-resident-new')('updateProfile', {
      name: '孙大爷',
      communityId: 'c-ximen',
      compoundId: 'p-taibai',
    });
    expect(result).toMatchObject({ ok: true, data: { user: { gridId: 'g-ximen-2', compoundId: 'p-taibai' } } });
  });

  it.each([
    [{ name: '孙大爷', communityId: 'c-nowhere' }, 'communityId', '请选择有效的社区'],
    [{ name: '孙大爷', communityId: 'c-dongmen', gridId: 'g-ximen-1' }, 'gridId', '所选网格不属于该社区'],
    [{ name: '孙大爷', communityId: 'c-dongmen', compoundId: 'p-yunhe' }, 'compoundId', '所选小区不属于该社区'],
    [
      { name: '孙大爷', communityId: 'c-dongmen', gridId: 'g-dongmen-2', compoundId: 'p-xingfu' },
      'compoundId',
      '所选小区不属于该网格',
    ],
    [{ name: '孙大爷', communityId: 'c-dongmen', phone: '1381234567' }, 'phone', '请填写11位手机号码'],
    [{ name: 'x'.repeat(21), communityId: 'c-dongmen' }, 'name', '姓名最多20个字'],
    [{ name: '<script>', communityId: 'c-dongmen' }, 'name', '姓名不能包含特殊符号'],
  ])('refuses %j with a message on %s and changes nothing', async (data, path, message) => {
    const { as, snapshot } = await setup();
    const before = snapshot();
    const result = await as('u-resident-new')('updateProfile', data);
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    if (result.ok) throw new Error('expected an error');
    expect(result.issues).toContainEqual({ path, message });
    expect(snapshot()).toEqual(before);
  });

  it('lets staff choose a home only among the communities an admin assigned', async () => {
    const { as } = await setup();
    const refused = await as('u-committee-chen')('updateProfile', { name: '陈秀英', communityId: 'c-ximen' });
    expect(refused).toMatchObject({ ok: false, code: 'OUTSIDE_COMMUNITY' });
    const cadre = await as('u-cadre-liu')('updateProfile', { name: '刘建国', communityId: 'c-ximen' });
    expect(cadre).toMatchObject({
      ok: true,
      data: { user: { communityId: 'c-ximen', communityIds: ['c-dongmen', 'c-ximen'] } },
    });
  });
});

describe('account.setPreferences', () => {
  it('keeps the elder mode choice', async () => {
    const { as } = await setup();
    await as('u-resident-li')('setPreferences', { elderMode: 'on' });
    expect(await as('u-resident-li')('me')).toMatchObject({ data: { user: { elderMode: 'on' } } });
    expect(await as('u-resident-li')('setPreferences', { elderMode: 'loud' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '长辈模式设置无效',
    });
  });
});

describe('account.directory', () => {
  it('lists the district, street, communities, grids and compounds', async () => {
    const { as } = await setup();
    const result = await as('u-resident-zhang')('directory');
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) throw new Error('expected ok');
    const directory = result.data as { communities: { name: string }[]; grids: unknown[]; compounds: unknown[] };
    expect(directory.communities.map((c) => c.name)).toEqual(['东门社区', '西门社区']);
    expect(directory.grids).toHaveLength(4);
    expect(directory.compounds).toHaveLength(5);
  });
});

describe('account admin actions', () => {
  it('assigns a role and communities, and writes the before/after to the audit log', async () => {
    const { as, deps } = await setup();
    const assigned = await as('u-admin')('assignRole', {
      userId: 'u-resident-li',
      role: 'cadre',
      communityIds: ['c-dongmen', 'c-ximen', 'c-dongmen'],
    });
    expect(assigned).toMatchObject({
      ok: true,
      data: { user: { role: 'cadre', communityIds: ['c-dongmen', 'c-ximen'] } },
    });
    const audit = await as('u-admin')('listAudit', { limit: 5 });
    expect(audit).toMatchObject({
      ok: true,
      data: {
        items: [
          {
            actorId: 'u-admin',
            action: 'account.assignRole',
            targetId: 'u-resident-li',
            before: { role: 'resident', communityIds: ['c-dongmen'] },
            after: { role: 'cadre', communityIds: ['c-dongmen', 'c-ximen'] },
            at: deps.clock.now(),
          },
        ],
        nextCursor: null,
      },
    });
  });

  it('refuses staff without a community, residents with two, unknown communities and users', async () => {
    const { as } = await setup();
    const admin = as('u-admin');
    expect(await admin('assignRole', { userId: 'u-resident-li', role: 'committee', communityIds: [] })).toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(
      await admin('assignRole', { userId: 'u-resident-li', role: 'resident', communityIds: ['c-dongmen', 'c-ximen'] }),
    ).toMatchObject({ code: 'BAD_INPUT' });
    expect(
      await admin('assignRole', { userId: 'u-resident-li', role: 'cadre', communityIds: ['c-mars'] }),
    ).toMatchObject({
      code: 'BAD_INPUT',
    });
    expect(await admin('assignRole', { userId: 'u-ghost', role: 'cadre', communityIds: ['c-dongmen'] })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await admin('assignRole', { userId: 'u-admin', role: 'resident', communityIds: ['c-dongmen'] }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('lists users by role and community with masked phones, page by page', async () => {
    const { as } = await setup();
    const committee = await as('u-admin')('listUsers', { role: 'committee' });
    expect(committee).toMatchObject({
      ok: true,
      data: {
        items: [{ id: 'u-committee-zhao', maskedPhone: '134****6789' }, { id: 'u-committee-chen' }],
        nextCursor: null,
      },
    });
    expect(JSON.stringify(committee)).not.toContain('13405376789');
    const first = await as('u-admin')('listUsers', { communityId: 'c-dongmen', limit: 2 });
    if (!first.ok) throw new Error('expected ok');
    const firstPage = first.data as { items: { id: string }[]; nextCursor: string };
    expect(firstPage.items.map((u) => u.id)).toEqual(['u-committee-chen', 'u-cadre-liu']);
    const second = await as('u-admin')('listUsers', {
      communityId: 'c-dongmen',
      limit: 2,
      cursor: firstPage.nextCursor,
    });
    expect(second).toMatchObject({ data: { items: [{ id: 'u-resident-li' }, { id: 'u-resident-zhang' }] } });
    expect(await as('u-admin')('listUsers', { cursor: 'garbage' })).toMatchObject({ code: 'BAD_INPUT' });
  });
});
