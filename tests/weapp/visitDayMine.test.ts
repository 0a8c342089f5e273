/** @jest-environment jsdom */
import { requestIdSchema } from '@domain/ids';
import { shanghaiWallClockToMs } from '@domain/time';
import { weappPageTests } from './fixtures';
import type { VisitScene } from './visitScene';
import { LI, LI_PHONE, dayOfSlots, dayWithMyStationBooking, openVisitDay, slotCard } from './visitDayScene';

describe('visit day: my booking, waitlisted or taken, and cancelling it (real weapp build)', () => {
  const pages = weappPageTests();
  // The scene's clock spy on Date.now.
  afterEach(() => jest.restoreAllMocks());

  const openDay = (day: { scene: VisitScene }) => openVisitDay(pages, day);

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
});
