import { requestId } from '../../support/testDeps';
import { engines } from '../../support/storages';
import { setup, VISIT_DAY, station, booking } from './visitEnv';

const templateIdOf = (env: Awaited<ReturnType<typeof setup>>, key: string) =>
  env.deps.templates.templates.find((t) => t.key === key)!.id;

/**
 * Issue 11: the visit-day page opens with one call, and booking, cancelling and moving answer with
 * the day as it now stands, so the page never asks again; the consent of the same tap rides along.
 */
describe.each(engines)('the visit-day page in one call on %s', (engine) => {
  it('opens with the day: its deadlines, the office phone, its move and its slots', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const day = await env.as('u-resident-zhang')('slots', { date: VISIT_DAY });
    expect(day).toMatchObject({
      ok: true,
      data: {
        date: VISIT_DAY,
        originalDate: VISIT_DAY,
        moved: false,
        reason: '',
        bookingOpen: true,
        cancelOpen: true,
        slots: [{ id: slot.id, seatsLeft: 2, waitlistCount: 0 }],
        myBooking: null,
      },
    });
    expect(day.data.officePhone).toMatch(/\d{7,}/);
    expect(day.data.cancelClosesAt).toBeGreaterThan(Date.parse('2026-12-03T00:00:00+08:00'));

    const committee = env.call;
    const moved = await committee('visit', 'u-committee-chen', 'moveVisitDay', {
      originalDate: '2026-12-15',
      movedTo: '2026-12-14',
      reason: '社区活动中心装修',
    });
    expect(moved.ok).toBe(true);
    expect(await env.as('u-resident-zhang')('slots', { date: '2026-12-14' })).toMatchObject({
      ok: true,
      data: { date: '2026-12-14', originalDate: '2026-12-15', moved: true, reason: '社区活动中心装修' },
    });
    expect(await env.as('u-resident-zhang')('slots', { date: '2026-12-15' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '这一天不是接访日',
    });
  });

  it('answers a booking, a cancel and a move with the day as it now stands', async () => {
    const env = await setup(engine);
    const [first, second] = await env.publish([station, { ...station, start: '14:00', end: '15:00', capacity: 1 }]);
    const li = env.as('u-resident-li');
    const booked = await li('book', { slotId: second.id, ...booking });
    expect(booked).toMatchObject({ ok: true, data: { status: 'booked', booking: { slotId: second.id } } });
    expect(booked.data.day.myBooking).toEqual(booked.data.booking);
    expect(booked.data.day.slots.map((s: { id: string; seatsLeft: number }) => [s.id, s.seatsLeft])).toEqual([
      [first.id, 2],
      [second.id, 0],
    ]);
    // The answer is what the page would have loaded.
    expect(booked.data.day).toEqual((await li('slots', { date: VISIT_DAY })).data);

    const wang = await env.newResident('openid-wang-day');
    const waiting = await wang('book', { slotId: second.id, ...booking });
    expect(waiting.data.status).toBe('waitlisted');
    expect(waiting.data.day.slots[1]).toMatchObject({ seatsLeft: 0, waitlistCount: 1 });
    expect(waiting.data.day.myBooking).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect(waiting.data.day).toEqual((await wang('slots', { date: VISIT_DAY })).data);

    const moved = await li('reschedule', { bookingId: booked.data.booking.id, toSlotId: first.id, reason: '下午有事' });
    expect(moved.data.day.myBooking).toMatchObject({ slotId: first.id, state: 'booked' });
    expect(moved.data.day).toEqual((await li('slots', { date: VISIT_DAY })).data);

    const cancelled = await li('cancel', { bookingId: moved.data.booking.id, reason: '临时有事' });
    expect(cancelled.data.booking).toMatchObject({ state: 'cancelled', cancelReason: '临时有事' });
    expect(cancelled.data.day.myBooking).toBeNull();
    expect(cancelled.data.day.slots[0]).toMatchObject({ seatsLeft: 2 });
    expect(cancelled.data.day).toEqual((await li('slots', { date: VISIT_DAY })).data);
    // 王's place on the waitlist of the afternoon slot moved up when 李 left it.
    expect((await wang('slots', { date: VISIT_DAY })).data.myBooking).toMatchObject({ state: 'booked' });
  });

  it("reads the slot with its day when the booking names the page's date, and books from a stale page too", async () => {
    const env = await setup(engine);
    const [first, second] = await env.publish([station, { ...station, start: '14:00', end: '15:00' }]);
    const li = env.as('u-resident-li');
    const booked = await li('book', { slotId: second.id, date: VISIT_DAY, ...booking });
    expect(booked).toMatchObject({ ok: true, data: { status: 'booked', booking: { slotId: second.id } } });
    // The seat this booking took is on the page it answers with, as a fresh read shows it.
    expect(booked.data.day.slots.map((s: { id: string; seatsLeft: number }) => [s.id, s.seatsLeft])).toEqual([
      [first.id, 2],
      [second.id, 1],
    ]);
    expect(booked.data.day).toEqual((await li('slots', { date: VISIT_DAY })).data);

    // A page showing another day than the slot's (it has moved since): the slot is found by its id.
    const wang = await env.newResident('openid-wang-stale');
    const stale = await wang('book', { slotId: first.id, date: '2026-12-15', ...booking });
    expect(stale).toMatchObject({ ok: true, data: { status: 'booked', day: { date: VISIT_DAY } } });
    expect(stale.data.day).toEqual((await wang('slots', { date: VISIT_DAY })).data);

    // Another community's resident naming the right date finds nothing to book.
    const outsider = await env.newResident('openid-ximen-stale', 'c-ximen');
    expect(await outsider('book', { slotId: first.id, date: VISIT_DAY, ...booking })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '时段不存在',
    });
    expect(await li('book', { slotId: first.id, date: '2026-13-40', ...booking })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
  });

  it("shows the cadre's name kept with each slot, renamed with the cadre, and reads it for older slots", async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const zhang = env.as('u-resident-zhang');
    const cadreNames = async () =>
      (await zhang('slots', { date: VISIT_DAY })).data.slots.map((s: { cadreName: string }) => s.cadreName);
    expect(await cadreNames()).toEqual(['刘建国']);

    const renamed = await env.call('account', 'u-cadre-liu', 'updateProfile', {
      name: '刘建华',
      communityId: 'c-dongmen',
    });
    expect(renamed.ok).toBe(true);
    expect(await cadreNames()).toEqual(['刘建华']);
    expect((await env.storage.slots.findById(slot.id))?.cadreName).toBe('刘建华');

    // A slot kept before slots carried the name: the cadre is read instead.
    const older = { ...(await env.storage.slots.findById(slot.id))!, id: 's-older', start: '15:00', end: '16:00' };
    await env.storage.slots.create({ ...older, cadreName: '' });
    expect(await cadreNames()).toEqual(['刘建华', '刘建华']);
  });

  it('records the consent of the booking tap with the booking, once, and refuses a foreign template', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const li = env.as('u-resident-li');
    const accepted = [templateIdOf(env, 'bookingResult'), templateIdOf(env, 'visitReminder')];
    const credits = async () => {
      const stored = await env.storage.subscriptions.credits('u-resident-li');
      return Object.fromEntries(env.deps.templates.templates.map((t) => [t.key, stored[t.id] ?? 0]));
    };

    const foreign = [templateIdOf(env, 'matterProgress')];
    const before = await env.storage.bookings.listBySlot(slot.id);
    expect(await li('book', { slotId: slot.id, ...booking, acceptedTemplateIds: foreign })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '订阅的消息模板与本次操作不符',
    });
    expect(await env.storage.bookings.listBySlot(slot.id)).toEqual(before);

    const id = requestId();
    const first = await env.call(
      'visit',
      'u-resident-li',
      'book',
      { slotId: slot.id, ...booking, acceptedTemplateIds: accepted },
      id,
    );
    expect(first.ok).toBe(true);
    expect(await credits()).toMatchObject({ bookingResult: 1, visitReminder: 1, matterProgress: 0 });
    // The same tap sent again, its dialog answered otherwise this time: the same intent, answered
    // as before, and nothing counted twice.
    const again = await env.call(
      'visit',
      'u-resident-li',
      'book',
      { slotId: slot.id, ...booking, acceptedTemplateIds: accepted.slice(0, 1) },
      id,
    );
    expect(again).toEqual(first);
    expect(await credits()).toMatchObject({ bookingResult: 1, visitReminder: 1 });
  });
});
