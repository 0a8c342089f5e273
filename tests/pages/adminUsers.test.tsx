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
