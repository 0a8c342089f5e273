import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { shanghaiWallClockToMs } from '@domain/time';
import MyVisitsPage from '../../src/packages/resident/my-visits/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears } from './dom';
import { setRouterParams } from './mattersTaroMock';
import { DAYS, setup } from './messagesScene';
import { resetNotificationsMock } from './notificationsTaroMock';
import { renderPage } from './render';

// Moved unchanged from messages.test.tsx: where a booking message leads.
jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
});
afterEach(() => jest.restoreAllMocks());

describe('the page a booking message opens', () => {
  it('marks the booking on 我的约见 and scrolls to it', async () => {
    const server = await setup();
    await server.liBooks(DAYS[0], '第一件事想当面说');
    const booking = await server.liBooks(DAYS[1], '第二件事想当面说');
    setRouterParams({ bookingId: booking.id });
    renderPage(<MyVisitsPage />, server.as('u-resident-li'));
    await appears(`#my-visit-${booking.id}`);
    expect($(`#my-visit-${booking.id}`).getAttribute('data-highlight')).toBe('yes');
    expect(document.querySelectorAll('[data-highlight="yes"]')).toHaveLength(1);
    await waitFor(() =>
      expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: `#my-visit-${booking.id}`, duration: 300 }),
    );
  });

  it('looks among the past visits when the booking is no longer coming', async () => {
    const server = await setup();
    const booking = await server.liBooks(DAYS[0], '第一件事想当面说');
    server.setTime(shanghaiWallClockToMs('2026-12-06', '10:00'));
    setRouterParams({ bookingId: booking.id });
    renderPage(<MyVisitsPage />, server.as('u-resident-li'));
    await appears(`#my-visit-${booking.id}`);
    expect($('#visits-when-past').getAttribute('aria-checked')).toBe('true');
    expect($(`#my-visit-${booking.id}`).getAttribute('data-highlight')).toBe('yes');
  });
});
