import { cleanup } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import ProfilePage from '../../src/packages/resident/profile/index';
import MattersPage from '../../src/pages/matters/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { resetNotificationsMock } from './notificationsTaroMock';
import { renderPage, settle } from './render';
import { appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});

describe('the homes of 街呼区应’s roles: their case tools as the role allows, and their scope (jsdom)', () => {
  it.each([
    [
      'u-grid-sun',
      '孙丽',
      '网格员',
      ['case-inbox', 'case-verify', 'case-report', 'entry-order-for'],
      ['负责网格：东门第一网格', '所在社区：东门社区'],
      '网格员 · 任城区 · 古槐街道 · 东门社区',
    ],
    [
      'u-street-zhou',
      '周涛',
      '街道',
      ['case-inbox', 'case-supervision', 'case-routing', 'entry-stats'],
      ['街道：古槐街道', '下辖社区：东门社区、西门社区'],
      '街道 · 古槐街道',
    ],
    ['u-dept-wu', '吴强', '区直部门', ['case-inbox'], ['部门：区城管局'], '区直部门 · 区城管局'],
    [
      'u-property-zheng',
      '郑红',
      '物业',
      ['case-inbox'],
      ['物业公司：幸福物业', '管理小区：幸福小区、槐荫苑'],
      '物业 · 幸福物业',
    ],
  ])('%s', async (userId, name, label, tools, lines, placeLine) => {
    const server = await seededBackend();
    const page = renderPage(<HomePage />, server.as(userId));
    await appears('#case-role-home');
    expect(text('#home-greeting')).toBe(`${name}，您好`);
    // The body a case role acts for, not the first community it covers.
    await appears('.home-hero__place:not(:empty)');
    expect(text('.home-hero__place')).toBe(placeLine);
    expect(text('#case-role-home')).toContain(`${label}工作台`);
    const tiles = [...document.querySelectorAll('#case-role-home .mq-home-entry')].map((el) => el.id);
    expect(tiles).toEqual([...tools, 'case-role-scope-link']);
    click('#case-inbox');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/cases/inbox/index' });
    // The scope is one tap away, on 个人资料 (a subpackage: the home stays small in the main package).
    click('#case-role-scope-link');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/profile/index' });
    // No resident entries and no other role's workbench, and no home call it cannot answer.
    expect(document.body.textContent).not.toContain('民意5来听');
    expect(document.querySelector('#committee-workbench, #cadre-workbench, #admin-home')).toBeNull();
    await settle();
    expect(page.calls.filter((c) => c.fn === 'home')).toEqual([]);
    cleanup();
    renderPage(<ProfilePage />, server.as(userId));
    await appears('#case-role-scope');
    const shown = [...document.querySelectorAll('#case-role-scope .mq-text')].map((el) => el.textContent);
    expect(shown).toEqual(lines);
  });
});

describe('the 说事 tab for a department (jsdom)', () => {
  it('says a department does not read by community, instead of asking for a community it cannot have', async () => {
    const server = await seededBackend();
    renderPage(<MattersPage />, server.as('u-dept-wu'));
    await appears('#state-empty');
    expect(document.body.textContent).toContain('区直部门不按社区查看');
    expect(document.body.textContent).not.toContain('还没有为您指定负责的社区');
  });

  it('shows a street user the matters of its communities like other staff', async () => {
    const server = await seededBackend();
    renderPage(<MattersPage />, server.as('u-street-zhou'));
    await settle();
    expect(document.body.textContent).not.toContain('还没有为您指定负责的社区');
  });
});
