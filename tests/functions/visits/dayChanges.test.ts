import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { shanghaiWallClockToMs } from '@domain/time';
import { engines } from '../../support/storages';
import { setup, VISIT_DAY, station, home, booking } from './visitEnv';

describe.each(engines)('visit services: moving days and changing slots on %s', (engine) => {
  it('lets the committee move a visit day: the new date is bookable, the old one is not', async () => {
    const env = await setup(engine);
    const moved = await env.as('u-committee-chen')('moveVisitDay', {
      originalDate: '2026-12-25',
      movedTo: '2026-12-24',
      reason: '圣诞节不休，但社区有活动，提前一天',
    });
    expect(moved).toMatchObject({ ok: true });
    const days = moved.data.days.map((d: { date: string }) => d.date);
    expect(days).toContain('2026-12-24');
    expect(days).not.toContain('2026-12-25');
    expect(await env.publish([station], '2026-12-24')).toHaveLength(1);
    expect(
      await env.as('u-cadre-liu')('publishSlots', { communityId: 'c-dongmen', date: '2026-12-25', slots: [station] }),
    ).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    // 西门 did not move its day.
    expect(await env.publish([station], '2026-12-25', 'c-ximen')).toHaveLength(1);
  });

  it('moves the slots, bookings and waitlist with the day (across a month end) and tells every resident', async () => {
    const env = await setup(engine);
    const [slot, homeSlot] = await env.publish([{ ...station, capacity: 1 }, home]);
    const zhang = env.as('u-resident-zhang');
    const li = env.as('u-resident-li');
    const newcomer = await env.newResident('wx-newcomer');
    await zhang('book', { slotId: slot.id, ...booking });
    await li('book', { slotId: slot.id, ...booking }); // waitlisted
    await newcomer('book', { slotId: homeSlot.id, ...booking, address: '幸福小区5号楼' });
    const committee = env.as('u-committee-chen');

    const moved = await committee('moveVisitDay', {
      originalDate: VISIT_DAY,
      movedTo: '2026-11-30',
      reason: '社区活动',
    });
    expect(moved).toMatchObject({ ok: true, data: { movedBookings: 3, cancelledBookings: 0 } });
    const newDay = moved.data.days.find((d: { date: string }) => d.date === '2026-11-30');
    expect(newDay).toMatchObject({ originalDate: VISIT_DAY, moved: true, slotCount: 2 });
    expect(moved.data.days.map((d: { date: string }) => d.date)).not.toContain(VISIT_DAY);

    // The bookings are on the new date, in the same state and order; the old date holds nothing.
    expect((await zhang('myVisits', { when: 'upcoming' })).data.items[0]).toMatchObject({
      date: '2026-11-30',
      state: 'booked',
    });
    expect((await li('myVisits', { when: 'upcoming' })).data.items[0]).toMatchObject({
      date: '2026-11-30',
      state: 'waitlisted',
      waitlistPosition: 1,
    });
    expect((await env.as('u-cadre-liu')('daySheet', { date: '2026-11-30' })).data.slots).toHaveLength(2);
    expect((await env.as('u-cadre-liu')('daySheet', { date: VISIT_DAY })).data.slots).toHaveLength(0);

    // Every booked and waitlisted resident is told when and where, once.
    const told = env.deps.notified.filter((e) => e.kind === 'visit_day_moved');
    expect(told.map((e) => e.userIds[0]).sort()).toEqual(
      ['u-resident-zhang', 'u-resident-li', expect.any(String)].sort(),
    );
    expect(told.find((e) => e.userIds[0] === 'u-resident-zhang')?.values).toMatchObject({
      time: shanghaiWallClockToMs('2026-11-30', '09:00'),
      place: '东门社区红帆驿站',
      note: '社区活动',
    });
    const inbox = await env.storage.inbox.list('u-resident-li', null, 10);
    expect(inbox.items.map((n: { kind: string }) => n.kind)).toContain('visit_day_moved');

    // One active booking per resident per day still holds on the new date.
    expect(await zhang('book', { slotId: homeSlot.id, ...booking, address: '幸福小区3号楼' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    // The waitlist works on the new date, and the reminder comes the evening before it.
    const zhangsBooking = (await zhang('myVisits', { when: 'upcoming' })).data.items[0].id;
    expect(await zhang('cancel', { bookingId: zhangsBooking, reason: '临时有事' })).toMatchObject({ ok: true });
    expect((await li('myVisits', { when: 'upcoming' })).data.items[0]).toMatchObject({ state: 'booked' });
    env.deps.clock.advance(shanghaiWallClockToMs('2026-11-29', '18:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    const reminded = env.deps.notified.filter((e) => e.kind === 'visit_reminder');
    expect(reminded.map((e) => e.userIds[0]).sort()).toEqual(['u-resident-li', expect.any(String)].sort());
  });

  it('refuses to move a day onto a date another visit day was moved to', async () => {
    const env = await setup(engine);
    const committee = env.as('u-committee-chen');
    await committee('moveVisitDay', { originalDate: '2026-12-05', movedTo: '2026-12-10', reason: '社区活动' });
    const clash = await committee('moveVisitDay', {
      originalDate: '2026-12-15',
      movedTo: '2026-12-10',
      reason: '节日',
    });
    expect(clash).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(clash.message).toContain('另一个接访日');
    // Moving the same day again is fine: its slots follow it once more.
    await env.publish([station], '2026-12-10');
    const again = await committee('moveVisitDay', {
      originalDate: '2026-12-05',
      movedTo: '2026-12-11',
      reason: '再调整',
    });
    expect(again).toMatchObject({ ok: true });
    expect((await env.storage.slots.listByDay('c-dongmen', '2026-12-11')).length).toBe(1);
    expect(await env.storage.slots.listByDay('c-dongmen', '2026-12-10')).toEqual([]);
  });

  it('copies the last visit day’s slots in one step', async () => {
    const env = await setup(engine);
    await env.publish([station, home]);
    const copied = await env.as('u-cadre-liu')('copyLastDay', { communityId: 'c-dongmen', date: '2026-12-15' });
    expect(copied).toMatchObject({
      ok: true,
      data: {
        copiedFrom: VISIT_DAY,
        slots: [
          { start: '09:00', mode: 'station' },
          { start: '14:00', mode: 'home' },
        ],
      },
    });
  });

  it('gives seats added by a larger capacity to the waitlist, and refuses fewer seats than booked', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    const waiting = await env.newResident('wx-waiting');
    expect(await waiting('book', { slotId: slot.id, ...booking })).toMatchObject({ data: { status: 'waitlisted' } });
    expect(await env.as('u-cadre-liu')('updateSlot', { slotId: slot.id, ...station, capacity: 0 })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(await env.as('u-cadre-liu')('updateSlot', { slotId: slot.id, ...station, capacity: 2 })).toMatchObject({
      ok: true,
      data: { slot: { seatsTaken: 2, waitlistCount: 0 } },
    });
    expect(await waiting('myVisits', { when: 'upcoming' })).toMatchObject({ data: { items: [{ state: 'booked' }] } });
    expect(env.deps.notified.map((e) => e.kind)).toContain('waitlist_promoted');
  });

  it('cancels a slot with a reason and tells every booked resident', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    await env.as('u-resident-li')('book', { slotId: slot.id, ...booking });
    const cancelled = await env.as('u-cadre-liu')('cancelSlot', { slotId: slot.id, reason: '临时参加防汛会议' });
    expect(cancelled).toMatchObject({ ok: true, data: { slot: { state: 'cancelled' }, cancelledBookings: 2 } });
    expect(env.deps.notified.filter((e) => e.kind === 'slot_cancelled')).toHaveLength(2);
    expect(await env.as('u-resident-zhang')('myVisits', { when: 'upcoming' })).toMatchObject({
      data: { items: [{ state: 'cancelled' }] },
    });
  });
});
