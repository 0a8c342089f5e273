import { shanghaiWallClockToMs } from '@domain/time';
import { engines } from '../../support/storages';
import { setup, VISIT_DAY, station, booking } from './visitEnv';

describe.each(engines)('visit services: the day sheet and visit records on %s', (engine) => {
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
});
