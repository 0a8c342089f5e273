import { shanghaiWallClockToMs } from '@domain/time';
import { engines } from '../../support/storages';
import { setup, VISIT_DAY, station, home, booking } from './visitEnv';

describe.each(engines)('visit services: slots and bookings on %s', (engine) => {
  it('publishes slots only on visit days and only in the cadre’s communities', async () => {
    const env = await setup(engine);
    const cadre = env.as('u-cadre-liu');
    expect(
      await cadre('publishSlots', { communityId: 'c-dongmen', date: '2026-12-06', slots: [station] }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(
      await cadre('publishSlots', { communityId: 'c-elsewhere', date: VISIT_DAY, slots: [station] }),
    ).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    expect(
      await cadre('publishSlots', { communityId: 'c-dongmen', date: VISIT_DAY, slots: [{ ...station, place: '' }] }),
    ).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    const [slot] = await env.publish([station]);
    const listed = await env.as('u-resident-zhang')('slots', { date: VISIT_DAY });
    expect(listed).toMatchObject({
      ok: true,
      data: { bookingOpen: true, slots: [{ id: slot.id, cadreName: '刘建国', mode: 'station', seatsLeft: 2 }] },
    });
    // Overlapping windows of one cadre on one day are refused.
    expect(
      await cadre('publishSlots', {
        communityId: 'c-ximen',
        date: VISIT_DAY,
        slots: [{ ...station, start: '10:00', end: '12:00' }],
      }),
    ).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });

  it('books, refuses a second booking that day, waitlists when full and promotes in order on cancel', async () => {
    const env = await setup(engine);
    const [slot, other] = await env.publish([station, home]);
    const zhang = env.as('u-resident-zhang');
    expect(await zhang('book', { slotId: slot.id, ...booking })).toMatchObject({
      ok: true,
      data: { status: 'booked' },
    });
    expect(await zhang('book', { slotId: other.id, ...booking, address: '幸福小区3号楼' })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
    expect(await env.as('u-resident-li')('book', { slotId: slot.id, ...booking })).toMatchObject({
      data: { status: 'booked' },
    });
    const first = await env.newResident('wx-first-waiting');
    const second = await env.newResident('wx-second-waiting');
    expect(await first('book', { slotId: slot.id, ...booking })).toMatchObject({
      data: { status: 'waitlisted', booking: { waitlistPosition: 1 } },
    });
    // The waitlist is in booking order; within one millisecond by booking id, which is derived
    // from the request id (so a retry finds its booking), hence the second books a moment later.
    env.deps.clock.advance(1);
    expect(await second('book', { slotId: slot.id, ...booking })).toMatchObject({
      data: { booking: { waitlistPosition: 2 } },
    });
    const mine = await zhang('myVisits', { when: 'upcoming' });
    const bookingId = mine.data.items[0].id;
    expect(await zhang('cancel', { bookingId, reason: '临时有事' })).toMatchObject({
      data: { booking: { state: 'cancelled' } },
    });
    expect(await first('myVisits', { when: 'upcoming' })).toMatchObject({ data: { items: [{ state: 'booked' }] } });
    expect(await second('myVisits', { when: 'upcoming' })).toMatchObject({
      data: { items: [{ waitlistPosition: 1 }] },
    });
    expect(env.deps.notified.map((e) => e.kind)).toContain('waitlist_promoted');
  });

  it('never over-books: 30 concurrent attempts for 5 seats', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 5 }]);
    const residents = [];
    for (let i = 0; i < 30; i += 1) residents.push(await env.newResident(`wx-rush-${i}`));
    const results = await Promise.all(residents.map((r) => r('book', { slotId: slot.id, ...booking })));
    const statuses = results.map((r) => (r.ok ? r.data.status : r.code));
    expect(statuses.filter((s) => s === 'booked')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(25);
    const stored = await env.storage.slots.findById(slot.id);
    expect(stored?.seatsTaken).toBe(5);
  });

  it('closes booking at 18:00 and cancelling at 12:00 the day before with DEADLINE_PASSED, saying whom to call', async () => {
    const env = await setup(engine);
    const [slot, other] = await env.publish([station, home]);
    const zhang = env.as('u-resident-zhang');
    await zhang('book', { slotId: slot.id, ...booking });
    const bookingId = (await zhang('myVisits', { when: 'upcoming' })).data.items[0].id;
    const to = (date: string, time: string) =>
      env.deps.clock.advance(shanghaiWallClockToMs(date, time) - env.deps.clock.now());
    to('2026-12-04', '11:59'); // a minute before: still open
    expect(await env.as('u-resident-li')('book', { slotId: slot.id, ...booking })).toMatchObject({ ok: true });
    to('2026-12-04', '12:00'); // at the cancel cut-off
    const late = await zhang('cancel', { bookingId, reason: '临时有事' });
    expect(late).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(late.ok ? '' : late.message).toContain('0537-2201801');
    const moved = await zhang('reschedule', { bookingId, toSlotId: other.id, reason: '临时有事' });
    expect(moved).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(moved.ok ? '' : moved.message).toContain('0537-2201801');
    to('2026-12-04', '18:01'); // just after the booking cut-off
    const lateBooking = await (
      await env.newResident('wx-latecomer')
    )('book', { slotId: other.id, ...booking, address: '3号楼' });
    expect(lateBooking).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(lateBooking.ok ? '' : lateBooking.message).toContain('0537-2201801');
    expect((await zhang('myVisits', { when: 'upcoming' })).data.items[0]).toMatchObject({ state: 'booked' });
  });

  it('limits a resident to 10 bookings a Shanghai day, so book/cancel cycles cannot flood the inbox', async () => {
    const env = await setup(engine);
    const [slot, other] = await env.publish([station, { ...station, start: '14:00', end: '16:00' }]);
    const zhang = env.as('u-resident-zhang');
    env.deps.clock.advance(shanghaiWallClockToMs('2026-11-27', '23:00') - env.deps.clock.now());
    for (let n = 0; n < 10; n += 1) {
      const booked = await zhang('book', { slotId: slot.id, ...booking });
      expect(booked).toMatchObject({ ok: true });
      expect(await zhang('cancel', { bookingId: booked.data.booking.id, reason: '测试取消' })).toMatchObject({
        ok: true,
      });
    }
    const told = env.deps.notified.length;
    const refused = await zhang('book', { slotId: slot.id, ...booking });
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(refused.message).toContain('明天再来');
    expect(env.deps.notified).toHaveLength(told);
    expect((await env.storage.bookings.listBySlot(slot.id)).length).toBe(0);
    // Another resident is not affected.
    expect(await env.as('u-resident-li')('book', { slotId: slot.id, ...booking })).toMatchObject({ ok: true });
    // Midnight in Shanghai (16:00 UTC) starts a new day.
    env.deps.clock.advance(shanghaiWallClockToMs('2026-11-28', '00:00') - env.deps.clock.now());
    const kept = await zhang('book', { slotId: slot.id, ...booking });
    expect(kept).toMatchObject({ ok: true });
    // A reschedule counts as a booking, and at the limit the old booking is kept.
    for (let n = 0; n < 9; n += 1) {
      const moved = await zhang('reschedule', {
        bookingId: (await zhang('myVisits', { when: 'upcoming' })).data.items.find(
          (b: { state: string }) => b.state === 'booked',
        ).id,
        toSlotId: n % 2 === 0 ? other.id : slot.id,
        reason: '换个时间',
      });
      expect(moved).toMatchObject({ ok: true });
    }
    const current = (await zhang('myVisits', { when: 'upcoming' })).data.items.find(
      (b: { state: string }) => b.state === 'booked',
    );
    const tooMany = await zhang('reschedule', { bookingId: current.id, toSlotId: slot.id, reason: '换个时间' });
    expect(tooMany).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect((await env.storage.bookings.findById(current.id))?.state).toBe('booked');
    // Cancelling is never limited.
    expect(await zhang('cancel', { bookingId: current.id, reason: '不去了' })).toMatchObject({ ok: true });
  });

  it('keeps contact details from other residents and masks them on the sheet until the cadre asks', async () => {
    const env = await setup(engine);
    const [, homeSlot] = await env.publish([station, home]);
    await env.as('u-resident-zhang')('book', { slotId: homeSlot.id, ...booking, address: '幸福小区3号楼2单元501' });
    // Another community's resident cannot book here.
    expect(await env.as('u-resident-wang')('book', { slotId: homeSlot.id, ...booking })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const sheet = await env.as('u-cadre-liu')('daySheet', { date: VISIT_DAY });
    const entry = sheet.data.slots[1].bookings[0];
    expect(entry).toMatchObject({
      residentName: '张桂兰',
      phone: '138****1234',
      address: '幸福小区****',
      contactMasked: true,
    });
    expect(JSON.stringify(sheet)).not.toContain('13805371234');
    expect(await env.as('u-cadre-liu')('revealContact', { bookingId: entry.id })).toMatchObject({
      data: { phone: '13805371234', address: '幸福小区3号楼2单元501' },
    });
    const audit = await env.storage.audit.list({ after: null, limit: 5 });
    expect(audit.items[0]).toMatchObject({ action: 'visit.revealContact', actorId: 'u-cadre-liu', targetId: entry.id });
    // The committee member is not the assigned cadre: the sheet is the cadre's.
    expect(await env.as('u-committee-chen')('revealContact', { bookingId: entry.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});
