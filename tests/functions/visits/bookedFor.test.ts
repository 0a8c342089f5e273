import { shanghaiWallClockToMs } from '@domain/time';
import { callerFor } from '../../../cloudfunctions/lib/caller';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { bookedFor } from '../../../cloudfunctions/lib/services/visits/bookedFor';
import { engines, type EngineName } from '../../support/storages';
import { booking, home, setup, station, VISIT_DAY } from './visitEnv';

const CHEN = 'u-committee-chen'; // 陈秀英, 东门社区居委会
const ZHAO = 'u-committee-zhao'; // 赵磊, 西门社区居委会
const LIU = 'u-cadre-liu'; // 刘建国, cadre of 东门 and 西门
const SUN = 'u-grid-sun'; // 孙丽, grid worker of 东门
const NEXT_DAY = '2026-12-15';

const named = (residentName: string) => ({ residentId: null, residentName, consent: '本人口头同意', familyId: null });

/**
 * 东门 on the coming visit days: 李明's own booking fills the one-seat station slot, 陈秀英 puts
 * 张桂兰 on its waitlist, 刘建国 books 王桂芝 a home visit, 孙丽 books 赵大爷 on the next day, and
 * 陈秀英 books 钱奶奶 and cancels again; in 西门, 刘建国 books for 王芳.
 */
async function scene(engine: EngineName) {
  const env = await setup(engine);
  const [stationSlot, homeSlot] = await env.publish([{ ...station, capacity: 1 }, home]);
  const [nextSlot] = await env.publish([station], NEXT_DAY);
  const [ximenSlot] = await env.publish([{ ...station, start: '16:30', end: '17:30' }], VISIT_DAY, 'c-ximen');
  const made = async (userId: string, data: object) => {
    const answer = await env.as(userId)('bookFor', { ...booking, ...data });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    return answer.data.booking.id as string;
  };
  const own = await env.as('u-resident-li')('book', { slotId: stationSlot.id, ...booking });
  expect(own.data.status).toBe('booked');
  const ids = {
    zhang: await made(CHEN, {
      slotId: stationSlot.id,
      residentId: 'u-resident-zhang',
      residentName: '张阿姨',
      consent: '本人到社区当面同意',
      familyId: null,
    }),
    wangGuizhi: await made(LIU, { slotId: homeSlot.id, address: '幸福小区5号楼101', ...named('王桂芝') }),
    zhao: await made(SUN, { slotId: nextSlot.id, ...named('赵大爷') }),
    qian: await made(CHEN, { slotId: homeSlot.id, address: '幸福小区6号楼202', ...named('钱奶奶') }),
    wangFang: await made(LIU, {
      slotId: ximenSlot.id,
      residentId: 'u-resident-wang',
      residentName: '王芳',
      consent: '家属代为同意',
      familyId: null,
    }),
  };
  const cancelled = await env.as(CHEN)('cancelFor', { bookingId: ids.qian, reason: '居民说不去了' });
  expect(cancelled.ok).toBe(true);
  const list = async (userId: string, input: object = {}) => env.as(userId)('bookedFor', input);
  return { ...env, ids, list, ownId: own.data.booking.id as string };
}

/** The storage, counting each repository call made through it as `repository.method`. */
function counting(storage: Storage): { storage: Storage; calls: string[] } {
  const calls: string[] = [];
  const wrap = (name: string, repository: object) =>
    new Proxy(repository, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        return (...args: unknown[]) => {
          calls.push(`${name}.${property}`);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
  const wrapped = Object.fromEntries(
    Object.entries(storage).map(([name, repository]) => [
      name,
      typeof repository === 'object' && repository !== null ? wrap(name, repository) : repository,
    ]),
  );
  return { storage: wrapped as unknown as Storage, calls };
}

describe.each(engines)('红色代办: finding the visits booked for residents on %s', (engine) => {
  it('lists the community’s on-behalf bookings, booked or waitlisted, soonest first, as staff see them', async () => {
    const env = await scene(engine);
    const answer = await env.list(CHEN);
    expect(answer).toMatchObject({ ok: true, data: { communityId: 'c-dongmen' } });
    const { bookings } = answer.data;
    // Not 李明's own booking, not the cancelled one, not 西门's.
    expect(bookings.map((b: { id: string }) => b.id)).toEqual([env.ids.zhang, env.ids.wangGuizhi, env.ids.zhao]);
    expect(bookings[0]).toMatchObject({
      residentId: 'u-resident-zhang',
      residentName: '张桂兰',
      date: VISIT_DAY,
      start: '09:00',
      cadreName: '刘建国',
      state: 'waitlisted',
      waitlistPosition: 1,
      onBehalfLine: '由陈秀英代办',
      onBehalfConsent: '本人到社区当面同意',
      phone: '138****1234',
      contactMasked: true,
      walkIn: false,
    });
    expect(bookings[1]).toMatchObject({
      residentId: null,
      residentName: '王桂芝',
      start: '14:00',
      mode: 'home',
      state: 'booked',
      waitlistPosition: null,
      onBehalfLine: '由刘建国代办',
      address: '幸福小区****',
    });
    expect(bookings[2]).toMatchObject({ residentName: '赵大爷', date: NEXT_DAY, onBehalfLine: '由孙丽代办' });
    expect(JSON.stringify(answer)).not.toContain('13805371234');
    expect(bookings[0]).not.toHaveProperty('record');
  });

  it('says who may cancel: the staff member who booked, or the committee; another cadre not', async () => {
    const env = await scene(engine);
    const mayCancel = async (userId: string) =>
      Object.fromEntries(
        (await env.list(userId)).data.bookings.map((b: { residentName: string; mayCancel: boolean }) => [
          b.residentName,
          b.mayCancel,
        ]),
      );
    expect(await mayCancel(CHEN)).toEqual({ 张桂兰: true, 王桂芝: true, 赵大爷: true });
    expect(await mayCancel(LIU)).toEqual({ 张桂兰: false, 王桂芝: true, 赵大爷: false });
    expect(await mayCancel(SUN)).toEqual({ 张桂兰: false, 王桂芝: false, 赵大爷: true });
    // The button does not lie: cancelFor agrees with it either way.
    const refused = await env.as(LIU)('cancelFor', { bookingId: env.ids.zhang, reason: '居民说不去了' });
    expect(refused).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // From the cancel cut-off (12:00 the day before) on, that day's bookings can no longer be cancelled.
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '12:00') - env.deps.clock.now());
    expect(await mayCancel(CHEN)).toEqual({ 张桂兰: false, 王桂芝: false, 赵大爷: true });
    const late = await env.as(CHEN)('cancelFor', { bookingId: env.ids.wangGuizhi, reason: '居民说不去了' });
    expect(late).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
  });

  it('a cancelled one leaves the list; a promoted one shows booked', async () => {
    const env = await scene(engine);
    await env.as(LIU)('cancelFor', { bookingId: env.ids.wangGuizhi, reason: '居民住院了' });
    await env.as('u-resident-li')('cancel', { bookingId: env.ownId, reason: '临时有事' });
    const { bookings } = (await env.list(SUN)).data;
    expect(bookings.map((b: { id: string; state: string }) => [b.id, b.state])).toEqual([
      [env.ids.zhang, 'booked'],
      [env.ids.zhao, 'booked'],
    ]);
  });

  it('each community’s staff see their own; another community refused, a resident forbidden', async () => {
    const env = await scene(engine);
    const ximen = await env.list(ZHAO);
    expect(ximen.data.bookings.map((b: { id: string; mayCancel: boolean }) => [b.id, b.mayCancel])).toEqual([
      [env.ids.wangFang, true],
    ]);
    const liuInXimen = await env.list(LIU, { communityId: 'c-ximen' });
    expect(liuInXimen.data.bookings).toEqual([expect.objectContaining({ residentName: '王芳', mayCancel: true })]);
    expect(await env.list(CHEN, { communityId: 'c-ximen' })).toMatchObject({ ok: false, code: 'OUTSIDE_COMMUNITY' });
    expect(await env.list(ZHAO, { communityId: 'c-dongmen' })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    expect(await env.list('u-resident-zhang')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await env.list('u-property-zheng')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lists nothing when nobody was booked for', async () => {
    const env = await setup(engine);
    await env.publish([station]);
    expect(await env.as(CHEN)('bookedFor', {})).toEqual({
      ok: true,
      data: { communityId: 'c-dongmen', bookings: [] },
    });
  });

  it('reads a fixed number of times, however many slots and bookings the days hold', async () => {
    const env = await scene(engine);
    const chen = (await env.storage.users.findById(CHEN))!;
    async function readsOfList() {
      const counted = counting(env.storage);
      const ctx = {
        caller: callerFor(chen.openid, 'wx-test', chen),
        deps: { ...env.deps, storage: counted.storage },
        requestId: null,
        earlierAttempt: false,
      };
      const answer = await bookedFor(ctx, {});
      return { calls: counted.calls.sort(), count: answer.bookings.length };
    }
    const before = await readsOfList();
    expect(before.calls).toEqual([
      'bookings.listBookedOnDay', // the two days with a seat taken
      'bookings.listBookedOnDay',
      'bookings.listWaitlisted',
      'slots.listByDays',
      'users.findByIds',
      'visitDayMoves.withCommunity',
    ]);
    const more = await env.publish(
      [
        { ...station, start: '13:00', end: '14:00' },
        { ...station, start: '14:00', end: '15:00' },
        { ...station, start: '15:00', end: '16:00' },
      ],
      NEXT_DAY,
    );
    for (const [n, slot] of more.entries()) {
      const answer = await env.as(SUN)('bookFor', { slotId: slot.id, ...booking, ...named(`居民${n}`) });
      expect(answer.ok).toBe(true);
    }
    const after = await readsOfList();
    expect(after.count).toBe(before.count + more.length);
    expect(after.calls).toEqual(before.calls);
  });
});
