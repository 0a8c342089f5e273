import { waitFor } from '@testing-library/react';
import CommitteeOrderForPage from '../../src/packages/committee/order-for/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { openCommitteePage } from './serviceStandIn';
import { home, station, visitsBackend } from './visitsBackend';

beforeEach(() => resetTaroMock());

/** The 红色代办 page as 陈秀英 (committee) opens it, on the real server, with 预约接访 chosen. */
async function openBookFor(env: Awaited<ReturnType<typeof visitsBackend>>) {
  openCommitteePage('order-for', CommitteeOrderForPage, env.as('u-committee-chen'));
  await appears('#on-behalf-mode-visit');
  click('#on-behalf-mode-visit');
  await appears(`#book-for-day-${env.visitDay}`);
}

describe('红色代办: 预约接访 (jsdom)', () => {
  it('books a full slot for an elder without an account: waitlisted, shown 由陈秀英代办', async () => {
    const env = await visitsBackend();
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    await env.book('u-resident-li', slot.id);
    await openBookFor(env);

    click('#order-for-submit');
    await appears('#order-for-error');
    expect(text('#order-for-residentName')).toContain('请先找到居民，或填写没有账号的居民姓名');
    expect(text('#order-for-date')).toContain('请选择接访日');

    click('#resident-mode-named');
    typeInto('resident-name', '王桂芝');
    click('#order-consent-usual-0');
    click(`#book-for-day-${env.visitDay}`);
    await appears(`#slot-${slot.id}`);
    expect(text(`#slot-${slot.id}`)).toContain('民情书记：刘建国');
    expect(text(`#slot-${slot.id}-seats`)).toContain('已满');
    click(`#slot-${slot.id}`);
    await appears('#book-for-full');
    typeInto('book-for-topic', '想反映楼道灯坏了');
    await waitFor(() => expect(document.querySelector('#order-for-error')).toBeNull());
    expect(text('#order-for-submit')).toContain('代约候补');
    click('#order-for-submit');
    await appears('#book-for-done');
    expect(text('#order-for-done')).toContain('王桂芝已排入候补');
    expect(text('#book-for-state')).toBe('候补第1位');
    expect(text('#book-for-on-behalf')).toContain('由陈秀英代办 · 本人口头同意');
    expect(text('#book-for-booking')).toContain('东门社区红帆驿站');
    const stored = await env.storage.bookings.listBySlot(slot.id);
    expect(stored[1]).toMatchObject({ residentId: null, walkInName: '王桂芝', state: 'waitlisted' });
  });

  it('books a home visit for a registered resident: the address is asked for, then booked', async () => {
    const env = await visitsBackend();
    const [, homeSlot] = await env.publish([station, home]);
    await openBookFor(env);
    typeInto('resident-search', '张');
    click('#resident-search-go');
    await appears('#resident-u-resident-zhang');
    click('#resident-u-resident-zhang');
    click('#order-consent-usual-1');
    click(`#book-for-day-${env.visitDay}`);
    await appears(`#slot-${homeSlot.id}`);
    click(`#slot-${homeSlot.id}`);
    await appears('#book-for-address');
    typeInto('book-for-topic', '家门口路灯不亮');
    typeInto('book-for-phone', '139 0537 1234');
    click('#order-for-submit');
    await appears('#order-for-error');
    expect(text('#order-for-address')).toContain('入户走访请填写地址');
    typeInto('book-for-address', '幸福小区3号楼2单元501');
    click('#order-for-submit');
    await appears('#book-for-done');
    expect(text('#order-for-done')).toContain('已为张桂兰预约民意5来听');
    expect(text('#book-for-state')).toBe('已预约');
    expect(text('#book-for-on-behalf')).toContain('由陈秀英代办');
    const [booking] = await env.storage.bookings.listBySlot(homeSlot.id);
    expect(booking).toMatchObject({ residentId: 'u-resident-zhang', phone: '13905371234', state: 'booked' });
    expect(booking.onBehalf).toMatchObject({ staffName: '陈秀英', consent: '本人到社区当面同意' });
  });
});
