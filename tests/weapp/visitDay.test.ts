/** @jest-environment jsdom */
import { requestIdSchema } from '@domain/ids';
import { shanghaiWallClockToMs } from '@domain/time';
import { weappPageTests } from './fixtures';
import { pageStyles, type MiniPage } from './harness';
import { LIU, visitScene, type VisitScene } from './visitScene';
import { DATE, LI, LI_PHONE, dayOfSlots, stationSlot, openVisitDay, slotCard } from './visitDayScene';
import { routes } from '@domain/routes';

describe('visit day: slots and booking (real weapp build)', () => {
  const pages = weappPageTests();
  // The scene's clock spy on Date.now.
  afterEach(() => jest.restoreAllMocks());

  const openDay = (day: { scene: VisitScene }) => openVisitDay(pages, day);
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
    // Greyed by the page's styles, as built.
    const wxss = pageStyles(routes.visitDay.path);
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
