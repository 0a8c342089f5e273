/** @jest-environment jsdom */
import fs from 'node:fs';
import path from 'node:path';
import { requestIdSchema } from '@domain/ids';
import { shanghaiWallClockToMs } from '@domain/time';
import type { SlotView } from '@domain/visits/views';
import { weappPageTests } from './fixtures';
import { DIST_DIR, type MiniPage } from './harness';
import { LIU, visitScene, type VisitScene } from './visitScene';
import { routes } from '@domain/routes';

// 李明 lives in 东门社区, 鼓楼家园 8号楼1单元302, phone 13905372345 (host/seed.ts). The clock stands
// at 2026-11-27 10:00 in Shanghai; booking for 12月5日 closes 12月4日 18:00, cancelling at 12:00.
const LI = 'u-resident-li';
const LI_PHONE = '13905372345';
const DATE = '2026-12-05';

const stationSlot = {
  start: '09:00',
  end: '11:00',
  mode: 'station',
  place: '东门社区红帆驿站',
  capacity: 3,
} as const;

interface DayOfSlots {
  scene: VisitScene;
  station: SlotView;
  home: SlotView;
  enterprise: SlotView;
}

/**
 * 12月5日 in 东门社区: 刘建国's talk at the station (3 seats, a neighbour has one), 孙立华's home
 * visit (1 seat, 张桂兰 has it, two neighbours wait), and 刘建国's enterprise visit, cancelled.
 */
async function dayOfSlots(): Promise<DayOfSlots> {
  const scene = await visitScene();
  const station = await scene.publish(LIU, DATE, stationSlot);
  const home = await scene.publish(scene.sun, DATE, { start: '14:00', end: '16:00', mode: 'home', capacity: 1 });
  const enterprise = await scene.publish(LIU, DATE, {
    start: '19:00',
    end: '20:30',
    mode: 'enterprise',
    place: '古槐路创业园',
    capacity: 4,
  });
  await scene.cancelSlot(LIU, enterprise, '民情书记临时参加防汛会议');
  await scene.book(await scene.neighbour(), station);
  await scene.book('u-resident-zhang', home, { address: '幸福小区' });
  await scene.book(await scene.neighbour(), home, { address: '槐荫苑' });
  await scene.book(await scene.neighbour(), home, { address: '鼓楼家园' });
  return { scene, station, home, enterprise };
}

/** The same day with 李明's seat at the station taken (2 of 3). */
async function dayWithMyStationBooking() {
  const day = await dayOfSlots();
  const mine = await day.scene.book(LI, day.station, { topic: '楼道灯坏了半个月', phone: LI_PHONE });
  return { ...day, mine };
}

describe('visit day: slots and booking (real weapp build)', () => {
  const pages = weappPageTests();
  // The scene's clock spy on Date.now.
  afterEach(() => jest.restoreAllMocks());

  async function openDay({ scene }: { scene: VisitScene }): Promise<MiniPage> {
    const page = pages.open(routes.visitDay.path, {
      backend: scene.backendFor(pages.data, LI),
      query: { date: DATE },
    });
    await page.waitForId('slot-list');
    return page;
  }

  const slotCard = (slot: SlotView) => `slot-${slot.id}`;
  const bookCalls = (p: MiniPage) => p.backend.callsOf('visit', 'book');
  const type = (p: MiniPage, id: string, value: string) => p.get(id).dispatchEvent('input', { detail: { value } });
  const sectionTitles = (p: MiniPage) => p.textsOf('visit-day', 'mq-section-title');

  test('lists the slots: time, mode, cadre, place, seats or full with the waitlist, a cancelled one greyed', async () => {
    const day = await dayOfSlots();
    const p = await openDay(day);

    // One call: the day's slots with its move, cut-offs and office phone, for the resident's community.
    expect(p.backend.callsOf('visit', 'slots').map((call) => call.data)).toEqual([{ date: DATE }]);
    expect(p.backend.callsOf('visit', 'days')).toEqual([]);
    expect(p.text('visit-day-date')).toBe('12月5日 周六');
    expect(p.text('booking-deadline')).toBe('12月4日 18:00 截止预约');
    expect(p.classes('booking-deadline')).not.toContain('visit-day-head__deadline--closed');
    expect(p.find('visit-day-moved')).toBeUndefined();
    expect(sectionTitles(p)).toEqual(['这一天的接访时段（3个）']);
    expect(p.text('visit-day')).toContain('选一个时段预约；约满的时段可以排候补，有人取消时自动补上。');

    expect(p.textsOf('slot-list', 'mq-slot__time')).toEqual(['09:00–11:00', '14:00–16:00', '19:00–20:30']);
    expect(p.textsOf('slot-list', 'mq-slot__mode')).toEqual(['红帆驿站', '入户走访', '企业走访']);

    expect(p.textsOf(slotCard(day.station), 'mq-slot__line')).toEqual(['民情书记：刘建国', '地点：东门社区红帆驿站']);
    expect(p.text(`${slotCard(day.station)}-seats`)).toBe('剩余2个名额');
    expect(p.classes(`${slotCard(day.station)}-seats`)).not.toContain('mq-slot__seats--full');
    expect(p.textsOf(slotCard(day.station), 'visit-day-book')).toEqual(['预约这个时段']);

    expect(p.textsOf(slotCard(day.home), 'mq-slot__line')).toEqual(['民情书记：孙立华', '地点：民情书记上门走访']);
    expect(p.textsOf(slotCard(day.home), 'mq-slot__mode--home')).toEqual(['入户走访']);
    expect(p.text(`${slotCard(day.home)}-seats`)).toBe('已满 · 2人候补');
    expect(p.classes(`${slotCard(day.home)}-seats`)).toContain('mq-slot__seats--full');
    expect(p.textsOf(slotCard(day.home), 'visit-day-book')).toEqual(['已满，排候补']);

    expect(p.textsOf(slotCard(day.enterprise), 'mq-slot__line')).toEqual(['民情书记：刘建国', '地点：古槐路创业园']);
    expect(p.text(`${slotCard(day.enterprise)}-cancelled`)).toBe('已取消：民情书记临时参加防汛会议');
    expect(p.find(`${slotCard(day.enterprise)}-seats`)).toBeUndefined();
    expect(p.textsOf(slotCard(day.enterprise), 'visit-day-book')).toEqual([]);
    expect(p.classes(slotCard(day.enterprise))).toContain('mq-slot--cancelled');
    expect(p.classes(slotCard(day.station))).not.toContain('mq-slot--cancelled');
    // Greyed by the page's own stylesheet, as built.
    const wxss = fs.readFileSync(path.join(DIST_DIR, `${routes.visitDay.path}.wxss`), 'utf8');
    expect(wxss).toMatch(/\.mq-slot--cancelled\{background:#f0f0f0;color:#[0-9a-f]{6}\}/);

    // A cancelled slot cannot be chosen.
    p.tap(slotCard(day.enterprise));
    await p.settle();
    expect(p.find('book-form')).toBeUndefined();
  });

  test('a moved day shows where it came from and why', async () => {
    const scene = await visitScene();
    await scene.moveDay('2026-12-25', '2026-12-24', '25日社区开展冬季消防演练');
    await scene.publish(LIU, '2026-12-24', stationSlot);
    const p = pages.open(routes.visitDay.path, {
      backend: scene.backendFor(pages.data, LI),
      query: { date: '2026-12-24' },
    });
    await p.waitForId('slot-list');

    expect(p.text('visit-day-date')).toBe('12月24日 周四');
    expect(p.textsOf('visit-day-moved', 'mq-visit-moved__tag')).toEqual(['由12月25日调整']);
    expect(p.textsOf('visit-day-moved', 'mq-visit-moved__reason')).toEqual(['25日社区开展冬季消防演练']);
    expect(p.text('booking-deadline')).toBe('12月23日 18:00 截止预约');
  });

  test('choosing a slot shows the form with the phone from the profile; booking says 预约成功', async () => {
    const day = await dayOfSlots();
    const p = await openDay(day);

    p.tap(slotCard(day.station));
    await p.waitForId('book-form');

    expect(p.find('slot-list')).toBeUndefined();
    expect(p.textsOf('book-form', 'mq-book__slot-time')).toEqual(['09:00–11:00 红帆驿站']);
    expect(p.textsOf('book-form', 'mq-book__slot-line')).toEqual(['民情书记：刘建国', '地点：东门社区红帆驿站']);
    expect(p.inputValue('book-phone')).toBe(LI_PHONE);
    // A talk at the station needs no address; the slot has seats, so no waitlist note.
    expect(p.find('book-address')).toBeUndefined();
    expect(p.find('book-full-note')).toBeUndefined();
    expect(p.text('book-submit')).toBe('确认预约');

    // Without a topic nothing is sent.
    p.tap('book-submit');
    await p.waitForId('book-error');
    expect(p.text('book-error')).toBe('请写下想说的事，至少2个字');
    expect(p.textsOf('book-form', 'mq-book-field__error')).toEqual(['请写下想说的事，至少2个字']);
    await p.settle();
    expect(bookCalls(p)).toEqual([]);

    type(p, 'book-topic', '楼道灯坏了半个月，想当面说说');
    await p.waitFor(() => p.textsOf('book-form', 'mq-book__count')[0] === '14/100', 'the typed topic');
    p.tap('book-submit');
    await p.waitForId('book-result');

    const [call] = bookCalls(p);
    expect(call.data).toEqual({
      slotId: day.station.id,
      date: DATE,
      topic: '楼道灯坏了半个月，想当面说说',
      address: '',
      phone: LI_PHONE,
    });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    expect(bookCalls(p)).toHaveLength(1);
    expect(p.text('book-result-title')).toBe('预约成功');
    expect(p.classes('book-result')).toContain('mq-book-result--booked');
    expect(p.textsOf('book-result', 'mq-book-result__detail')).toEqual([
      '12月5日 周六 09:00–11:00 红帆驿站，民情书记刘建国。请按时到场，如有变化请提前取消。',
    ]);

    // The page reloads: the booking is now mine, the seat taken, and nothing more to book.
    await p.waitForId('my-booking');
    await p.waitFor(
      () => p.find(`${slotCard(day.station)}-seats`) && p.text(`${slotCard(day.station)}-seats`) === '剩余1个名额',
      'the seat taken',
    );
    expect(p.text('my-booking-state')).toBe('已预约');
    expect(p.classes(slotCard(day.station))).toContain('mq-slot--mine');
    expect(p.textsOf(slotCard(day.station), 'mq-slot__mine')).toEqual(['我的预约']);
    expect(p.textsOf('slot-list', 'visit-day-book')).toEqual([]);
  });

  test('a full home visit needs the address: none is sent without it, and it joins the waitlist', async () => {
    const day = await dayOfSlots();
    const p = await openDay(day);

    p.tap(slotCard(day.home));
    await p.waitForId('book-form');

    expect(p.textsOf('book-form', 'mq-book__slot-time')).toEqual(['14:00–16:00 入户走访']);
    expect(p.text('book-full-note')).toBe('这个时段已约满。提交后您将排入候补，有人取消时会自动为您补上并通知您。');
    expect(p.text('book-submit')).toBe('排候补');
    // Prefilled from the profile: compound and building.
    expect(p.inputValue('book-address')).toBe('鼓楼家园8号楼1单元302');
    expect(p.inputValue('book-phone')).toBe(LI_PHONE);

    type(p, 'book-topic', '家里老人行动不便，想请书记上门');
    type(p, 'book-address', '');
    await p.waitFor(() => p.inputValue('book-address') === '', 'the cleared address');
    p.tap('book-submit');
    await p.waitForId('book-error');
    expect(p.text('book-error')).toBe('入户走访请填写地址');
    expect(p.textsOf('book-form', 'mq-book-field__error')).toEqual(['入户走访请填写地址']);
    await p.settle();
    expect(bookCalls(p)).toEqual([]);

    type(p, 'book-address', '鼓楼家园8号楼1单元302室');
    await p.waitFor(() => !p.find('book-error'), 'the error cleared by the edit');
    p.tap('book-submit');
    await p.waitForId('book-result');

    const [call] = bookCalls(p);
    expect(call.data).toEqual({
      slotId: day.home.id,
      date: DATE,
      topic: '家里老人行动不便，想请书记上门',
      address: '鼓楼家园8号楼1单元302室',
      phone: LI_PHONE,
    });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    // Two neighbours were waiting already.
    expect(p.classes('book-result')).toContain('mq-book-result--waitlisted');
    expect(p.text('book-result-title')).toBe('已满，您是候补第3位，有人取消时会自动为您补上并通知您');
    expect(p.text('book-result')).not.toContain('预约成功');

    await p.waitForId('my-booking');
    await p.waitFor(() => p.text('my-booking-state') === '候补第3位', 'my place on the waitlist');
    expect(p.textsOf('my-booking', 'mq-tag--warn')).toEqual(['候补第3位']);
    // Right after booking the answer above explains the waitlist; the card does not repeat it.
    expect(p.find('my-booking-waitlist')).toBeUndefined();
    await p.waitFor(() => p.text(`${slotCard(day.home)}-seats`) === '已满 · 3人候补', 'the longer waitlist');
  });

  test('a waitlisted booking shows its place and what the waitlist means', async () => {
    const day = await dayOfSlots();
    await day.scene.book(LI, day.home, { address: '鼓楼家园8号楼1单元302', phone: LI_PHONE });
    const p = await openDay(day);
    await p.waitForId('my-booking');

    expect(p.text('my-booking-state')).toBe('候补第3位');
    expect(p.text('my-booking-waitlist')).toBe('已满，您是候补第3位，有人取消时会自动为您补上并通知您');
    expect(p.text('cancel-booking')).toBe('取消预约');
  });

  test('my booking shows 取消预约; cancelling offers the usual reasons and sends the one tapped', async () => {
    const day = await dayWithMyStationBooking();
    const p = await openDay(day);
    await p.waitForId('my-booking');

    expect(p.text('my-booking-state')).toBe('已预约');
    const labels = p.textsOf('my-booking', 'mq-info-row__label');
    const values = p.textsOf('my-booking', 'mq-info-row__value');
    expect(Object.fromEntries(labels.map((label, i) => [label, values[i]]))).toEqual({
      时间: '09:00–11:00',
      方式: '红帆驿站',
      民情书记: '刘建国',
      地点: '东门社区红帆驿站',
      想说的事: '楼道灯坏了半个月',
      联系电话: LI_PHONE,
    });
    expect(p.text('cancel-booking')).toBe('取消预约');
    expect(p.text('reschedule-booking')).toBe('改约');
    expect(p.textsOf('my-booking', 'mq-my-booking__hint')).toEqual(['12月4日 12:00前可以取消或改约']);
    // One booking per day: no other slot is offered for booking.
    expect(p.textsOf('slot-list', 'visit-day-book')).toEqual([]);
    expect(p.classes(slotCard(day.station))).toContain('mq-slot--mine');
    expect(p.text(`${slotCard(day.station)}-seats`)).toBe('剩余1个名额');

    p.tap('cancel-booking');
    await p.waitForId('cancel-panel');
    expect(p.textsOf('cancel-panel', 'mq-my-booking__panel-title')).toEqual(['确定取消这次预约吗？']);
    expect(p.text('cancel-submit')).toBe('确认取消');

    // Issue 13: no reason has to be typed; the usual ones are chips, and a tap fills the box.
    expect(['cancel-usual-0', 'cancel-usual-1', 'cancel-usual-2', 'cancel-usual-3'].map((id) => p.text(id))).toEqual([
      '临时有事',
      '问题已经解决了',
      '身体不适',
      '时间不合适，改天再约',
    ]);
    p.tap('cancel-usual-1');
    await p.waitFor(() => p.classes('cancel-usual-1').includes('mq-choice--active'), 'the chosen reason');
    expect(p.backend.callsOf('visit', 'cancel')).toEqual([]);
    expect(p.find('cancel-error')).toBeFalsy();
    p.tap('cancel-submit');
    await p.waitForId('cancel-result');

    const [call] = p.backend.callsOf('visit', 'cancel');
    expect(call.data).toEqual({ bookingId: day.mine.id, reason: '问题已经解决了' });
    expect(requestIdSchema.safeParse(call.requestId).success).toBe(true);
    expect(p.text('cancel-result')).toBe('已取消12月5日 周六 09:00–11:00的预约。想换个时段，可以在下面重新预约。');
    await p.waitFor(() => p.text().includes('已取消预约'), 'the 已取消预约 toast');
    await p.waitFor(() => !p.find('my-booking'), 'my booking gone after the reload');
    // The seat is free again and the day can be booked anew.
    await p.waitFor(() => p.text(`${slotCard(day.station)}-seats`) === '剩余2个名额', 'the freed seat');
    expect(p.textsOf('slot-list', 'visit-day-book')).toEqual(['预约这个时段', '已满，排候补']);
    expect(p.classes(slotCard(day.station))).not.toContain('mq-slot--mine');
  });

  test('after the cancel cut-off the booking says whom to call instead of offering 取消预约', async () => {
    const day = await dayWithMyStationBooking();
    day.scene.setTime(shanghaiWallClockToMs('2026-12-04', '13:00'));
    const p = await openDay(day);
    await p.waitForId('my-booking');

    expect(p.text('cancel-closed')).toContain('已过取消截止时间（12月4日 12:00），如需调整请致电社区：0537-2201801');
    expect(p.text('call-office')).toBe('拨打社区电话 0537-2201801');
    expect(p.find('cancel-booking')).toBeUndefined();
    expect(p.find('reschedule-booking')).toBeUndefined();
    // Booking itself is still open until 18:00.
    expect(p.text('booking-deadline')).toBe('12月4日 18:00 截止预约');
  });

  test('after the booking deadline the day says 预约已截止 and no slot can be chosen', async () => {
    const day = await dayOfSlots();
    day.scene.setTime(shanghaiWallClockToMs('2026-12-04', '18:00'));
    const p = await openDay(day);

    expect(p.text('booking-deadline')).toBe('预约已截止');
    expect(p.classes('booking-deadline')).toContain('visit-day-head__deadline--closed');
    expect(p.textsOf('slot-list', 'visit-day-book')).toEqual([]);
    expect(p.text('visit-day')).not.toContain('选一个时段预约');
    // The seats are still shown.
    expect(p.text(`${slotCard(day.station)}-seats`)).toBe('剩余2个名额');

    p.tap(slotCard(day.station));
    await p.settle();
    expect(p.find('book-form')).toBeUndefined();
    expect(bookCalls(p)).toEqual([]);
  });

  test('‹ 换一个时段 goes back to the list without booking', async () => {
    const day = await dayOfSlots();
    const p = await openDay(day);
    p.tap(slotCard(day.station));
    await p.waitForId('book-form');

    p.tap('book-back');
    await p.waitForId('slot-list');

    expect(p.find('book-form')).toBeUndefined();
    expect(bookCalls(p)).toEqual([]);
  });
});
