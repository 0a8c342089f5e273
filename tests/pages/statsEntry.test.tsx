import Taro from '@tarojs/taro';
import HomePage from '../../src/pages/index/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { resetNotificationsMock } from './notificationsTaroMock';
import { renderPage } from './render';
import { appears, click } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});

describe('数据看板 from the homes (jsdom)', () => {
  it.each(['u-committee-chen', 'u-street-zhou', 'u-cadre-liu'])('%s opens it in one tap from home', async (userId) => {
    const server = await seededBackend();
    renderPage(<HomePage />, server.as(userId));
    await appears('#entry-stats');
    click('#entry-stats');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/stats/dashboard/index' });
  });

  it('a resident’s home has no such tile', async () => {
    const server = await seededBackend();
    renderPage(<HomePage />, server.as('u-resident-zhang'));
    await appears('#home-greeting');
    expect(document.querySelector('#entry-stats')).toBeNull();
  });
});
