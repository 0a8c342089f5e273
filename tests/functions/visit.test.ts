import { runTimerJobs } from '../../cloudfunctions/lib/services/notifications/timerJobs';
import { shanghaiWallClockToMs } from '@domain/time';
import { seededBackend } from '../support/seededBackend';
import { engines, type EngineName } from '../support/storages';

// Tests read the answers field by field; the handler tests pin the envelope's shape.
type Call = (action: string, data?: unknown) => Promise<any>;

const VISIT_DAY = '2026-12-05'; // the next visit day after the test clock's 2026-11-27

async function setup(engine: EngineName) {
  const server = await seededBackend({ engine });
  const { storage, deps } = server;
  const as =
    (userId: string): Call =>
    (action, data) =>
      server.call('visit', userId, action, data);
  async function newResident(openid: string, communityId = 'c-dongmen'): Promise<Call> {
    const resident = await server.newResident(openid, '居民', communityId);
    return (action, data) => server.call('visit', resident, action, data);
  }
  async function publish(slots: object[], date = VISIT_DAY, communityId = 'c-dongmen') {
    const result = await as('u-cadre-liu')('publishSlots', { communityId, date, slots });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.slots as { id: string }[];
  }
  return { storage, deps, as, newResident, publish, call: server.call };
}

const station = { start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 };
const home = { start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 3 };
const booking = { topic: '楼道灯坏了想当面说', address: '', phone: '13805371234' };

describe.each(engines)('visit services on %s', (engine) => {
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

  it('marks attendance, no-show, walk-ins and attendance-marking records only from the visit day on (Shanghai)', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const zhang = env.as('u-resident-zhang');
    await zhang('book', { slotId: slot.id, ...booking });
    const cadre = env.as('u-cadre-liu');
    const bookingId = (await cadre('daySheet', { date: VISIT_DAY })).data.slots[0].bookings[0].id;
    const to = (date: string, time: string) =>
      env.deps.clock.advance(shanghaiWallClockToMs(date, time) - env.deps.clock.now());
    const walkIn = { slotId: slot.id, name: '赵大爷', topic: '想问问低保怎么办' };
    for (const [date, time] of [
      ['2026-11-27', '10:00'], // eight days early
      ['2026-12-04', '23:59'], // the minute before the visit day in Shanghai (15:59 UTC)
    ]) {
      to(date, time);
      for (const state of ['attended', 'no_show']) {
        const early = await cadre('markAttendance', { bookingId, state });
        expect(early).toMatchObject({ ok: false, code: 'INVALID_STATE' });
        expect(early.message).toContain('12月5日');
      }
      expect(await cadre('addWalkIn', walkIn)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
      expect(await cadre('recordVisit', { bookingId, heard: '楼道灯坏了' })).toMatchObject({
        ok: false,
        code: 'INVALID_STATE',
      });
    }
    // Nothing changed: the resident can still cancel their booking.
    expect((await zhang('myVisits', { when: 'upcoming' })).data.items[0]).toMatchObject({ state: 'booked' });
    expect((await env.storage.bookings.listBySlot(slot.id)).map((b) => b.state)).toEqual(['booked']);
    to(VISIT_DAY, '00:00'); // midnight in Shanghai: the visit day has come
    expect(await cadre('markAttendance', { bookingId, state: 'no_show' })).toMatchObject({ ok: true });
    expect(await cadre('markAttendance', { bookingId, state: 'attended' })).toMatchObject({ ok: true });
    expect(await cadre('addWalkIn', walkIn)).toMatchObject({ ok: true, data: { booking: { state: 'attended' } } });
    to('2026-12-06', '09:00'); // and after it
    expect(await cadre('recordVisit', { bookingId, heard: '楼道灯坏了' })).toMatchObject({ ok: true });
  });

  it('never waitlists a walk-in: a full slot asks first, then adds a seat the walk-in holds', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    await env.as('u-resident-li')('book', { slotId: slot.id, ...booking }); // waitlisted
    env.deps.clock.advance(shanghaiWallClockToMs(VISIT_DAY, '09:30') - env.deps.clock.now());
    const cadre = env.as('u-cadre-liu');
    const walkIn = { slotId: slot.id, name: '赵大爷', topic: '想问问低保怎么办' };
    const asked = await cadre('addWalkIn', walkIn);
    expect(asked).toMatchObject({ ok: false, code: 'CONFIRMATION_REQUIRED' });
    expect(asked.message).toContain('已约满');
    expect((await env.storage.bookings.listBySlot(slot.id)).filter((b) => b.residentId === null)).toEqual([]);

    const added = await cadre('addWalkIn', { ...walkIn, overCapacity: true });
    expect(added).toMatchObject({ ok: true, data: { overCapacity: true, booking: { state: 'attended' } } });
    const states = (await env.storage.bookings.listBySlot(slot.id)).map((b) => [b.residentId, b.state]);
    expect(states).toEqual([
      ['u-resident-zhang', 'booked'],
      [null, 'attended'],
      ['u-resident-li', 'waitlisted'],
    ]);
    // Counted: one seat more, all taken, none left to book.
    expect(await env.storage.slots.findById(slot.id)).toMatchObject({ capacity: 2, seatsTaken: 2 });
    const sheet = await cadre('daySheet', { date: VISIT_DAY });
    expect(sheet.data.slots[0]).toMatchObject({ seatsLeft: 0 });
  });

  it('answers an error, not a silent success, when storing a walk-in fails', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    env.deps.clock.advance(shanghaiWallClockToMs(VISIT_DAY, '09:30') - env.deps.clock.now());
    const failing = () => Promise.reject(new Error('database unavailable'));
    env.storage.bookings.setAttendance = failing;
    env.storage.bookings.addWalkIn = failing;
    const result = await env.as('u-cadre-liu')('addWalkIn', { slotId: slot.id, name: '赵大爷', topic: '想问问低保' });
    expect(result).toMatchObject({ ok: false, code: 'INTERNAL' });
    // Nothing half-done is left: no walk-in stored as booked without its attendance.
    expect((await env.storage.bookings.listBySlot(slot.id)).filter((b) => b.residentId === null)).toEqual([]);
  });

  it('records the visit with a follow-up the resident sees, and turns it into a linked matter', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    const sheet = await env.as('u-cadre-liu')('daySheet', { date: VISIT_DAY });
    const bookingId = sheet.data.slots[0].bookings[0].id;
    env.deps.clock.advance(shanghaiWallClockToMs(VISIT_DAY, '09:30') - env.deps.clock.now());
    const recorded = await env.as('u-cadre-liu')('recordVisit', {
      bookingId,
      heard: '3号楼楼道灯坏了一个月',
      solved: '已联系物业，承诺一周内修好',
      followUp: { dueDate: '2026-12-12', note: '回访楼道灯是否修好' },
    });
    expect(recorded).toMatchObject({ ok: true, data: { record: { followUp: { state: 'open', overdue: false } } } });
    const recordId = recorded.data.record.id;
    expect(await env.as('u-cadre-liu')('followUps', {})).toMatchObject({
      data: { records: [{ id: recordId, residentName: '张桂兰' }] },
    });
    const matter = await env.as('u-cadre-liu')('openMatter', {
      recordId,
      title: '3号楼楼道灯坏了',
      category: 'facilities',
    });
    expect(matter).toMatchObject({ ok: true });
    expect(
      await env.as('u-cadre-liu')('openMatter', { recordId, title: '3号楼楼道灯坏了', category: 'facilities' }),
    ).toEqual(matter);
    expect((await env.storage.matters.findById(matter.data.matterId))?.authorId).toBe('u-resident-zhang');
    await env.as('u-cadre-liu')('closeFollowUp', { recordId, outcome: '灯已修好，居民满意' });
    const mine = await env.as('u-resident-zhang')('myVisits', { when: 'upcoming' });
    expect(mine).toMatchObject({
      data: {
        items: [
          {
            state: 'attended',
            record: {
              heard: '3号楼楼道灯坏了一个月',
              matterId: matter.data.matterId,
              followUp: { state: 'closed', outcome: '灯已修好，居民满意' },
            },
          },
        ],
      },
    });
  });

  it('opens a matter from a visit the way a resident raises one: masked, reviewed, honestly attributed, the resident told', async () => {
    const env = await setup(engine);
    const read =
      (userId: string) =>
      (action: string, data: object): Promise<any> =>
        env.call('matter', userId, action, data);
    const [slot] = await env.publish([station]);
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    env.deps.clock.advance(8 * 86_400_000); // the visit day, 10:00 in Shanghai
    const sheet = await env.as('u-cadre-liu')('daySheet', { date: VISIT_DAY });
    const recorded = await env.as('u-cadre-liu')('recordVisit', {
      bookingId: sheet.data.slots[0].bookings[0].id,
      heard: '东门口的车天天堵路，车主电话138 1234 5678，车牌鲁H12345',
      seen: '车主身份证370102199001011234压在挡风玻璃下',
    });
    const recordId = recorded.data.record.id;
    const opened = await env.as('u-cadre-liu')('openMatter', {
      recordId,
      title: '东门口车辆堵路13812345678',
      category: 'parking',
      anonymous: true,
    });
    expect(opened).toMatchObject({ ok: true, data: { moderation: 'queued' } });
    expect(opened.data.maskedKinds).toEqual(['phone', 'idNumber', 'plate']);
    const matterId = opened.data.matterId;
    const stored = await env.storage.matters.findById(matterId);
    expect(stored).toMatchObject({
      authorId: 'u-resident-zhang',
      raisedById: 'u-cadre-liu',
      anonymous: true,
      state: 'pending_review',
    });
    expect(JSON.stringify(stored)).not.toMatch(/1234 5678|13812345678|鲁H12345|370102199001011234/);
    // 东门 reviews matters first: nobody else sees it before the committee does.
    expect(await read('u-resident-li')('detail', { matterId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The resident is told, in the inbox and by a WeChat message (the matter-progress template).
    const told = env.deps.notified.filter((e) => e.kind === 'matter_raised_for_you');
    expect(told).toEqual([
      expect.objectContaining({
        userIds: ['u-resident-zhang'],
        ref: { type: 'matter', id: matterId },
        // The reason is the message's note; nothing says when or where (time is the event's, no place).
        values: expect.objectContaining({ note: '对其他居民匿名，社区审核后公开', place: '' }),
      }),
    ]);
    const outbox = await env.storage.outbox.listForUser('u-resident-zhang', null, 10);
    expect(outbox.items.map((row) => [row.kind, row.templateKey])).toContainEqual([
      'matter_raised_for_you',
      'matterProgress',
    ]);
    await read('u-committee-chen')('moderate', { targetType: 'matter', targetIds: [matterId], decision: 'approve' });
    const forNeighbour = await read('u-resident-li')('detail', { matterId });
    expect(forNeighbour).toMatchObject({
      ok: true,
      data: {
        title: '东门口车辆堵路138****5678',
        author: { id: null, name: '匿名居民' },
        raisedBy: { name: '刘建国' },
      },
    });
    expect(forNeighbour.data.timeline[0]).toMatchObject({
      transition: 'raise',
      actorRole: 'cadre',
      note: `民情书记刘建国代居民提出（走访记录 ${VISIT_DAY}）`,
    });
    expect(JSON.stringify(forNeighbour)).not.toMatch(/张桂兰|u-resident-zhang|1234 5678|鲁H12345|370102199001011234/);
    const listed = await read('u-resident-li')('list', {});
    expect(listed.data.items.find((m: { id: string }) => m.id === matterId)).toMatchObject({
      raisedBy: { name: '刘建国' },
      author: { name: '匿名居民' },
    });
    // The committee sees who the resident is; the resident sees it as theirs, raised for them.
    expect(await read('u-committee-chen')('detail', { matterId })).toMatchObject({
      data: { author: { id: 'u-resident-zhang', name: '张桂兰' }, raisedBy: { name: '刘建国' } },
    });
    expect(await read('u-resident-zhang')('mine', { relation: 'raised' })).toMatchObject({
      data: { items: [{ id: matterId, raisedBy: { name: '刘建国' } }] },
    });
    // The resident may change the choice the cadre wrote down; nobody else may.
    expect(await read('u-resident-li')('setAnonymous', { matterId, anonymous: false })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await read('u-resident-zhang')('setAnonymous', { matterId, anonymous: false })).toMatchObject({
      ok: true,
      data: { matter: { anonymous: false } },
    });
    expect(await read('u-resident-li')('detail', { matterId })).toMatchObject({
      data: { author: { id: 'u-resident-zhang', name: '张桂兰' }, raisedBy: { name: '刘建国' } },
    });
    // A retry answers the same matter and tells nobody twice.
    expect(
      await env.as('u-cadre-liu')('openMatter', { recordId, title: '东门口车辆堵路', category: 'parking' }),
    ).toMatchObject({ ok: true, data: { matterId, moderation: 'published' } });
    expect(env.deps.notified.filter((e) => e.kind === 'matter_raised_for_you')).toHaveLength(1);
  });

  it('refuses to open a matter from notes the content check refuses, and publishes at once where the community does not review first', async () => {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const [ximenSlot] = await env.publish([{ ...station, start: '14:00', end: '16:00' }], VISIT_DAY, 'c-ximen');
    await env.as('u-resident-zhang')('book', { slotId: slot.id, ...booking });
    await env.as('u-resident-wang')('book', { slotId: ximenSlot.id, ...booking });
    env.deps.clock.advance(8 * 86_400_000);
    const record = async (communityIndex: number, heard: string) => {
      const sheet = await env.as('u-cadre-liu')('daySheet', { date: VISIT_DAY });
      const bookingId = sheet.data.slots[communityIndex].bookings[0].id;
      return (await env.as('u-cadre-liu')('recordVisit', { bookingId, heard })).data.record.id as string;
    };
    const dongmen = await record(0, '有人在楼道里聚众赌博，居民很害怕');
    expect(
      await env.as('u-cadre-liu')('openMatter', { recordId: dongmen, title: '楼道里有人赌博', category: 'safety' }),
    ).toMatchObject({ ok: false, code: 'CONTENT_REJECTED' });
    expect((await env.storage.visitRecords.findById(dongmen))?.matterId).toBeNull();
    expect(env.deps.notified.some((e) => e.kind === 'matter_raised_for_you')).toBe(false);
    const ximen = await record(1, '西门小区路灯坏了三盏，晚上很黑');
    const opened = await env.as('u-cadre-liu')('openMatter', {
      recordId: ximen,
      title: '西门小区路灯坏了',
      category: 'facilities',
    });
    expect(opened).toMatchObject({ ok: true, data: { moderation: 'published', maskedKinds: [] } });
    expect(await env.storage.matters.findById(opened.data.matterId)).toMatchObject({
      state: 'open',
      authorId: 'u-resident-wang',
      raisedById: 'u-cadre-liu',
      anonymous: false,
    });
  });

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
