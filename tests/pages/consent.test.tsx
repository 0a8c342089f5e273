import { fireEvent, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CONSENT_WAIT_MS } from '../../src/api/subscribe';
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
import { renderPage, settle, type Backend } from './render';
import { followClock, station, visitsBackend } from './visitsBackend';
import { $, appears, text } from './dom';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

const ask = Taro.requestSubscribeMessage as jest.Mock;
let warn: jest.SpyInstance;

beforeEach(() => {
  resetTaroMock();
  resetNotificationsMock();
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
  delete process.env.TARO_ENV;
});

function typeInto(id: string, value: string) {
  const field = document.querySelector(`#${id} input, input#${id}, textarea#${id}`) as HTMLInputElement;
  fireEvent.change(field, { target: { value } });
  fireEvent.input(field, { target: { value } });
}

/** The templates of this deployment (src/config/subscribeTemplates.json). */
const T = {
  matterProgress: 'local-matter-progress',
  bookingResult: 'local-booking-result',
  visitReminder: 'local-visit-reminder',
  taskReminder: 'local-task-reminder',
};

/** What the server counts: how many messages of each template the user may now receive. */
async function creditsOf(backend: Backend): Promise<Record<string, number>> {
  const envelope = await backend('notification', { action: 'credits', data: {} });
  if (!envelope.ok) throw new Error(envelope.message);
  const { credits } = envelope.data as { credits: { key: string; credits: number }[] };
  return Object.fromEntries(credits.map((c) => [c.key, c.credits]));
}

/** 张桂兰 opens the next visit day, picks the station slot and writes a topic: one tap from booking. */
async function readyToBook(backend?: (server: Awaited<ReturnType<typeof visitsBackend>>) => Backend) {
  const server = await visitsBackend();
  followClock(server.deps);
  const [slot] = await server.publish([station]);
  setRouterParams({ date: server.visitDay });
  const resident = backend ? backend(server) : server.as('u-resident-zhang');
  const page = renderPage(<VisitDayPage />, resident);
  await appears(`#slot-${slot.id}`);
  await settle();
  // Rendering, loading and effects never ask: WeChat would refuse, and nobody tapped anything.
  expect(ask).not.toHaveBeenCalled();
  tap(`#slot-${slot.id}`);
  await appears('#book-form');
  typeInto('book-topic', '楼道灯坏了想当面说');
  expect(ask).not.toHaveBeenCalled();
  return { server, slot, ...page };
}

describe('asking consent for WeChat notices when booking a visit (weapp path)', () => {
  it('asks once, inside the tap on 确认预约, and the booking carries what was accepted', async () => {
    consent.answer = { [T.bookingResult]: 'accept', [T.visitReminder]: 'reject' };
    const { server, calls } = await readyToBook();

    tap('#book-submit');
    // Synchronously within the tap: nothing was awaited before it.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(consent.outsideTap).toBe(0);
    const { tmplIds } = ask.mock.calls[0][0];
    expect(tmplIds).toEqual([T.bookingResult, T.visitReminder]);
    expect(tmplIds.length).toBeLessThanOrEqual(3);

    await appears('#book-result');
    expect(text('#book-result-title')).toBe('预约成功');
    // One call: the consent rides with the booking, and the page shows the day it answered with.
    const book = calls.find((c) => c.event.action === 'book')!;
    expect(book.fn).toBe('visit');
    expect(book.event.data).toMatchObject({ acceptedTemplateIds: [T.bookingResult] });
    expect(book.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    await settle();
    expect(calls.map((c) => c.event.action).slice(calls.indexOf(book))).toEqual(['book']);
    expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ bookingResult: 1, visitReminder: 0 });
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('books all the same when the user refuses: nothing is reported', async () => {
    consent.answer = { [T.bookingResult]: 'reject', [T.visitReminder]: 'reject' };
    const { server, calls } = await readyToBook();
    tap('#book-submit');
    expect(ask).toHaveBeenCalledTimes(1);
    await appears('#book-result');
    expect(text('#book-result-title')).toBe('预约成功');
    await settle();
    expect(calls.some((c) => c.event.action === 'subscribe')).toBe(false);
    expect(calls.find((c) => c.event.action === 'book')!.event.data).not.toHaveProperty('acceptedTemplateIds');
    expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ bookingResult: 0, visitReminder: 0 });
  });

  it('books all the same when WeChat fails to ask (notifications switched off)', async () => {
    consent.answer = 'fail';
    const { server, slot } = await readyToBook();
    tap('#book-submit');
    expect(ask).toHaveBeenCalledTimes(1);
    await appears('#book-result');
    expect(text('#book-result-title')).toBe('预约成功');
    expect(await server.storage.bookings.listBySlot(slot.id)).toHaveLength(1);
    await waitFor(() => expect(warn).toHaveBeenCalled());
  });

  it('waits for the dialog 15 s at most, then books without it and reports the late answer on its own', async () => {
    consent.answer = 'later';
    const { server, slot, calls } = await readyToBook();
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      tap('#book-submit');
      await jest.advanceTimersByTimeAsync(CONSENT_WAIT_MS - 1);
      expect(calls.some((c) => c.event.action === 'book')).toBe(false);
      await jest.advanceTimersByTimeAsync(1);
    } finally {
      jest.useRealTimers();
    }
    await appears('#book-result');
    expect(await server.storage.bookings.listBySlot(slot.id)).toMatchObject([{ residentId: 'u-resident-zhang' }]);
    expect(calls.find((c) => c.event.action === 'book')!.event.data).not.toHaveProperty('acceptedTemplateIds');

    consent.answerLater({ [T.bookingResult]: 'accept' });
    await waitFor(() => expect(calls.some((c) => c.event.action === 'subscribe')).toBe(true));
    expect(calls.find((c) => c.event.action === 'subscribe')!.event.data).toEqual({
      moment: 'booking',
      acceptedTemplateIds: [T.bookingResult],
    });
    expect(await creditsOf(server.as('u-resident-zhang'))).toMatchObject({ bookingResult: 1 });
  });

  it('books all the same when the late report of the consent fails', async () => {
    consent.answer = 'later';
    const { server, slot } = await readyToBook(
      (s) => (fn, event) =>
        event.action === 'subscribe'
          ? { ok: false, code: 'INTERNAL', message: '服务暂时不可用' }
          : s.as('u-resident-zhang')(fn, event),
    );
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      tap('#book-submit');
      await jest.advanceTimersByTimeAsync(CONSENT_WAIT_MS);
    } finally {
      jest.useRealTimers();
    }
    await appears('#book-result');
    consent.answerLater({ [T.bookingResult]: 'accept' });
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(await server.storage.bookings.listBySlot(slot.id)).toHaveLength(1);
  });
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
