import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SheetPage from '../../src/packages/cadre/sheet/index';
import { resetTaroMock } from '../support/taroMock';
import { $, cadreBackend, click, home, openAt, station, text, typeInto, VISIT_DAY } from './cadreBackend';
import { renderPage } from './render';
import { shanghaiWallClockToMs } from '@domain/time';

const PATH = '/packages/cadre/sheet/index';

/**
 * 刘建国 has a station slot and a home-visit slot on 12月5日; 张桂兰 booked the home visit, 李明 the
 * station. The sheet is opened on the morning of the visit day.
 */
async function openSheet(userId = 'u-cadre-liu') {
  const server = await cadreBackend();
  const [stationSlot, homeSlot] = await server.publish([station, home]);
  const zhang = await server.book('u-resident-zhang', homeSlot.id, '楼道灯坏了想当面说', '幸福小区3号楼2单元501');
  const li = await server.book('u-resident-li', stationSlot.id, '小区停车难');
  server.toVisitDay();
  openAt(server.deps.clock.now(), PATH, { date: VISIT_DAY });
  const page = renderPage(<SheetPage />, server.as(userId));
  return { ...server, ...page, stationSlot, homeSlot, zhang, li };
}

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('民情书记’s day sheet (jsdom, real services over SQLite)', () => {
  it('is only for cadres', async () => {
    await openSheet('u-committee-chen');
    expect(await screen.findByText('仅民情书记可用')).toBeTruthy();
  });

  it('lists the slots in time order with their bookings, contacts masked until revealed', async () => {
    const { zhang, li, stationSlot, homeSlot, calls, storage } = await openSheet();
    await waitFor(() => $(`#sheet-booking-${zhang.id}`));
    expect(text('#sheet-date')).toBe('12月5日 周六 接访单');
    expect(text('#sheet-counts')).toBe('2 个时段 · 共 2 人 · 已接访 0 人');
    const sections = [...document.querySelectorAll('.cd-sheet-slot')].map((s) => s.id);
    expect(sections).toEqual([`sheet-slot-${stationSlot.id}`, `sheet-slot-${homeSlot.id}`]);
    expect(text(`#sheet-slot-${homeSlot.id}`)).toContain('14:00-16:00 入户走访');
    expect(text(`#sheet-slot-${homeSlot.id}`)).toContain('东门社区');

    const card = text(`#sheet-booking-${zhang.id}`);
    expect(card).toContain('张桂兰');
    expect(card).toContain('楼道灯坏了想当面说');
    expect(card).toContain('已预约');
    expect(text(`#phone-${zhang.id}`)).toContain('138****1234');
    expect(text(`#address-${zhang.id}`)).toContain('幸福小区****');
    expect(card).not.toContain('13805371234');
    expect(card).toContain('每次查看都会记录在案');
    expect(text(`#reveal-${zhang.id}`)).toBe('查看电话和地址');
    expect(text(`#reveal-${li.id}`)).toBe('查看电话');
    expect(text(`#phone-${li.id}`)).toContain('139****2345');
    expect(calls.some((c) => c.event.action === 'revealContact')).toBe(false);

    click(`#reveal-${zhang.id}`);
    await waitFor(() => $(`#call-${zhang.id}`));
    expect($(`#call-${zhang.id}`).getAttribute('href')).toBe('tel:13805371234');
    expect(text(`#address-${zhang.id}`)).toContain('幸福小区3号楼2单元501');
    expect(text(`#sheet-booking-${zhang.id}`)).toContain('已记录在案');
    // Only the one asked for is revealed, and the look is audited.
    expect(text(`#phone-${li.id}`)).toContain('139****2345');
    const audit = await storage.audit.list({ after: null, limit: 10 });
    expect(audit.items.find((a) => a.action === 'visit.revealContact')?.targetId).toBe(zhang.id);
  });

  it('marks attendance and no-show, and undoes a mark', async () => {
    const { zhang, li, storage } = await openSheet();
    await waitFor(() => $(`#attend-${zhang.id}`));
    click(`#attend-${zhang.id}`);
    await waitFor(() => expect(text(`#booking-state-${zhang.id}`)).toBe('已接访'));
    expect((await storage.bookings.findById(zhang.id))?.state).toBe('attended');
    expect(text('#sheet-counts')).toContain('已接访 1 人');
    expect(document.querySelector(`#attend-${zhang.id}`)).toBeNull();

    click(`#noshow-${li.id}`);
    await waitFor(() => expect(text(`#booking-state-${li.id}`)).toBe('未到场'));
    expect(document.querySelector(`#record-${li.id}`)).toBeNull();
    click(`#undo-${li.id}`);
    await waitFor(() => expect(text(`#booking-state-${li.id}`)).toBe('已预约'));
    expect((await storage.bookings.findById(li.id))?.state).toBe('booked');
  });

  it('shows the waitlist after the booked residents', async () => {
    const server = await cadreBackend();
    const [slot] = await server.publish([{ ...station, capacity: 1 }]);
    const first = await server.book('u-resident-li', slot.id, '小区停车难');
    const waiting = await server.book('u-resident-zhang', slot.id, '楼道灯坏了想当面说');
    openAt(server.deps.clock.now(), PATH, { date: VISIT_DAY });
    renderPage(<SheetPage />, server.as('u-cadre-liu'));
    await waitFor(() => $(`#sheet-booking-${waiting.id}`));
    const order = [...document.querySelectorAll(`#sheet-slot-${slot.id} .cd-booking`)].map((b) => b.id);
    expect(order).toEqual([`sheet-booking-${first.id}`, `sheet-booking-${waiting.id}`]);
    expect(text(`#waitlist-${waiting.id}`)).toContain('候补第 1 位');
    expect(document.querySelector(`#attend-${waiting.id}`)).toBeNull();
  });

  it('adds a walk-in, seen at once', async () => {
    const { homeSlot, storage, calls } = await openSheet();
    await waitFor(() => $('#walkin-add'));
    click('#walkin-add');
    await waitFor(() => $('#walkin-sheet'));
    click(`#walkin-slot-${homeSlot.id}`);
    click('#walkin-submit');
    expect(await screen.findByText('请填写姓名')).toBeTruthy();
    typeInto('walkin-name', '王大爷');
    typeInto('walkin-topic', '想问问养老补贴怎么申请');
    click('#walkin-submit');
    await waitFor(() => expect(text('#sheet-result')).toBe('已登记 王大爷 的现场来访'));
    const added = calls.find((c) => c.event.action === 'addWalkIn')!;
    expect(added.event.data).toMatchObject({ slotId: homeSlot.id, name: '王大爷', phone: '' });
    const walkIns = (await storage.bookings.listBySlot(homeSlot.id)).filter((b) => b.residentId === null);
    expect(walkIns).toHaveLength(1);
    await waitFor(() => $(`#sheet-booking-${walkIns[0].id}`));
    expect(text(`#sheet-booking-${walkIns[0].id}`)).toContain('现场来访');
    expect(text(`#booking-state-${walkIns[0].id}`)).toBe('已接访');
  });

  it('asks before registering a walk-in on a full slot, then counts them on an added seat', async () => {
    const server = await cadreBackend();
    const [slot] = await server.publish([{ ...station, capacity: 1 }]);
    await server.book('u-resident-li', slot.id, '小区停车难');
    server.toVisitDay();
    openAt(server.deps.clock.now(), PATH, { date: VISIT_DAY });
    const { calls } = renderPage(<SheetPage />, server.as('u-cadre-liu'));
    await waitFor(() => $('#walkin-add'));
    click('#walkin-add');
    await waitFor(() => $('#walkin-sheet'));
    typeInto('walkin-name', '王大爷');
    typeInto('walkin-topic', '想问问养老补贴怎么申请');
    // First the cadre says 先不登记: nothing is stored, the sheet stays open.
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    click('#walkin-submit');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalledTimes(1));
    const asked = (Taro.showModal as jest.Mock).mock.calls[0][0] as { title: string; content: string };
    expect(asked.title).toBe('已约满，仍登记吗？');
    expect(asked.content).toContain('这个时段已约满');
    expect((await server.storage.bookings.listBySlot(slot.id)).filter((b) => b.residentId === null)).toEqual([]);
    expect($('#walkin-sheet')).toBeTruthy();
    // Then 仍登记: sent again with the confirmation.
    click('#walkin-submit');
    await waitFor(() => expect(text('#sheet-result')).toBe('已登记 王大爷 的现场来访（超出名额，已加一个名额）'));
    const sent = calls.filter((c) => c.event.action === 'addWalkIn').map((c) => c.event.data);
    expect(sent.at(-1)).toMatchObject({ overCapacity: true });
    const walkIns = (await server.storage.bookings.listBySlot(slot.id)).filter((b) => b.residentId === null);
    expect(walkIns).toMatchObject([{ state: 'attended' }]);
    expect(await server.storage.slots.findById(slot.id)).toMatchObject({ capacity: 2, seatsTaken: 2 });
  });

  it('before the visit day offers no attendance, 民情日记 or walk-in, and says when they can be recorded', async () => {
    const server = await cadreBackend();
    const [stationSlot] = await server.publish([station]);
    const li = await server.book('u-resident-li', stationSlot.id, '小区停车难');
    // The evening before, by the server's clock; the phone's clock reads the visit day already.
    server.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '20:00') - server.deps.clock.now());
    openAt(shanghaiWallClockToMs(VISIT_DAY, '09:00'), PATH, { date: VISIT_DAY });
    renderPage(<SheetPage />, server.as('u-cadre-liu'));
    await waitFor(() => $(`#sheet-booking-${li.id}`));
    expect(text('#sheet-before-day')).toBe('接访日当天才能标记到场、写民情日记和登记现场来访。');
    expect(document.querySelector(`#attend-${li.id}`)).toBeNull();
    expect(document.querySelector(`#noshow-${li.id}`)).toBeNull();
    expect(document.querySelector(`#record-${li.id}`)).toBeNull();
    expect(document.querySelector('#walkin-add')).toBeNull();
    // The contact can still be looked up the evening before.
    expect(text(`#reveal-${li.id}`)).toBe('查看电话');
  });

  it('opens 写民情日记 for a booking', async () => {
    const { zhang } = await openSheet();
    await waitFor(() => $(`#record-${zhang.id}`));
    click(`#record-${zhang.id}`);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/cadre/record/index?bookingId=${zhang.id}&date=${VISIT_DAY}`,
    });
  });

  it('shows a booking made for a resident without an account (红色代办): the name, 由陈秀英代办 and the consent', async () => {
    const server = await cadreBackend();
    const [slot] = await server.publish([station]);
    const { booking } = await server.visit<{ booking: { id: string } }>('u-committee-chen', 'bookFor', {
      slotId: slot.id,
      topic: '想反映楼道灯坏了',
      residentId: null,
      residentName: '王桂芝',
      consent: '本人口头同意',
    });
    server.toVisitDay();
    openAt(server.deps.clock.now(), PATH, { date: VISIT_DAY });
    renderPage(<SheetPage />, server.as('u-cadre-liu'));
    await waitFor(() => $(`#sheet-booking-${booking.id}`));
    expect(text(`#sheet-booking-${booking.id}`)).toContain('王桂芝');
    expect(text(`#sheet-booking-${booking.id}`)).not.toContain('现场来访');
    expect(text(`#on-behalf-${booking.id}`)).toBe('由陈秀英代办 · 本人口头同意');
  });
});
