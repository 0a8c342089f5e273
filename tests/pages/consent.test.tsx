import { fireEvent, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ConsentSheet } from '../../src/components/notifications/ConsentSheet';
import FollowUpsPage from '../../src/packages/cadre/followups/index';
import ManagePage from '../../src/packages/committee/manage/index';
import MatterNewPage from '../../src/packages/resident/matter-new/index';
import MatterPage from '../../src/packages/resident/matter/index';
import VisitDayPage from '../../src/packages/resident/visit-day/index';
import { resetTaroMock } from '../support/taroMock';
import { committeeBackend } from './committeeBackend';
import { mattersBackend } from './mattersBackend';
import { setRouterParams } from './mattersTaroMock';
import { consent, resetNotificationsMock, tap } from './notificationsTaroMock';
import { renderPage, settle } from './render';
import { followClock, station, visitsBackend } from './visitsBackend';
import { $, appears, text, typeInto } from './dom';
import { creditsOf, T } from './consentSteps';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

const ask = Taro.requestSubscribeMessage as jest.Mock;

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  delete process.env.TARO_ENV;
});

describe('asking consent around matters', () => {
  it('raising a matter asks for 事项进度通知, only once the form is valid', async () => {
    consent.answer = { [T.matterProgress]: 'accept' };
    const server = await mattersBackend();
    const { calls } = renderPage(<MatterNewPage />, server.as('u-resident-zhang'));
    await appears('#raise-form');
    await settle();
    expect(ask).not.toHaveBeenCalled();

    tap('#raise-submit');
    await appears('#raise-error');
    expect(ask).not.toHaveBeenCalled();

    tap('#category-parking');
    typeInto('matter-title', '3号楼前晚上乱停车');
    typeInto('matter-body', '每天晚上3号楼前停满了车，消防通道被堵住，老人出门很不方便。');
    tap('#raise-submit');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0][0].tmplIds).toEqual([T.matterProgress]);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    // The consent rides with the raise: no call of its own.
    expect(calls.find((c) => c.event.action === 'raise')!.event.data).toMatchObject({
      acceptedTemplateIds: [T.matterProgress],
    });
    expect(calls.some((c) => c.event.action === 'subscribe')).toBe(false);
    expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ matterProgress: 1 });
    expect(consent.outsideTap).toBe(0);
  });

  it('supporting and following ask; taking them back does not', async () => {
    consent.answer = { [T.matterProgress]: 'accept' };
    const server = await mattersBackend();
    const id = await server.publish('u-resident-li', '3号楼前乱停车');
    setRouterParams({ id });
    renderPage(<MatterPage />, server.as('u-resident-zhang'));
    await appears('#support-button');
    await settle();
    expect(ask).not.toHaveBeenCalled();

    tap('#support-button');
    expect(ask).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(text('#support-count')).toBe('1'));
    tap('#support-button');
    await waitFor(() => expect(text('#support-count')).toBe('0'));
    expect(ask).toHaveBeenCalledTimes(1);

    tap('#follow-button');
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask.mock.calls[1][0].tmplIds).toEqual([T.matterProgress]);
    await waitFor(() => expect(text('#follow-button')).toContain('取消关注'));
    await waitFor(async () =>
      expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ matterProgress: 2 }),
    );
    expect(consent.outsideTap).toBe(0);
  });
});

describe('开启微信提醒 for staff', () => {
  it('cadre follow-ups: one tap asks for the staff templates and shows the credits', async () => {
    consent.answer = { [T.taskReminder]: 'accept', [T.matterProgress]: 'accept' };
    const server = await committeeBackend();
    renderPage(<FollowUpsPage />, server.as('u-cadre-liu'));
    await appears('#wechat-reminder-credits');
    await settle();
    expect(ask).not.toHaveBeenCalled();
    expect(text('#wechat-reminder-credits')).toBe('还能收到：事项进度通知0条，待办事项提醒0条');

    tap('#wechat-reminder-enable');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0][0].tmplIds).toEqual([T.taskReminder, T.matterProgress]);
    await waitFor(() => expect(text('#wechat-reminder-result')).toBe('已开启，有到期的待办会发到您的微信'));
    expect(text('#wechat-reminder-credits')).toBe('还能收到：事项进度通知1条，待办事项提醒1条');
    expect(await creditsOf(server.as('u-cadre-liu'))).toMatchObject({ taskReminder: 1, matterProgress: 1 });
  });

  it('committee control panel: the same button, and a refusal is said plainly', async () => {
    consent.answer = { [T.taskReminder]: 'reject', [T.matterProgress]: 'reject' };
    const server = await committeeBackend();
    const id = await server.raise('u-resident-zhang', '3号楼前乱停车');
    (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
      router: { path: '/packages/committee/manage/index', params: { id } },
    });
    renderPage(<ManagePage />, server.as('u-committee-chen'));
    await appears('#wechat-reminder-enable');
    await settle();
    expect(ask).not.toHaveBeenCalled();
    tap('#wechat-reminder-enable');
    expect(ask).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(text('#wechat-reminder-result')).toBe('没有开启。需要时可以再点一次'));
    expect(await creditsOf(server.as('u-committee-chen'))).toMatchObject({ taskReminder: 0 });
  });
});

describe('h5: the stand-in consent sheet', () => {
  it('opens instead of WeChat’s dialog; 允许 sends the ticked templates with the booking', async () => {
    process.env.TARO_ENV = 'h5';
    const server = await visitsBackend();
    followClock(server.deps);
    const [slot] = await server.publish([station]);
    setRouterParams({ date: server.visitDay });
    const { calls } = renderPage(
      <>
        <VisitDayPage />
        <ConsentSheet />
      </>,
      server.as('u-resident-zhang'),
    );
    await appears(`#slot-${slot.id}`);
    await settle();
    expect(document.querySelector('#consent-sheet')).toBeNull();
    tap(`#slot-${slot.id}`);
    await appears('#book-form');
    typeInto('book-topic', '楼道灯坏了想当面说');

    tap('#book-submit');
    await appears('#consent-sheet');
    expect(ask).not.toHaveBeenCalled();
    expect(text('#consent-sheet')).toContain('民情通 申请');
    expect(text(`#consent-template-${T.bookingResult}`)).toContain('预约结果通知');
    expect(text(`#consent-template-${T.visitReminder}`)).toContain('预约提醒');
    // The booking waits for the answer (CONSENT_WAIT_MS at most), to carry it.
    expect(calls.some((c) => c.event.action === 'book')).toBe(false);

    fireEvent.click($(`#consent-template-${T.visitReminder}`));
    expect($(`#consent-template-${T.visitReminder}`).getAttribute('aria-checked')).toBe('false');
    fireEvent.click($('#consent-allow'));
    await waitFor(() => expect(document.querySelector('#consent-sheet')).toBeNull());
    await appears('#book-result');
    expect(calls.find((c) => c.event.action === 'book')!.event.data).toMatchObject({
      acceptedTemplateIds: [T.bookingResult],
    });
    expect(calls.some((c) => c.event.action === 'subscribe')).toBe(false);
    expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ bookingResult: 1, visitReminder: 0 });
  });

  it('取消 reports nothing', async () => {
    process.env.TARO_ENV = 'h5';
    const server = await committeeBackend();
    const { calls } = renderPage(
      <>
        <FollowUpsPage />
        <ConsentSheet />
      </>,
      server.as('u-cadre-liu'),
    );
    await appears('#wechat-reminder-enable');
    tap('#wechat-reminder-enable');
    await appears('#consent-sheet');
    expect(text('#consent-sheet')).toContain('待办事项提醒');
    fireEvent.click($('#consent-cancel'));
    await waitFor(() => expect(text('#wechat-reminder-result')).toBe('没有开启。需要时可以再点一次'));
    expect(calls.some((c) => c.event.action === 'subscribe')).toBe(false);
  });

  it('is dismissed when someone else signs in (the dev-login page), as a refusal', async () => {
    process.env.TARO_ENV = 'h5';
    const server = await committeeBackend();
    const { calls } = renderPage(
      <>
        <FollowUpsPage />
        <ConsentSheet />
      </>,
      server.as('u-cadre-liu'),
    );
    await appears('#wechat-reminder-enable');
    tap('#wechat-reminder-enable');
    await appears('#consent-sheet');
    window.location.hash = '#/pages/dev-login/index';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(document.querySelector('#consent-sheet')).toBeNull());
    await waitFor(() => expect(text('#wechat-reminder-result')).toBe('没有开启。需要时可以再点一次'));
    expect(calls.some((c) => c.event.action === 'subscribe')).toBe(false);
    window.location.hash = '';
  });
});
