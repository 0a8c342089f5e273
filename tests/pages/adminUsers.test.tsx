import { waitFor } from '@testing-library/react';
import AdminUsersPage from '../../src/packages/admin/users/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { $, appears, click, text, typeInto } from './dom';
import { renderPage } from './render';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

async function open() {
  const server = await seededBackend();
  const page = renderPage(<AdminUsersPage />, server.as('u-admin'));
  await appears('#user-u-resident-li');
  return { server, ...page };
}

const listed = () => [...document.querySelectorAll('.admin-user')].map((row) => row.id);

describe('用户与角色 (jsdom, real services over SQLite)', () => {
  it('asks before a role change, saying who becomes what and what it grants; 取消 changes nothing', async () => {
    const { server, calls } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click('#role-cadre');
    click('#role-save');

    const dialog = await appears('#role-confirm');
    expect(document.body.textContent).toContain('将 李明 设为 民情书记？');
    expect(dialog.textContent).toContain('他将能发布接访时段，看到预约居民的联系方式');
    expect(dialog.textContent).toContain('东门社区');
    click('#role-confirm-cancel');
    await waitFor(() => expect(document.querySelector('#role-confirm')).toBeNull());
    expect(calls.some((c) => c.event.action === 'assignRole')).toBe(false);
    expect((await server.storage.users.findById('u-resident-li'))?.role).toBe('resident');
    // The editor keeps the choice: the admin may confirm after all.
    expect($('#role-editor')).toBeTruthy();
  });

  it('sends the change once on 确认设置 and lists the user in the new role', async () => {
    const { server, calls } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click('#role-committee');
    click('#role-save');
    await appears('#role-confirm');
    expect(document.body.textContent).toContain('他将能审核说事和评论、召集协商，看到本社区居民的联系方式');
    click('#role-confirm-ok');
    await waitFor(() => expect(document.querySelector('#role-editor')).toBeNull());
    const assigned = calls.filter((c) => c.event.action === 'assignRole');
    expect(assigned).toHaveLength(1);
    expect(assigned[0].event.data).toMatchObject({ userId: 'u-resident-li', role: 'committee' });
    expect((await server.storage.users.findById('u-resident-li'))?.role).toBe('committee');
    await waitFor(() => expect(text('#user-u-resident-li')).toContain('社区居委会'));
  });

  it('saves nothing and asks nothing when nothing changed', async () => {
    const { calls } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click('#role-save');
    await waitFor(() => expect(document.querySelector('#role-editor')).toBeNull());
    expect(document.querySelector('#role-confirm')).toBeNull();
    expect(calls.some((c) => c.event.action === 'assignRole')).toBe(false);
  });

  it('searches the server by part of a name or the last digits of a phone', async () => {
    const { calls } = await open();
    expect(listed().length).toBeGreaterThan(3);
    expect(text('#user-u-resident-li')).toContain('139****2345');

    typeInto('user-search', '张');
    click('#user-search-go');
    await waitFor(() => expect(listed()).toEqual(['user-u-resident-zhang']));
    expect(calls.at(-1)?.event.data).toMatchObject({ search: '张' });

    typeInto('user-search', '2345');
    click('#user-search-go');
    await waitFor(() => expect(listed()).toEqual(['user-u-resident-li']));

    typeInto('user-search', '没有这个人');
    click('#user-search-go');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('没有找到“没有这个人”');
  });

  it('links to 审计记录', async () => {
    await open();
    click('#open-audit');
    const Taro = jest.requireMock('@tarojs/taro').default;
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/audit/index' });
  });
});

describe('用户与角色: 街呼区应’s roles with their grids or body (jsdom, real services over SQLite)', () => {
  it('makes 李明 a grid worker of two grids: picks them, confirms them by name, and the row shows them', async () => {
    const { server, calls } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click('#role-gridWorker');
    // Grids instead of communities, each named with its community.
    expect(document.querySelector('#assign-community-c-dongmen')).toBeNull();
    expect(text('#assign-grid-g-ximen-1')).toBe('西门第一网格（西门社区）');
    click('#assign-grid-g-dongmen-2');
    click('#assign-grid-g-ximen-1');
    click('#role-save');
    await appears('#role-confirm');
    expect(document.body.textContent).toContain('将 李明 设为 网格员？');
    expect(text('#role-confirm-scope')).toBe('负责网格：东门第二网格、西门第一网格');
    click('#role-confirm-ok');
    await waitFor(() => expect(document.querySelector('#role-editor')).toBeNull());
    const [sent] = calls.filter((c) => c.event.action === 'assignRole');
    expect(sent.event.data).toEqual({
      userId: 'u-resident-li',
      role: 'gridWorker',
      communityIds: [],
      gridIds: ['g-dongmen-2', 'g-ximen-1'],
      orgId: null,
    });
    expect(await server.storage.users.findById('u-resident-li')).toMatchObject({
      role: 'gridWorker',
      communityIds: ['c-dongmen', 'c-ximen'],
    });
    await waitFor(() =>
      expect(text('#user-u-resident-li')).toContain('东门第二网格、西门第一网格 · 东门社区、西门社区'),
    );
  });

  it.each([
    ['street', 'assign-org-s-guhuai', '街道：古槐街道'],
    ['department', 'assign-org-dep-jiaojing', '部门：区公安分局交警大队'],
    ['property', 'assign-org-pc-xingfu', '物业公司：幸福物业；管理小区：幸福小区、槐荫苑'],
  ])('assigns a %s user to one body picked from the directory', async (role, choice, scope) => {
    const { server } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click(`#role-${role}`);
    click(`#${choice}`);
    click('#role-save');
    await appears('#role-confirm');
    expect(text('#role-confirm-scope')).toBe(scope);
    click('#role-confirm-ok');
    await waitFor(() => expect(document.querySelector('#role-editor')).toBeNull());
    expect(await server.storage.users.findById('u-resident-li')).toMatchObject({ role, orgId: choice.slice(11) });
  });

  it('asks for the body or grids before saving, and sends nothing without them', async () => {
    const { calls } = await open();
    click('#user-u-resident-li');
    await appears('#role-editor');
    click('#role-department');
    expect(text('#role-scope-missing')).toBe('请选择区直部门');
    click('#role-save');
    click('#role-gridWorker');
    expect(text('#role-scope-missing')).toBe('请至少选择一个网格');
    click('#role-save');
    expect(document.querySelector('#role-confirm')).toBeNull();
    click('#assign-grid-g-dongmen-1');
    expect(document.querySelector('#role-scope-missing')).toBeNull();
    expect(calls.some((c) => c.event.action === 'assignRole')).toBe(false);
  });

  it('lists the seeded case roles with their scope', async () => {
    await open();
    await appears('#user-u-dept-wu');
    expect(text('#user-u-dept-wu')).toContain('区城管局');
    expect(text('#user-u-property-zheng')).toContain('幸福物业 · 幸福小区、槐荫苑');
  });
});
