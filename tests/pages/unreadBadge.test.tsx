import { fireEvent, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { badgeText, unreadMayHaveChanged, UNREAD_FRESH_MS } from '../../src/api/unreadCount';
import { notifyVisitChanged } from '../../src/components/visits/visitEvents';
import HomePage from '../../src/pages/index/index';
import MinePage from '../../src/pages/mine/index';
import { resetTaroMock } from '../support/taroMock';
import { resetNotificationsMock, showPage } from './notificationsTaroMock';
import { renderPage, settle, type Backend } from './render';
import { followClock, station, visitsBackend } from './visitsBackend';
import { $, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
  // The count is kept for the whole app (a module): each test starts without one.
  unreadMayHaveChanged();
});

/** A minute goes by on the phone's clock. */
function aMinuteLater() {
  const later = Date.now() + UNREAD_FRESH_MS;
  jest.spyOn(Date, 'now').mockReturnValue(later);
}
afterEach(() => jest.restoreAllMocks());

const setBadge = Taro.setTabBarBadge as jest.Mock;
const removeBadge = Taro.removeTabBarBadge as jest.Mock;

async function setup() {
  const server = await visitsBackend();
  followClock(server.deps);
  /** 李明 books the 09:00 station slot of the next visit day: one unread 预约成功. */
  async function liBooks() {
    const [slot] = await server.publish([station]);
    await server.book('u-resident-li', slot.id);
  }
  async function markAllRead(userId: string) {
    const envelope = await server.as(userId)('notification', {
      action: 'markAllRead',
      data: {},
      requestId: 'mark-all-read-0001',
    });
    if (!envelope.ok) throw new Error(envelope.message);
  }
  return { ...server, liBooks, markAllRead };
}

describe('the unread count on the 我的 tab (jsdom, real services over SQLite)', () => {
  it('shows the count once signed in, on the badge and the 消息 cell, and removes it at 0', async () => {
    const server = await setup();
    await server.liBooks();
    renderPage(<MinePage />, server.as('u-resident-li'));

    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: 3, text: '1' }));
    await waitFor(() => expect(text('#mine-messages-count')).toBe('1条未读'));

    fireEvent.click($('#mine-messages'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/messages/index' });

    // Read elsewhere (another phone); back on 我的 a minute later the count is asked again.
    await server.markAllRead('u-resident-li');
    aMinuteLater();
    showPage();
    await waitFor(() => expect(removeBadge).toHaveBeenCalledWith({ index: 3 }));
    await waitFor(() => expect(text('#mine-messages-count')).toBe('查看'));
  });

  it('is asked again when a tab shows after a change of their own or a minute on, not on every show', async () => {
    const server = await setup();
    const { calls } = renderPage(<HomePage />, server.as('u-resident-li'));
    await waitFor(() => expect(removeBadge).toHaveBeenCalledWith({ index: 3 }));
    const asked = () => calls.filter((c) => c.fn === 'notification' && c.event.action === 'unreadCount').length;
    expect(asked()).toBe(1);

    // Switching tabs within the minute costs no call.
    showPage();
    await settle();
    expect(asked()).toBe(1);

    // The person booked (the visit-day page reports it): the next tab shown asks.
    await server.liBooks();
    notifyVisitChanged();
    showPage();
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: 3, text: '1' }));
    expect(asked()).toBe(2);

    aMinuteLater();
    showPage();
    await waitFor(() => expect(asked()).toBe(3));
  });

  it('says 99+ above 99', async () => {
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');

    const server = await setup();
    const at = server.deps.clock.now();
    const entries = Array.from({ length: 120 }, (_, i) => ({
      id: `n-many-${String(i).padStart(3, '0')}`,
      userId: 'u-resident-li',
      kind: 'official_reply' as const,
      refType: 'matter' as const,
      refId: 'm-none',
      title: `第${i + 1}条回复`,
      text: '社区对您关注的说事作了回复，点开查看。',
      createdAt: at + i,
      readAt: null,
    }));
    await server.storage.notifications.record(entries, []);
    renderPage(<MinePage />, server.as('u-resident-li'));
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: 3, text: '99+' }));
    await waitFor(() => expect(text('#mine-messages-count')).toBe('99+条未读'));
  });

  it('asks nothing while signed out', async () => {
    const server = await setup();
    const signedOut: Backend = (fn, event) =>
      fn === 'notification'
        ? server.as('u-resident-li')(fn, event)
        : { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' };
    const { calls } = renderPage(<MinePage />, signedOut);
    await waitFor(() => expect(calls.some((c) => c.event.action === 'login')).toBe(true));
    showPage();
    await settle();
    expect(calls.filter((c) => c.fn === 'notification')).toEqual([]);
    expect(setBadge).not.toHaveBeenCalled();
    expect(removeBadge).not.toHaveBeenCalled();
  });
});

describe('a tab switch asks for the unread count once', () => {
  beforeEach(() => {
    resetTaroMock();
    resetNotificationsMock();
    unreadMayHaveChanged();
  });

  it('two tab pages shown at the same moment after a change share one question', async () => {
    const server = await setup();
    const { calls } = renderPage(
      <>
        <HomePage />
        <MinePage />
      </>,
      server.as('u-resident-li'),
    );
    await waitFor(() => expect(removeBadge).toHaveBeenCalled());
    await settle();
    const asked = () => calls.filter((c) => c.fn === 'notification' && c.event.action === 'unreadCount').length;
    expect(asked()).toBe(1);

    await server.liBooks();
    notifyVisitChanged();
    showPage();
    await waitFor(() => expect(setBadge).toHaveBeenCalledWith({ index: 3, text: '1' }));
    await settle();
    expect(asked()).toBe(2);
  });
});
