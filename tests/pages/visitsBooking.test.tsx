import { waitFor } from '@testing-library/react';
import VisitDayPage from '../../src/packages/resident/visit-day/index';
import { resetTaroMock } from '../support/taroMock';
import { setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';
import { setup, openDay } from './visitDaySteps';
import { home, station } from './visitsBackend';
import { $, appears, click, text, typeInto, valueOf } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

/** Waits until the selector matches (waitFor retries only when the callback throws). */
const gone = (selector: string) => waitFor(() => expect(document.querySelector(selector)).toBeNull());

describe('booking a visit on a visit day (jsdom, real services over SQLite)', () => {
  it('shows the day’s slots, books one with a topic and says 预约成功', async () => {
    const server = await setup();
    expect(server.visitDay).toBe('2026-12-05');
    const [slot, homeSlot] = await server.publish([station, home]);
    const { calls } = await openDay(server, 'u-resident-zhang');

    expect(text('#visit-day-date')).toBe('12月5日 周六');
    expect(text('#booking-deadline')).toBe('12月4日 18:00 截止预约');
    const card = text(`#slot-${slot.id}`);
    for (const part of ['09:00–11:00', '红帆驿站', '刘建国', '东门社区红帆驿站', '剩余2个名额']) {
      expect(card).toContain(part);
    }
    expect(text(`#slot-${homeSlot.id}`)).toContain('入户走访');
    expect(text(`#slot-${homeSlot.id}`)).toContain('剩余3个名额');

    click(`#slot-${slot.id}`);
    await appears('#book-form');
    // The phone comes from the profile; a talk at the station needs no address.
    expect(valueOf('book-phone')).toBe('13805371234');
    expect(document.querySelector('#book-address')).toBeNull();

    click('#book-submit');
    expect(await waitFor(() => text('#book-error'))).toBe('请写下想说的事，至少2个字');
    expect(calls.some((c) => c.event.action === 'book')).toBe(false);

    typeInto('book-topic', '楼道灯坏了半个月，想当面说说');
    click('#book-submit');
    await appears('#book-result');
    expect(text('#book-result-title')).toBe('预约成功');
    const book = calls.find((c) => c.event.action === 'book')!;
    expect(book.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    // The slot's date goes along, so the server reads the slot with the rest of its day.
    expect(book.event.data).toEqual({
      slotId: slot.id,
      date: slot.date,
      topic: '楼道灯坏了半个月，想当面说说',
      address: '',
      phone: '13805371234',
    });

    await appears('#my-booking');
    expect(text('#my-booking-state')).toBe('已预约');
    expect(text('#my-booking')).toContain('楼道灯坏了半个月，想当面说说');
    expect($(`#slot-${slot.id}`).className).toContain('mq-slot--mine');
    await waitFor(() => expect(text(`#slot-${slot.id}-seats`)).toBe('剩余1个名额'));
    expect(document.querySelector('#cancel-booking')).not.toBeNull();
    expect(document.querySelector('#reschedule-booking')).not.toBeNull();
    // One booking per day: the other slots are no longer offered.
    expect(document.querySelector('.visit-day-book')).toBeNull();
    const stored = await server.storage.bookings.listBySlot(slot.id);
    expect(stored).toMatchObject([{ residentId: 'u-resident-zhang', state: 'booked' }]);
  });

  it('asks for the address of a home visit, prefilled from the profile', async () => {
    const server = await setup();
    const [, homeSlot] = await server.publish([station, home]);
    await openDay(server, 'u-resident-li');
    click(`#slot-${homeSlot.id}`);
    await appears('#book-form');
    expect(valueOf('book-address')).toBe('鼓楼家园8号楼1单元302');
    expect(valueOf('book-phone')).toBe('13905372345');

    typeInto('book-topic', '想请书记上门看看漏水');
    typeInto('book-address', '');
    click('#book-submit');
    await waitFor(() => expect(text('#book-error')).toBe('入户走访请填写地址'));
    typeInto('book-address', '鼓楼家园8号楼1单元302室');
    typeInto('book-phone', '139 0537 2345');
    click('#book-submit');
    await appears('#book-result');
    expect(text('#book-result-title')).toBe('预约成功');
    const [stored] = await server.storage.bookings.listBySlot(homeSlot.id);
    expect(stored).toMatchObject({ address: '鼓楼家园8号楼1单元302室', phone: '13905372345' });
  });

  it('puts the resident on the waitlist of a full slot', async () => {
    const server = await setup();
    const [slot] = await server.publish([{ ...station, capacity: 1 }]);
    await server.book('u-resident-li', slot.id);
    await openDay(server, 'u-resident-zhang');
    expect(text(`#slot-${slot.id}-seats`)).toBe('已满 · 可排候补');
    expect($(`#slot-${slot.id}`).getAttribute('data-state')).toBe('full');
    expect(text(`#slot-${slot.id} .visit-day-book`)).toBe('已满，排候补');

    click(`#slot-${slot.id}`);
    await appears('#book-full-note');
    typeInto('book-topic', '想反映小区停车难');
    click('#book-submit');
    await appears('#book-result');
    expect($('#book-result').getAttribute('data-status')).toBe('waitlisted');
    expect(text('#book-result-title')).toBe('已满，您是候补第1位，有人取消时会自动为您补上并通知您');
    await appears('#my-booking');
    expect(text('#my-booking-state')).toBe('候补第1位');
    await waitFor(() => expect(text(`#slot-${slot.id}-seats`)).toBe('已满 · 1人候补'));
  });

  it('cancels with a usual reason a tap away (text optional), and the first on the waitlist gets the seat', async () => {
    const server = await setup();
    const [slot] = await server.publish([{ ...station, capacity: 1 }]);
    const { booking } = await server.book('u-resident-zhang', slot.id, { phone: '13805371234' });
    const waiting = await server.book('u-resident-li', slot.id);
    expect(waiting.status).toBe('waitlisted');
    const { calls } = await openDay(server, 'u-resident-zhang');
    expect(text('#my-booking')).toContain('12月4日 12:00前可以取消或改约');

    click('#cancel-booking');
    await appears('#cancel-panel');
    // Issue 13: no reason has to be typed; the usual ones are chips, as on the committee's 驳回 sheet.
    expect([...document.querySelectorAll('#cancel-panel [id^="cancel-usual-"]')].map((e) => e.textContent)).toEqual([
      '临时有事',
      '问题已经解决了',
      '身体不适',
      '时间不合适，改天再约',
    ]);
    click('#cancel-usual-0');
    expect(valueOf('cancel-reason')).toBe('临时有事');
    expect($('#cancel-usual-0').getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('#cancel-error')).toBeNull();
    expect(calls.some((c) => c.event.action === 'cancel')).toBe(false);

    typeInto('cancel-reason', '那天要去医院复查');
    click('#cancel-submit');
    await gone('#my-booking');
    expect(text('#cancel-result')).toBe('已取消12月5日 周六 09:00–11:00的预约。想换个时段，可以在下面重新预约。');
    const cancel = calls.find((c) => c.event.action === 'cancel')!;
    expect(cancel.event.data).toEqual({ bookingId: booking.id, reason: '那天要去医院复查' });
    expect(await server.storage.bookings.findById(booking.id)).toMatchObject({
      state: 'cancelled',
      cancelReason: '那天要去医院复查',
    });
    expect(await server.storage.bookings.findById(waiting.booking.id)).toMatchObject({ state: 'booked' });
    // Li took the freed seat: the slot is full again, and Zhang may join its waitlist.
    await waitFor(() => expect(text(`#slot-${slot.id} .visit-day-book`)).toBe('已满，排候补'));
  });

  it('cancels with no reason at all', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    const { booking } = await server.book('u-resident-zhang', slot.id, { phone: '13805371234' });
    const { calls } = await openDay(server, 'u-resident-zhang');
    click('#cancel-booking');
    await appears('#cancel-panel');
    click('#cancel-submit');
    await gone('#my-booking');
    expect(calls.find((c) => c.event.action === 'cancel')!.event.data).toEqual({ bookingId: booking.id, reason: '' });
    expect(await server.storage.bookings.findById(booking.id)).toMatchObject({ state: 'cancelled', cancelReason: '' });
  });

  it('moves the booking to another slot the same day (改约), with a reason', async () => {
    const server = await setup();
    const afternoon = { ...station, start: '14:00', end: '16:00' };
    const [morning, later, homeSlot] = await server.publish([
      station,
      afternoon,
      { ...home, start: '16:30', end: '17:30' },
    ]);
    const { booking } = await server.book('u-resident-zhang', morning.id);
    const { calls } = await openDay(server, 'u-resident-zhang');

    click('#reschedule-booking');
    await appears('#reschedule-panel');
    // The current slot is not offered; a home visit needs an address this booking does not have.
    expect(document.querySelector(`#reschedule-${morning.id}`)).toBeNull();
    expect($(`#reschedule-${homeSlot.id}`).getAttribute('aria-disabled')).toBe('true');
    click('#reschedule-submit');
    await waitFor(() => expect(text('#reschedule-error')).toBe('请选择要改到的时段'));
    click(`#reschedule-${later.id}`);
    expect($(`#reschedule-${later.id}`).getAttribute('aria-checked')).toBe('true');
    click('#reschedule-submit');
    await waitFor(() => expect(text('#reschedule-error')).toBe('请填写原因'));
    typeInto('reschedule-reason', '上午要接孙子');
    click('#reschedule-submit');

    await appears('#book-result');
    expect(text('#book-result-title')).toBe('改约成功');
    expect(calls.find((c) => c.event.action === 'reschedule')!.event.data).toEqual({
      bookingId: booking.id,
      toSlotId: later.id,
      reason: '上午要接孙子',
    });
    await waitFor(() => expect(text('#my-booking')).toContain('14:00–16:00'));
    expect(await server.storage.bookings.findById(booking.id)).toMatchObject({
      state: 'cancelled',
      cancelReason: '改约：上午要接孙子',
    });
    expect(await server.storage.bookings.listBySlot(later.id)).toMatchObject([
      { residentId: 'u-resident-zhang', state: 'booked' },
    ]);
  });

  it('greys out a cancelled slot with the cadre’s reason', async () => {
    const server = await setup();
    const [slot, other] = await server.publish([station, home]);
    await server.act('u-cadre-liu', 'cancelSlot', { slotId: slot.id, reason: '临时要去区里开会' });
    await openDay(server, 'u-resident-li');
    expect($(`#slot-${slot.id}`).getAttribute('data-state')).toBe('cancelled');
    expect(text(`#slot-${slot.id}-cancelled`)).toBe('已取消：临时要去区里开会');
    expect(document.querySelector(`#slot-${slot.id} .visit-day-book`)).toBeNull();
    expect(document.querySelector(`#slot-${other.id} .visit-day-book`)).not.toBeNull();
  });

  it('shows the server’s refusal as it comes, and retries one intent with one request id', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    const backend = server.as('u-resident-li');
    let failures = 1;
    const { calls } = await openDay(server, 'u-resident-li', (fn, event) =>
      event.action === 'book' && failures-- > 0
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : backend(fn, event),
    );
    click(`#slot-${slot.id}`);
    typeInto('book-topic', '想说说垃圾分类');
    click('#book-submit');
    await waitFor(() => expect(text('#book-error')).toBe('系统开小差了，请稍后再试'));
    // Meanwhile the cadre cancels the slot: the same intent, retried, gets the server's answer.
    await server.act('u-cadre-liu', 'cancelSlot', { slotId: slot.id, reason: '临时要去区里开会' });
    click('#book-submit');
    await waitFor(() => expect(text('#book-error')).toBe('这个时段已取消'));
    const ids = calls.filter((c) => c.event.action === 'book').map((c) => c.event.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
  });

  it('shows staff the slots of their community without booking', async () => {
    const server = await setup();
    const [slot] = await server.publish([station]);
    setRouterParams({ date: server.visitDay, communityId: 'c-dongmen' });
    const { calls } = renderPage(<VisitDayPage />, server.as('u-committee-chen'));
    await appears(`#slot-${slot.id}`);
    expect(document.querySelector('.visit-day-book')).toBeNull();
    expect(calls.find((c) => c.event.action === 'slots')!.event.data).toEqual({
      date: '2026-12-05',
      communityId: 'c-dongmen',
    });
  });

  it('says so when the link has no date', async () => {
    const server = await setup();
    setRouterParams({});
    renderPage(<VisitDayPage />, server.as('u-resident-li'));
    await appears('#state-error');
    expect(text('#state-error')).toContain('没有找到这个接访日');
  });
});
