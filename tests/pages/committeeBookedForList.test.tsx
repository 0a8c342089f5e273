import { waitFor } from '@testing-library/react';
import CommitteeOrderForPage from '../../src/packages/committee/order-for/index';
import { resetTaroMock } from '../support/taroMock';
import { requestId } from '../support/testDeps';
import { $, appears, click, text, typeInto } from './dom';
import type { Backend } from './render';
import { openCommitteePage } from './serviceStandIn';
import { station, visitsBackend } from './visitsBackend';

beforeEach(() => resetTaroMock());

type Env = Awaited<ReturnType<typeof visitsBackend>>;

/** The 红色代办 page as `userId` opens it, on the real server, with 预约接访 chosen. */
async function openBookFor(env: Env, userId: string) {
  openCommitteePage('order-for', CommitteeOrderForPage, env.as(userId));
  await appears('#on-behalf-mode-visit');
  click('#on-behalf-mode-visit');
  await appears(`#book-for-day-${env.visitDay}`);
}

/** 陈秀英 books a seat for 王桂芝 (no account) through the page, as in committeeBookFor.test.tsx. */
async function bookForWang(env: Env, slotId: string) {
  click('#resident-mode-named');
  typeInto('resident-name', '王桂芝');
  click('#order-consent-usual-0');
  click(`#book-for-day-${env.visitDay}`);
  await appears(`#slot-${slotId}`);
  click(`#slot-${slotId}`);
  typeInto('book-for-topic', '想反映楼道灯坏了');
  click('#order-for-submit');
  await appears('#book-for-done');
}

describe('红色代办: 近期代约的接访 (jsdom)', () => {
  it('陈秀英 books for 王桂芝, finds it in the list, cancels it with a reason: it leaves the list, the seat is free', async () => {
    const env = await visitsBackend();
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    await openBookFor(env, 'u-committee-chen');
    // Nobody was booked for yet: no list at all.
    expect(document.querySelector('#booked-for-list')).toBeNull();
    await bookForWang(env, slot.id);
    const [booking] = await env.storage.bookings.listBySlot(slot.id);

    click('#order-for-another');
    await appears('#on-behalf-mode-visit');
    click('#on-behalf-mode-visit');
    await appears(`#booked-for-${booking.id}`);
    expect(text('#booked-for-list')).toContain('近期代约的接访');
    const row = text(`#booked-for-${booking.id}`);
    expect(row).toContain('09:00–11:00');
    expect(row).toContain('王桂芝 · 民情书记刘建国');
    expect(row).toContain('由陈秀英代办 · 本人口头同意');
    expect(row).toContain('已预约');
    await appears(`#book-for-day-${env.visitDay}`);
    expect(text(`#book-for-day-${env.visitDay}`)).toContain('已约满');

    click(`#booked-for-cancel-${booking.id}`);
    await appears('#cancel-for-submit');
    expect(document.body.textContent).toContain('取消为王桂芝代约的接访');
    expect(text('#cancel-for-about')).toContain('09:00–11:00 · 民情书记刘建国 · 已预约');
    // A reason is asked for, checked as the server checks it.
    click('#cancel-for-submit');
    await waitFor(() => expect(text('#cancel-for')).toContain('请填写原因'));
    typeInto('cancel-for-reason', '老人身体不适，去不了');
    click('#cancel-for-submit');
    await appears('#booked-for-cancelled');
    expect(text('#booked-for-cancelled')).toContain('已取消王桂芝');
    await waitFor(() => expect(document.querySelector(`#booked-for-${booking.id}`)).toBeNull());
    expect(text('#booked-for-list')).toContain('近期没有代约的接访');
    expect(await env.storage.bookings.findById(booking.id)).toMatchObject({
      state: 'cancelled',
      cancelReason: '老人身体不适，去不了',
    });
    // The freed seat shows in the day choice again.
    await waitFor(() => expect(text(`#book-for-day-${env.visitDay}`)).toContain('剩1个名额'));
  });

  it('another cadre sees it without 取消代约, in elder mode; a failed load offers 重试', async () => {
    const env = await visitsBackend();
    const [slot] = await env.publish([station]);
    const made = await env.act<{ booking: { id: string } }>('u-committee-chen', 'bookFor', {
      slotId: slot.id,
      topic: '想反映楼道灯坏了',
      address: '',
      phone: '',
      residentId: null,
      residentName: '王桂芝',
      consent: '本人口头同意',
      familyId: null,
    });
    const real = env.as('u-cadre-liu');
    const elder = await real('account', {
      action: 'setPreferences',
      data: { elderMode: 'on' },
      requestId: requestId(),
    });
    expect(elder).toMatchObject({ ok: true });
    // The list's first read fails; the rest of the page reads the real server.
    let failures = 1;
    const backend: Backend = (fn, event) =>
      event.action === 'bookedFor' && failures-- > 0
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : real(fn, event);
    openCommitteePage('order-for', CommitteeOrderForPage, backend);
    await appears('#on-behalf-mode-visit');
    click('#on-behalf-mode-visit');
    await appears('#booked-for-list .mq-state__action');
    expect(text('#booked-for-list')).toContain('系统开小差了');
    click('#booked-for-list .mq-state__action');
    await appears(`#booked-for-${made.booking.id}`);
    expect(text(`#booked-for-${made.booking.id}`)).toContain('由陈秀英代办');
    expect(document.querySelector(`#booked-for-cancel-${made.booking.id}`)).toBeNull();
    expect($('#booked-for-list').closest('.mq-screen.mq-elder')).not.toBeNull();
  });
});
