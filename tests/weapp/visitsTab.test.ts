/** @jest-environment jsdom */
import { shanghaiWallClockToMs } from '@domain/time';
import { weappPageTests } from './fixtures';
import { pageJson, type MiniPage } from './harness';
import { LIU, visitScene, type VisitScene } from './visitScene';
import { routes, routeUrl } from '@domain/routes';

// 李明 lives in 东门社区 (host/seed.ts). The clock stands at 2026-11-27 10:00 in Shanghai, so the
// next visit days are 12月5日, 12月15日, 12月25日 (moved below to 12月24日), 1月5日, 1月15日, 1月25日.
const LI = 'u-resident-li';
const LI_PHONE = '13905372345';

/**
 * The next visit days of 东门社区: on 12月5日 刘建国's station talk (3 seats: 李明 and a neighbour
 * booked) and 孙立华's home visit (2 seats, free); on 12月15日 刘建国's enterprise visit (1 seat, a
 * neighbour has it; 张桂兰 waits, then 李明) and a cancelled station talk; 12月25日 moved to 12月24日.
 */
async function everything() {
  const scene = await visitScene();
  const station = await scene.publish(LIU, '2026-12-05', {
    start: '09:00',
    end: '11:00',
    mode: 'station',
    place: '东门社区红帆驿站',
    capacity: 3,
  });
  const home = await scene.publish(scene.sun, '2026-12-05', {
    start: '14:00',
    end: '16:00',
    mode: 'home',
    capacity: 2,
  });
  const fullDay = await scene.publish(LIU, '2026-12-15', {
    start: '09:30',
    end: '11:30',
    mode: 'enterprise',
    place: '古槐路创业园',
    capacity: 1,
  });
  // Cancelled slots do not count toward a day's slots or seats.
  const cancelledOnFullDay = await scene.publish(LIU, '2026-12-15', {
    start: '14:00',
    end: '16:00',
    mode: 'station',
    place: '东门社区红帆驿站',
    capacity: 5,
  });
  await scene.cancelSlot(LIU, cancelledOnFullDay, '民情书记临时参加防汛会议');
  await scene.book(LI, station, { phone: LI_PHONE });
  await scene.book(await scene.neighbour(), station);
  await scene.book(await scene.neighbour(), fullDay);
  await scene.book('u-resident-zhang', fullDay);
  await scene.book(LI, fullDay, { phone: LI_PHONE });
  await scene.moveDay('2026-12-25', '2026-12-24', '25日社区开展冬季消防演练');
  return { scene, home };
}

describe('约见 tab: visit days (real weapp build)', () => {
  const pages = weappPageTests();
  // The scene's clock spy on Date.now.
  afterEach(() => jest.restoreAllMocks());

  async function openTab({ scene }: { scene: VisitScene }): Promise<MiniPage> {
    const page = pages.open('pages/visits/index', { backend: scene.backendFor(pages.data, LI) });
    await page.waitForId('visit-days');
    return page;
  }

  const dates = (p: MiniPage) => p.textsOf('visit-days', 'mq-visit-day__date');
  const day = (date: string) => `visit-day-${date}`;

  test('lists the next six visit days with their Shanghai dates and weekdays, the moved one in place', async () => {
    const p = await openTab(await everything());

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
    const p = await openTab(await everything());

    expect(p.text(`${day('2026-12-24')}-moved`)).toBe('由12月25日调整25日社区开展冬季消防演练');
    expect(p.textsOf(`${day('2026-12-24')}-moved`, 'mq-visit-moved__tag')).toEqual(['由12月25日调整']);
    expect(p.textsOf(`${day('2026-12-24')}-moved`, 'mq-visit-moved__reason')).toEqual(['25日社区开展冬季消防演练']);
    expect(p.textsOf('visit-days', 'mq-visit-moved__tag')).toEqual(['由12月25日调整']);
    expect(p.find(`${day('2026-12-05')}-moved`)).toBeUndefined();
  });

  test('shows the slots and seats left per day, a full day, and a day without slots', async () => {
    const p = await openTab(await everything());

    // 12月5日: 1 + 2 seats left over two open slots.
    expect(p.text(`${day('2026-12-05')}-seats`)).toBe('2个时段 · 剩余3个名额');
    // 12月15日: the open slot is full, the cancelled one is not counted.
    expect(p.text(`${day('2026-12-15')}-seats`)).toBe('1个时段 · 已约满，可排候补');
    expect(p.text(`${day('2026-12-24')}-seats`)).toBe('民情书记还没有发布时段');
    expect(p.classes(`${day('2026-12-24')}-seats`)).toContain('mq-visit-day__seats--none');
    expect(p.classes(`${day('2026-12-05')}-seats`)).not.toContain('mq-visit-day__seats--none');
  });

  test('shows my booking on its day: booked, and 候补第2位 on the waitlist', async () => {
    const p = await openTab(await everything());

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
    const p = await openTab(await everything());

    expect(p.text(`${day('2026-12-05')}-deadline`)).toBe('12月4日 18:00 截止预约');
    expect(p.text(`${day('2026-12-15')}-deadline`)).toBe('12月14日 18:00 截止预约');
    expect(p.text(`${day('2026-12-24')}-deadline`)).toBe('12月23日 18:00 截止预约');
    expect(p.text(`${day('2027-01-05')}-deadline`)).toBe('1月4日 18:00 截止预约');
    expect(p.classes(`${day('2026-12-05')}-deadline`)).not.toContain('mq-visit-day__deadline--closed');
  });

  test('on a visit day itself the day is marked 今天 and booking for it has closed', async () => {
    const days = await everything();
    days.scene.setTime(shanghaiWallClockToMs('2026-12-05', '08:30'));
    const p = await openTab(days);

    expect(dates(p)[0]).toBe('12月5日 周六');
    expect(p.textsOf(day('2026-12-05'), 'mq-visit-day__today')).toEqual(['今天']);
    expect(p.textsOf('visit-days', 'mq-visit-day__today')).toEqual(['今天']);
    expect(p.text(`${day('2026-12-05')}-deadline`)).toBe('预约已截止');
    expect(p.classes(`${day('2026-12-05')}-deadline`)).toContain('mq-visit-day__deadline--closed');
    expect(p.text(`${day('2026-12-15')}-deadline`)).toBe('12月14日 18:00 截止预约');
    expect(p.classes(`${day('2026-12-15')}-deadline`)).not.toContain('mq-visit-day__deadline--closed');
  });

  test('tapping a day opens its slots', async () => {
    const p = await openTab(await everything());

    p.tap(day('2026-12-24'));
    await p.waitFor(() => p.wx.navigations[0], 'the navigation');

    expect(p.wx.navigations).toEqual([{ api: 'navigateTo', url: routeUrl(routes.visitDay, { date: '2026-12-24' }) }]);
  });

  test('pulling down asks for the days again and shows the new seats', async () => {
    expect(pageJson('pages/visits/index')).toMatchObject({ enablePullDownRefresh: true });
    const days = await everything();
    const p = await openTab(days);
    expect(p.text(`${day('2026-12-05')}-seats`)).toBe('2个时段 · 剩余3个名额');

    // Two neighbours take the home visit's seats meanwhile.
    await days.scene.book(await days.scene.neighbour(), days.home);
    await days.scene.book(await days.scene.neighbour(), days.home);
    p.pullDownRefresh();
    await p.waitFor(() => p.text(`${day('2026-12-05')}-seats`) === '2个时段 · 剩余1个名额', 'the refreshed seats');

    expect(p.backend.callsOf('visit', 'days')).toHaveLength(2);
    await p.waitFor(() => p.wx.pullDownStops === 1, 'stopPullDownRefresh');
  });
});
