import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { formatShanghai, shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import { engines } from '../../support/storages';
import { aBooking, aSlot } from '../../support/builders/visits';
import { notificationEnv } from './notificationEnv';
import { notify } from '../../../cloudfunctions/lib/services/notifications/notify';

// Each test runs the minute timer dozens of times (every reminder job and the outbox); on the
// in-memory CloudBase of a loaded 2-core machine that takes more than jest's default 5 s.
jest.setTimeout(30_000);

const TEN_MINUTES = 10 * 60_000;

/** A slot on `date` with 李明 booked, straight into storage: any date, moved visit days too. */
async function bookedOn(storage: Storage, date: string, n: number) {
  const slot = aSlot({ id: `s-${n}`, communityId: 'c-dongmen', cadreId: 'u-cadre-liu', date, start: '09:00' });
  await storage.slots.create(slot);
  const booking = aBooking({
    id: `b-${n}`,
    slotId: slot.id,
    communityId: 'c-dongmen',
    residentId: 'u-resident-li',
    date,
  });
  await storage.bookings.book(booking, { waitlist: true });
  return booking;
}

const THREE_HOURS = 3 * 3_600_000;
const HALF_AN_HOUR = 30 * 60_000;

/**
 * Fires the timer from `from` to `to` on the ten-minute grid the cloud fires on: every ten minutes
 * within half an hour of each Shanghai `moment` (so before it, at it and after it), and every three
 * hours the rest of the time, where nothing may happen. The same check as firing every ten minutes
 * all day (which took about 900 runs and seconds of CPU, and timed out on a loaded machine), in a
 * fixed 130 runs or so.
 */
async function fireTimer(
  env: Awaited<ReturnType<typeof notificationEnv>>,
  from: number,
  to: number,
  moments: readonly string[],
) {
  const nearMoment = (at: number) =>
    moments.some((moment) => Math.abs(at - shanghaiWallClockToMs(shanghaiDateOf(at), moment)) <= HALF_AN_HOUR);
  for (let at = from; at <= to; at += TEN_MINUTES) {
    if (at % THREE_HOURS !== 0 && !nearMoment(at)) continue;
    env.deps.clock.advance(at - env.deps.clock.now());
    await runTimerJobs(env.deps);
  }
}

/** The two moments of a visit reminder: 18:00 the evening before and 07:30 on the day. */
const REMINDER_MOMENTS = ['18:00', '07:30'];
/** When follow-ups due today are reminded. */
const FOLLOW_UP_MOMENT = ['09:00'];

async function reminderTimes(storage: Storage) {
  const entries = (await storage.inbox.list('u-resident-li', null, 50)).items.filter(
    (e) => e.kind === 'visit_reminder',
  );
  return entries.map((e) => `${e.refId} ${formatShanghai(e.createdAt)}`).sort();
}

describe.each(engines)(`timer jobs on %s (TZ=${process.env.TZ ?? 'unset'})`, (engine) => {
  it('reminds the evening before at 18:00 and the morning at 07:30, across visit days and month ends', async () => {
    const env = await notificationEnv(engine);
    // The 5th, 15th and 25th, a visit day in the new year, and visit days moved to a 1st
    // (the day before is then the last day of the previous month, 28 February in 2027).
    const dates = ['2026-12-05', '2026-12-15', '2026-12-25', '2027-01-05', '2026-12-01', '2027-03-01'];
    for (const [n, date] of dates.entries()) await bookedOn(env.storage, date, n);
    for (const date of [...dates].sort()) {
      await fireTimer(
        env,
        shanghaiWallClockToMs(addDays(date, -1), '12:00'),
        shanghaiWallClockToMs(date, '12:00'),
        REMINDER_MOMENTS,
      );
    }
    const expected = dates.flatMap((date, n) => [`b-${n} ${addDays(date, -1)} 18:00`, `b-${n} ${date} 07:30`]);
    expect(await reminderTimes(env.storage)).toEqual(expected.sort());
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2026-12-01', -1)).toBe('2026-11-30');
  });

  it('a timer that fires twice at once reminds once', async () => {
    const env = await notificationEnv(engine);
    await bookedOn(env.storage, '2026-12-05', 1);
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '17:59') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    env.deps.clock.advance(60_000);
    await Promise.all([runTimerJobs(env.deps), runTimerJobs(env.deps)]);
    await runTimerJobs(env.deps);
    expect(await reminderTimes(env.storage)).toEqual(['b-1 2026-12-04 18:00']);
  });

  it('a late timer catches up; one down all night sends only the morning reminder', async () => {
    const env = await notificationEnv(engine);
    await bookedOn(env.storage, '2026-12-05', 1);
    await bookedOn(env.storage, '2026-12-15', 2);
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '17:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    // Down from 17:00 to 20:10: the 18:00 reminder goes out late, once.
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '20:10') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    await runTimerJobs(env.deps);
    expect(await reminderTimes(env.storage)).toEqual(['b-1 2026-12-04 20:10']);
    // Before the second visit day: down from 17:00 the day before until 08:00 on the day.
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-14', '17:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-15', '08:00') - env.deps.clock.now());
    await runTimerJobs(env.deps);
    expect(await reminderTimes(env.storage)).toEqual(['b-1 2026-12-04 20:10', 'b-2 2026-12-15 08:00']);
  });

  it('skips cancelled slots and bookings, and walk-ins without an account', async () => {
    const env = await notificationEnv(engine);
    await bookedOn(env.storage, '2026-12-05', 1);
    await env.storage.bookings.cancel('b-1', '临时有事', env.deps.clock.now());
    await env.storage.slots.create(aSlot({ id: 's-walk', communityId: 'c-dongmen', date: '2026-12-05' }));
    await env.storage.bookings.book(
      aBooking({ id: 'b-walk', slotId: 's-walk', residentId: null, walkInName: '王大爷', date: '2026-12-05' }),
      { waitlist: false },
    );
    await fireTimer(
      env,
      shanghaiWallClockToMs('2026-12-04', '17:50'),
      shanghaiWallClockToMs('2026-12-05', '08:00'),
      REMINDER_MOMENTS,
    );
    expect(await reminderTimes(env.storage)).toEqual([]);
  });

  it('reminds cadres of follow-ups due at 09:00, once per follow-up and due date', async () => {
    const env = await notificationEnv(engine);
    const { aRecord } = await import('../../support/builders/visits');
    await env.storage.visitRecords.save(
      aRecord({
        id: 'r-1',
        bookingId: null,
        cadreId: 'u-cadre-liu',
        communityId: 'c-dongmen',
        followUp: { dueDate: '2026-12-01', note: '回访楼道灯', state: 'open', outcome: '', closedAt: null },
      }),
    );
    await fireTimer(
      env,
      shanghaiWallClockToMs('2026-11-30', '08:00'),
      shanghaiWallClockToMs('2026-12-02', '10:00'),
      FOLLOW_UP_MOMENT,
    );
    const entries = (await env.storage.inbox.list('u-cadre-liu', null, 50)).items;
    expect(entries.map((e) => [e.kind, e.refId, formatShanghai(e.createdAt)])).toEqual([
      ['followup_due', 'r-1', '2026-12-01 09:00'],
    ]);
    expect(entries[0].text).toContain('已到期');
  });
});

describe.each(engines)('housekeeping on %s', (engine) => {
  it('forgets week-old request ids once a day at 03:00 Shanghai', async () => {
    const env = await notificationEnv(engine);
    const start = env.deps.clock.now();
    await env.storage.idempotency.claim('done-long-ago', 'f', start, 30_000);
    await env.storage.idempotency.complete('done-long-ago', { ok: true }, start);
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-05', '02:50') - start);
    await env.storage.idempotency.claim('done-yesterday', 'f', env.deps.clock.now() - 86_400_000, 30_000);
    await env.storage.idempotency.complete('done-yesterday', { ok: true }, env.deps.clock.now() - 86_400_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ requestIdsPurged: 0 });
    env.deps.clock.advance(10 * 60_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ requestIdsPurged: 1 });
    expect(await env.storage.idempotency.claim('done-yesterday', 'f', env.deps.clock.now(), 30_000)).toMatchObject({
      state: 'completed',
    });
  });
});

describe('a failing timer job', () => {
  it('is logged and skipped; the others and the sending still run', async () => {
    const env = await notificationEnv('sqlite');
    const errors: string[] = [];
    env.deps.logger = { ...env.deps.logger, error: (event, fields) => errors.push(`${event}:${String(fields?.job)}`) };
    await env.grant('u-resident-li', 'bookingResult');
    await notify(env.deps, {
      kind: 'waitlist_promoted',
      userIds: ['u-resident-li'],
      communityId: 'c-dongmen',
      ref: { type: 'booking', id: 'b-9' },
      title: '楼道灯',
      dedupeKey: 'p:9',
      at: env.deps.clock.now(),
    });
    // The auto-close job runs on every tick; make its query fail.
    env.storage.matters.listResolvedBefore = async () => {
      throw new Error('database unavailable');
    };
    const run = await runTimerJobs(env.deps);
    expect(errors).toEqual(['timer_job_failed:auto_close']);
    expect(run.dispatched).toMatchObject({ sent: 1 });
  });
});

describe('reminders under a backlog', () => {
  it('a follow-up falling due today is reminded even with 600 long-overdue ones still open', async () => {
    const env = await notificationEnv('sqlite');
    const { aRecord } = await import('../../support/builders/visits');
    const open = (id: string, dueDate: string) =>
      aRecord({
        id,
        bookingId: null,
        cadreId: 'u-cadre-liu',
        communityId: 'c-dongmen',
        followUp: { dueDate, note: '回访', state: 'open', outcome: '', closedAt: null },
      });
    for (let i = 0; i < 600; i += 1)
      await env.storage.visitRecords.save(open(`r-old-${String(i).padStart(3, '0')}`, '2026-11-01'));
    await env.storage.visitRecords.save(open('r-today', '2026-12-01'));
    await fireTimer(
      env,
      shanghaiWallClockToMs('2026-12-01', '08:50'),
      shanghaiWallClockToMs('2026-12-01', '09:10'),
      FOLLOW_UP_MOMENT,
    );
    const entries = (await env.storage.inbox.list('u-cadre-liu', null, 50)).items;
    expect(entries.map((e) => e.refId)).toEqual(['r-today']);
  });
});
