import { resolvePeriod } from '@domain/stats/period';
import { visitFigureRules } from '@domain/stats/visitFigureRules';
import { shanghaiWallClockToMs } from '@domain/time';
import { callerFor } from '../../../cloudfunctions/lib/caller';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { bookFor } from '../../../cloudfunctions/lib/services/visits/bookFor';
import { seededBackend } from '../../support/seededBackend';
import { engines, type EngineName } from '../../support/storages';
import { readXlsx } from '../../support/readXlsx';
import { requestId } from '../../support/testDeps';
import { booking, home, station, VISIT_DAY } from './visitEnv';

const CHEN = 'u-committee-chen'; // 陈秀英, 东门社区居委会
const LIU = 'u-cadre-liu'; // 刘建国, the slots' cadre
const ZHANG = 'u-resident-zhang'; // 张桂兰, 东门
const LI = 'u-resident-li'; // 李明, 东门

async function bookForSetup(engine: EngineName) {
  const server = await seededBackend({ engine });
  const { storage, deps } = server;
  // Tests read the answers field by field.
  const visit = (userId: string, action: string, data: object = {}, id?: string): Promise<any> =>
    server.call('visit', userId, action, data, id);
  async function publish(slots: object[], communityId = 'c-dongmen') {
    const { slots: published } = await server.act('visit', LIU, 'publishSlots', {
      communityId,
      date: VISIT_DAY,
      slots,
    });
    return published as { id: string }[];
  }
  /** The inbox sentences a user was sent, newest first. */
  async function inbox(userId: string): Promise<string[]> {
    return (await storage.inbox.list(userId, null, 20)).items.map((e) => `${e.kind}|${e.text}`);
  }
  return { server, storage, deps, visit, publish, inbox };
}

/** An inbox sentence containing `text`. */
const heard = (text: string) => expect.stringContaining(text);

const forZhang = { residentId: ZHANG, residentName: '张阿姨', consent: '本人到社区当面同意', familyId: null };
const forNoAccount = { residentId: null, residentName: '王桂芝', consent: '本人口头同意', familyId: null };

describe.each(engines)('红色代办: booking 民意5来听 for a resident on %s', (engine) => {
  it('books for a registered resident: theirs in 我的约见 and on the cadre’s sheet, 由陈秀英代办, family told', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    const answer = await env.visit(CHEN, 'bookFor', { slotId: slot.id, ...booking, ...forZhang, familyId: LI });
    expect(answer).toMatchObject({
      ok: true,
      data: {
        status: 'booked',
        booking: {
          residentId: ZHANG,
          residentName: '张桂兰',
          onBehalfLine: '由陈秀英代办',
          onBehalfConsent: '本人到社区当面同意',
          walkIn: false,
          cadreName: '刘建国',
          phone: '138****1234',
          contactMasked: true,
        },
      },
    });
    const mine = await env.visit(ZHANG, 'myVisits', { when: 'upcoming' });
    expect(mine.data.items).toEqual([
      expect.objectContaining({ id: answer.data.booking.id, onBehalfLine: '由陈秀英代办', phone: '13805371234' }),
    ]);
    const sheet = await env.visit(LIU, 'daySheet', { date: VISIT_DAY });
    expect(sheet.data.slots[0].bookings).toEqual([
      expect.objectContaining({ residentName: '张桂兰', onBehalfLine: '由陈秀英代办', contactMasked: true }),
    ]);
    expect(JSON.stringify(sheet)).not.toContain('13805371234');
    // It counts as the resident's: the seat is taken, and a second booking that day is hers too.
    expect((await env.storage.slots.findById(slot.id))?.seatsTaken).toBe(1);
    expect(await env.visit(ZHANG, 'book', { slotId: slot.id, ...booking })).toMatchObject({ code: 'CONFLICT' });
    const made = env.deps.notified.filter((e) => e.kind === 'booking_made_for_you');
    expect(made.flatMap((e) => e.userIds).sort()).toEqual([LI, ZHANG].sort());
    expect(await env.inbox(ZHANG)).toContainEqual(
      heard('社区工作人员按您的意思为您预约了民意5来听（由陈秀英代办，本人到社区当面同意）'),
    );
    expect(await env.inbox(LI)).toContainEqual(heard('为您的家人张桂兰预约了民意5来听'));
    expect(await env.inbox(CHEN)).toEqual([]);
  });

  it('books for a resident without an account, named; the staff member who booked is reminded for them', async () => {
    const env = await bookForSetup(engine);
    const [, homeSlot] = await env.publish([station, home]);
    const answer = await env.visit('u-grid-sun', 'bookFor', {
      slotId: homeSlot.id,
      ...booking,
      phone: '',
      address: '幸福小区5号楼101',
      ...forNoAccount,
      familyId: ZHANG,
    });
    expect(answer.data).toMatchObject({
      status: 'booked',
      booking: { residentId: null, residentName: '王桂芝', onBehalfLine: '由孙丽代办', walkIn: false, phone: '' },
    });
    const sheet = await env.visit(LIU, 'daySheet', { date: VISIT_DAY });
    expect(sheet.data.slots[1].bookings[0]).toMatchObject({
      residentName: '王桂芝',
      onBehalfLine: '由孙丽代办',
      onBehalfConsent: '本人口头同意',
      address: '幸福小区****',
    });
    // Made: the family is told, the grid worker is not told of her own act.
    expect(await env.inbox('u-grid-sun')).toEqual([]);
    expect(await env.inbox(ZHANG)).toContainEqual(heard('为您的家人王桂芝预约了民意5来听'));
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '18:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    await runTimerJobs(env.deps);
    const reminders = env.deps.notified.filter((e) => e.kind === 'visit_reminder');
    expect(reminders.flatMap((e) => e.userIds).sort()).toEqual(['u-grid-sun', ZHANG].sort());
    expect(await env.inbox('u-grid-sun')).toContainEqual(heard('您为王桂芝预约的民意5来听接访在12月5日 14:00'));
    expect(await env.inbox(ZHANG)).toContainEqual(heard('别忘了提醒您的家人王桂芝'));
  });

  it('a full slot waitlists; a cancel promotes, and the staff member and the family hear it about 王桂芝', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    const own = await env.visit(LI, 'book', { slotId: slot.id, ...booking });
    expect(own.data.status).toBe('booked');
    const waiting = await env.visit(CHEN, 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount, familyId: ZHANG });
    expect(waiting.data).toMatchObject({ status: 'waitlisted', booking: { state: 'waitlisted', waitlistPosition: 1 } });
    expect(await env.inbox(ZHANG)).toContainEqual(heard('王桂芝在候补中'));
    await env.visit(LI, 'cancel', { bookingId: own.data.booking.id, reason: '临时有事' });
    expect((await env.storage.bookings.findById(waiting.data.booking.id))?.state).toBe('booked');
    const promoted = env.deps.notified.filter((e) => e.kind === 'waitlist_promoted');
    expect(promoted.flatMap((e) => e.userIds).sort()).toEqual([CHEN, ZHANG].sort());
    expect(await env.inbox(CHEN)).toContainEqual(heard('您为王桂芝预约的民意5来听已从候补转为预约成功'));
    expect(await env.inbox(ZHANG)).toContainEqual(heard('您的家人王桂芝已从候补转为预约成功'));
    // The cadre cancels the slot: both hear it, the cadre is not told of their own act.
    await env.visit(LIU, 'cancelSlot', { slotId: slot.id, reason: '书记临时开会' });
    expect(await env.inbox(CHEN)).toContainEqual(heard('您为王桂芝预约的接访已取消，原因：书记临时开会'));
    expect(await env.inbox(ZHANG)).toContainEqual(heard('您的家人王桂芝预约的接访已取消'));
    expect(await env.inbox(LIU)).toEqual([]);
  });

  it('refuses another community’s slot or resident, residents, a property company, no consent: nothing changed', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    const [ximenSlot] = await env.publish([{ ...station, start: '14:00', end: '16:00' }], 'c-ximen');
    const before = env.server.snapshot();
    const input = { slotId: slot.id, ...booking, ...forZhang };
    expect(await env.visit(CHEN, 'bookFor', { ...input, slotId: ximenSlot.id })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    const other = await env.visit(CHEN, 'bookFor', { ...input, residentId: 'u-resident-wang' });
    expect(other).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '找不到本社区的这位居民' });
    expect(await env.visit(ZHANG, 'bookFor', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await env.visit('u-property-zheng', 'bookFor', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await env.visit(CHEN, 'bookFor', { ...input, consent: '' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(await env.visit(CHEN, 'bookFor', { ...input, familyId: ZHANG })).toMatchObject({ code: 'BAD_INPUT' });
    expect(env.server.snapshot()).toEqual(before);
  });

  it('a retry of the same request finds its booking: one booking, one seat, everyone told once', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    const id = requestId();
    const input = { slotId: slot.id, ...booking, ...forZhang, familyId: LI };
    const first = await env.visit(CHEN, 'bookFor', input, id);
    expect(await env.visit(CHEN, 'bookFor', input, id)).toEqual(first);
    // An attempt whose answer was lost: the service itself runs again under the same request id.
    const chen = await env.storage.users.findById(CHEN);
    const ctx = {
      caller: callerFor(chen!.openid, 'wx-test', chen),
      deps: env.deps,
      requestId: id,
      earlierAttempt: true,
    };
    const again = await bookFor(ctx, { ...input, address: '' });
    expect(again.booking.id).toBe(first.data.booking.id);
    expect(again.status).toBe('booked');
    expect(await env.storage.bookings.listBySlot(slot.id)).toHaveLength(1);
    expect((await env.storage.slots.findById(slot.id))?.seatsTaken).toBe(1);
    expect(env.deps.notified.filter((e) => e.kind === 'booking_made_for_you')).toHaveLength(2); // resident, family
    expect(await env.inbox(ZHANG)).toHaveLength(1);
  });

  it('bookFor and residents’ own bookings on a one-seat slot at once never overbook', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    const calls = [
      env.visit(CHEN, 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount }),
      env.visit(LIU, 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount, residentName: '赵大爷' }),
      env.visit(ZHANG, 'book', { slotId: slot.id, ...booking }),
      env.visit(LI, 'book', { slotId: slot.id, ...booking }),
    ];
    const statuses = (await Promise.all(calls)).map((r) => (r.ok ? r.data.status : r.code));
    expect(statuses.filter((s) => s === 'booked')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(3);
    expect((await env.storage.slots.findById(slot.id))?.seatsTaken).toBe(1);
  });

  it('the staff member who booked, or the committee, cancels with a reason before the cut-off; the seat goes on', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([{ ...station, capacity: 1 }]);
    const made = await env.visit(LIU, 'bookFor', { slotId: slot.id, ...booking, ...forZhang, familyId: LI });
    const waiting = await env.visit('u-resident-wang', 'book', { slotId: slot.id, ...booking });
    expect(waiting.ok).toBe(false); // another community's resident cannot book here
    const second = await env.server.newResident('wx-waiting');
    const queued: any = await env.server.call('visit', second, 'book', { slotId: slot.id, ...booking });
    expect(queued.data.status).toBe('waitlisted');
    const bookingId = made.data.booking.id;
    // A grid worker who did not book it may not cancel it; the reason is required.
    expect(await env.visit('u-grid-sun', 'cancelFor', { bookingId, reason: '居民说不去了' })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await env.visit(LIU, 'cancelFor', { bookingId, reason: '' })).toMatchObject({ code: 'BAD_INPUT' });
    const cancelled = await env.visit(CHEN, 'cancelFor', { bookingId, reason: '居民说不去了' });
    expect(cancelled.data.booking).toMatchObject({ state: 'cancelled', onBehalfLine: '由刘建国代办' });
    expect((await env.storage.bookings.findById(queued.data.booking.id))?.state).toBe('booked');
    expect(await env.inbox(ZHANG)).toContainEqual(heard('社区工作人员取消了为您代约的民意5来听，原因：居民说不去了'));
    expect(await env.inbox(LI)).toContainEqual(heard('您的家人张桂兰的民意5来听预约已由社区工作人员取消'));
    // After the cancel cut-off: whom to call.
    const again = await env.visit(LIU, 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount });
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '12:00') - env.deps.clock.now());
    const late = await env.visit(LIU, 'cancelFor', { bookingId: again.data.booking.id, reason: '不去了' });
    expect(late).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
  });

  it('is in the resident’s data export, erased with their account, and forgets a deleted family member', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    const made = await env.visit(CHEN, 'bookFor', { slotId: slot.id, ...booking, ...forZhang, familyId: LI });
    const answer = await env.server.call('account', ZHANG, 'exportMyData', {});
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const saved = env.deps.exportFiles.saved.get(answer.data.url);
    const rows = readXlsx(saved!.bytes).sheets['预约'].rows;
    expect(rows).toEqual([expect.objectContaining({ 预约编号: made.data.booking.id })]);
    expect(String(rows[0]['红色代办记录'])).toContain('陈秀英');

    expect(await env.server.call('account', LI, 'deleteAccount', { confirm: true })).toMatchObject({ ok: true });
    expect((await env.storage.bookings.findById(made.data.booking.id))?.onBehalf?.familyId).toBeNull();
    expect(await env.server.call('account', ZHANG, 'deleteAccount', { confirm: true })).toMatchObject({ ok: true });
    const erased = await env.storage.bookings.findById(made.data.booking.id);
    expect(erased).toMatchObject({ state: 'cancelled', onBehalf: { residentName: '', staffName: '陈秀英' } });
  });

  it('counts as booked ahead in the statistics, not as a walk-in', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    const made = await env.visit(LIU, 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount });
    env.deps.clock.advance(shanghaiWallClockToMs(VISIT_DAY, '09:30') - env.deps.clock.now());
    const bookingId = made.data.booking.id;
    expect(await env.visit(LIU, 'markAttendance', { bookingId, state: 'attended' })).toMatchObject({ ok: true });
    const scope = { view: 'community' as const, communityIds: ['c-dongmen'], cadreId: null };
    const period = resolvePeriod({ kind: 'thisMonth' }, env.deps.clock.now());
    const [day] = await env.storage.visitStats.slotDays(scope, period);
    expect(day).toMatchObject({ booked: 1, attended: 1, walkIns: 0 });
    const rows = [{ slotId: slot.id, residentId: null, onBehalf: { staffId: LIU }, state: 'attended' }];
    expect(rows.filter(visitFigureRules.walkIn)).toHaveLength(0);
  });

  it('a moved visit day reaches the family and, for a resident without an account, the staff member who booked', async () => {
    const env = await bookForSetup(engine);
    const [slot] = await env.publish([station]);
    await env.visit('u-grid-sun', 'bookFor', { slotId: slot.id, ...booking, ...forNoAccount, familyId: ZHANG });
    const moved = await env.visit(CHEN, 'moveVisitDay', {
      originalDate: VISIT_DAY,
      movedTo: '2026-12-04',
      reason: '社区活动',
    });
    expect(moved).toMatchObject({ ok: true, data: { movedBookings: 1 } });
    expect(await env.inbox('u-grid-sun')).toContainEqual(heard('您为王桂芝预约的接访随之改到：12月4日 09:00'));
    expect(await env.inbox(ZHANG)).toContainEqual(heard('您的家人王桂芝的预约随之改到：12月4日 09:00'));
  });
});
