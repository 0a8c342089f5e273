import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { CONSENT_WAIT_MS } from '../../src/api/subscribe';
import VisitDayPage from '../../src/packages/resident/visit-day/index';
import { resetTaroMock } from '../support/taroMock';
import { setRouterParams } from './mattersTaroMock';
import { consent, resetNotificationsMock, tap } from './notificationsTaroMock';
import { renderPage, settle, type Backend } from './render';
import { followClock, station, visitsBackend } from './visitsBackend';
import { appears, text, typeInto } from './dom';
import { creditsOf, T } from './consentSteps';

jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());

/** Booking a visit asks WeChat for the booking messages; the consent rides with the booking. */

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
