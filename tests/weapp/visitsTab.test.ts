/** @jest-environment jsdom */
import { shanghaiWallClockToMs } from '@domain/time';
import { userView, weappPageTests } from './fixtures';
import { pageJson, type MiniPage } from './harness';
import {
  bookingRecord,
  slotRecord,
  SUN,
  useVisitClock,
  visitBackend,
  VisitWorld,
  type VisitWorldSetup,
} from './visitFixtures';

// 李明 lives in 东门社区 (host/seed.ts). The clock stands at 2026-11-27 10:00 in Shanghai, so the
// next visit days are 12月5日, 12月15日, 12月25日 (moved below to 12月24日), 1月5日, 1月15日, 1月25日.
const LI = 'u-resident-li';

const station = slotRecord({
  id: 's-1205-station',
  date: '2026-12-05',
  start: '09:00',
  end: '11:00',
  mode: 'station',
  place: '东门社区红帆驿站',
  capacity: 3,
  seatsTaken: 2,
});
const home = slotRecord({
  id: 's-1205-home',
  date: '2026-12-05',
  start: '14:00',
  end: '16:00',
  mode: 'home',
  cadreId: SUN,
  capacity: 2,
});
const fullDay = slotRecord({
  id: 's-1215-full',
  date: '2026-12-15',
  start: '09:30',
  end: '11:30',
  mode: 'enterprise',
  place: '古槐路创业园',
  capacity: 1,
  seatsTaken: 1,
});
// Cancelled slots do not count toward a day's slots or seats.
const cancelledOnFullDay = slotRecord({
  id: 's-1215-cancelled',
  date: '2026-12-15',
  start: '14:00',
  end: '16:00',
  mode: 'station',
  capacity: 5,
  state: 'cancelled',
  cancelReason: '民情书记临时参加防汛会议',
});

const myStationBooking = bookingRecord(station, { id: 'b-li-1205', residentId: LI, phone: '13905372345' });
const seatOnFullDay = bookingRecord(fullDay, { id: 'b-wang-1215', residentId: 'u-resident-wang' });
const zhangWaiting = bookingRecord(fullDay, {
  id: 'b-zhang-1215',
  residentId: 'u-resident-zhang',
  state: 'waitlisted',
  createdAt: Date.UTC(2026, 10, 25, 1, 0),
});
const liWaiting = bookingRecord(fullDay, {
  id: 'b-li-1215',
  residentId: LI,
  phone: '13905372345',
  state: 'waitlisted',
  createdAt: Date.UTC(2026, 10, 26, 1, 0),
});

const moved = { originalDate: '2026-12-25', movedTo: '2026-12-24', reason: '25日社区开展冬季消防演练' };

const everything: VisitWorldSetup = {
  slots: [station, home, fullDay, cancelledOnFullDay],
  bookings: [myStationBooking, seatOnFullDay, zhangWaiting, liWaiting],
  moves: [moved],
};

describe('约见 tab: visit days (real weapp build)', () => {
  const pages = weappPageTests();
  const clock = useVisitClock();

  async function openTab(setup: VisitWorldSetup): Promise<MiniPage> {
    const li = userView(pages.data, LI);
    const backend = visitBackend(pages.data, li, new VisitWorld(pages.data, setup));
    const page = pages.open('pages/visits/index', { backend });
    await page.waitForId('visit-days');
    return page;
  }

  const dates = (p: MiniPage) => p.textsOf('visit-days', 'mq-visit-day__date');
  const day = (date: string) => `visit-day-${date}`;

  test('lists the next six visit days with their Shanghai dates and weekdays, the moved one in place', async () => {
    const p = await openTab(everything);

    // A resident's own community: no community is sent.
    expect(p.backend.callsOf('visit', 'days').map((call) => call.data)).toEqual([{}]);
    expect(dates(p)).toEqual([
      '12月5日 周六',
      '12月15日 周二',
      '12月24日 周四',
      '1月5日 周二',
      '1月15日 周五',
      '1月25日 周一',
    ]);
    expect(p.find(day('2026-12-25'))).toBeUndefined();
    expect(p.textsOf('visit-days', 'mq-visit-day__today')).toEqual([]);
    expect(p.text('visits-office')).toBe('取消或改约截止后如需调整，请致电社区：0537-2201801');
    expect(p.find('my-visits-link')).toBeDefined();
  });

  test('a moved day says where it came from and why; the others carry no note', async () => {
    const p = await openTab(everything);

    expect(p.text(`${day('2026-12-24')}-moved`)).toBe('由12月25日调整25日社区开展冬季消防演练');
    expect(p.textsOf(`${day('2026-12-24')}-moved`, 'mq-visit-moved__tag')).toEqual(['由12月25日调整']);
    expect(p.textsOf(`${day('2026-12-24')}-moved`, 'mq-visit-moved__reason')).toEqual(['25日社区开展冬季消防演练']);
    expect(p.textsOf('visit-days', 'mq-visit-moved__tag')).toEqual(['由12月25日调整']);
    expect(p.find(`${day('2026-12-05')}-moved`)).toBeUndefined();
  });

  test('shows the slots and seats left per day, a full day, and a day without slots', async () => {
    const p = await openTab(everything);

    // 12月5日: 1 + 2 seats left over two open slots.
    expect(p.text(`${day('2026-12-05')}-seats`)).toBe('2个时段 · 剩余3个名额');
    // 12月15日: the open slot is full, the cancelled one is not counted.
    expect(p.text(`${day('2026-12-15')}-seats`)).toBe('1个时段 · 已约满，可排候补');
    expect(p.text(`${day('2026-12-24')}-seats`)).toBe('民情书记还没有发布时段');
    expect(p.classes(`${day('2026-12-24')}-seats`)).toContain('mq-visit-day__seats--none');
    expect(p.classes(`${day('2026-12-05')}-seats`)).not.toContain('mq-visit-day__seats--none');
  });

  test('shows my booking on its day: booked, and 候补第2位 on the waitlist', async () => {
    const p = await openTab(everything);

    expect(p.textsOf(`${day('2026-12-05')}-mine`, 'mq-visit-day__mine-label')).toEqual(['我的预约']);
    expect(p.textsOf(`${day('2026-12-05')}-mine`, 'mq-tag')).toEqual(['已预约']);
    expect(p.textsOf(`${day('2026-12-05')}-mine`, 'mq-tag--news')).toEqual(['已预约']);
    expect(p.textsOf(`${day('2026-12-05')}-mine`, 'mq-visit-day__mine-text')).toEqual([
      '09:00–11:00 红帆驿站 · 刘建国',
    ]);

    // 张桂兰 joined the waitlist first, so 李明 is second.
    expect(p.textsOf(`${day('2026-12-15')}-mine`, 'mq-tag')).toEqual(['候补第2位']);
    expect(p.textsOf(`${day('2026-12-15')}-mine`, 'mq-tag--warn')).toEqual(['候补第2位']);
    expect(p.textsOf(`${day('2026-12-15')}-mine`, 'mq-visit-day__mine-text')).toEqual([
      '09:30–11:30 企业走访 · 刘建国',
    ]);

    expect(p.find(`${day('2026-12-24')}-mine`)).toBeUndefined();
    expect(p.textsOf('visit-days', 'mq-visit-day__mine')).toHaveLength(2);
  });

  test('each day says until when it can be booked: 18:00 on the day before', async () => {
    const p = await openTab(everything);

    expect(p.text(`${day('2026-12-05')}-deadline`)).toBe('12月4日 18:00 截止预约');
    expect(p.text(`${day('2026-12-15')}-deadline`)).toBe('12月14日 18:00 截止预约');
    expect(p.text(`${day('2026-12-24')}-deadline`)).toBe('12月23日 18:00 截止预约');
    expect(p.text(`${day('2027-01-05')}-deadline`)).toBe('1月4日 18:00 截止预约');
    expect(p.classes(`${day('2026-12-05')}-deadline`)).not.toContain('mq-visit-day__deadline--closed');
  });

  test('on a visit day itself the day is marked 今天 and booking for it has closed', async () => {
    clock.set(shanghaiWallClockToMs('2026-12-05', '08:30'));
    const p = await openTab(everything);

    expect(dates(p)[0]).toBe('12月5日 周六');
    expect(p.textsOf(day('2026-12-05'), 'mq-visit-day__today')).toEqual(['今天']);
    expect(p.textsOf('visit-days', 'mq-visit-day__today')).toEqual(['今天']);
    expect(p.text(`${day('2026-12-05')}-deadline`)).toBe('预约已截止');
    expect(p.classes(`${day('2026-12-05')}-deadline`)).toContain('mq-visit-day__deadline--closed');
    expect(p.text(`${day('2026-12-15')}-deadline`)).toBe('12月14日 18:00 截止预约');
    expect(p.classes(`${day('2026-12-15')}-deadline`)).not.toContain('mq-visit-day__deadline--closed');
  });

  test('tapping a day opens its slots', async () => {
    const p = await openTab(everything);

    p.tap(day('2026-12-24'));
    await p.waitFor(() => p.wx.navigations[0], 'the navigation');

    expect(p.wx.navigations).toEqual([{ api: 'navigateTo', url: '/pages/visit-day/index?date=2026-12-24' }]);
  });

  test('pulling down asks for the days again and shows the new seats', async () => {
    expect(pageJson('pages/visits/index')).toMatchObject({ enablePullDownRefresh: true });
    const world = new VisitWorld(pages.data, everything);
    const li = userView(pages.data, LI);
    const p = pages.open('pages/visits/index', { backend: visitBackend(pages.data, li, world) });
    await p.waitForId('visit-days');
    expect(p.text(`${day('2026-12-05')}-seats`)).toBe('2个时段 · 剩余3个名额');

    world.slots.find((s) => s.id === 's-1205-home')!.seatsTaken = 2;
    p.pullDownRefresh();
    await p.waitFor(() => p.text(`${day('2026-12-05')}-seats`) === '2个时段 · 剩余1个名额', 'the refreshed seats');

    expect(p.backend.callsOf('visit', 'days')).toHaveLength(2);
    await p.waitFor(() => p.wx.pullDownStops === 1, 'stopPullDownRefresh');
  });
});
