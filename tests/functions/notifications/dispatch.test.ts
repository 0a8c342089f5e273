import { CLAIM_LEASE_MS, deliver, dispatchOutbox } from '../../../cloudfunctions/lib/services/notifications/dispatch';
import { MAX_ATTEMPTS, retryDelayMs } from '@domain/notifications/backoff';
import { DIGEST_WINDOW_MS } from '@domain/notifications/digest';
import { shanghaiWallClockToMs } from '@domain/time';
import { engines } from '../../support/storages';
import { anEvent, notificationEnv } from './notificationEnv';
import { notify } from '../../../cloudfunctions/lib/services/notifications/notify';

const MINUTE = 60_000;

describe.each(engines)('outbox dispatch on %s', (engine) => {
  it('writes one inbox entry and one outbox row per person, however often the same event comes', async () => {
    const env = await notificationEnv(engine);
    const event = anEvent({ userIds: ['u-resident-li', 'u-resident-li', 'u-resident-zhang'] });
    await notify(env.deps, event);
    await notify(env.deps, event);
    await Promise.all([notify(env.deps, event), notify(env.deps, event)]);
    expect((await env.storage.inbox.list('u-resident-li', null, 10)).items).toHaveLength(1);
    expect((await env.storage.inbox.list('u-resident-zhang', null, 10)).items).toHaveLength(1);
    expect(await env.rowsOf('u-resident-li')).toHaveLength(1);
    await env.grant('u-resident-li', 'bookingResult', 5);
    await dispatchOutbox(env.deps);
    await dispatchOutbox(env.deps);
    expect(env.gateway.sends.filter((s) => s.openid === 'dev-openid-u-resident-li')).toHaveLength(1);
  });

  it('sends with the deployment’s template, its fields cut to WeChat’s limits, and spends one credit', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'bookingResult', 2);
    await notify(
      env.deps,
      anEvent({
        title: '小区东门外的人行道砖块松动多处，雨天积水老人容易滑倒，希望尽快修补',
        facts: { when: shanghaiWallClockToMs('2026-12-05', '09:00'), place: '东门社区红帆驿站' },
      }),
    );
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    const [message] = env.gateway.sends;
    expect(message.templateId).toBe(env.templateId('bookingResult'));
    expect(message.page).toBe('packages/resident/my-visits/index?bookingId=b-1');
    expect(message.data.thing1.value).toBe('小区东门外的人行道砖块松动多处，雨天积…');
    expect([...message.data.thing1.value]).toHaveLength(20);
    expect(message.data.time3.value).toBe('2026年12月5日 09:00');
    expect(message.data.phrase2.value).toBe('预约成功');
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({ [env.templateId('bookingResult')]: 1 });
    const [row] = await env.rowsOf('u-resident-li');
    expect(row).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('skips without calling WeChat when the user gave no consent, and never retries it', async () => {
    const env = await notificationEnv(engine);
    await notify(env.deps, anEvent());
    expect(await dispatchOutbox(env.deps)).toMatchObject({ skipped: 1, sent: 0 });
    env.deps.clock.advance(24 * 60 * MINUTE);
    expect(await dispatchOutbox(env.deps)).toMatchObject({ skipped: 0, sent: 0 });
    expect(env.gateway.sends).toHaveLength(0);
    expect((await env.rowsOf('u-resident-li'))[0]).toMatchObject({ status: 'skipped', lastError: 'no_consent' });
    // The inbox has it all the same.
    expect(await env.storage.inbox.unreadCount('u-resident-li')).toBe(1);
  });

  it('treats errcode 43101 as no consent left: skipped, credits cleared, not retried', async () => {
    const env = await notificationEnv(engine, () => ({ errcode: 43101, errmsg: 'user refuse to accept the msg' }));
    await env.grant('u-resident-li', 'bookingResult', 3);
    await notify(env.deps, anEvent());
    expect(await dispatchOutbox(env.deps)).toMatchObject({ skipped: 1 });
    env.deps.clock.advance(2 * 60 * MINUTE);
    await dispatchOutbox(env.deps);
    expect(env.gateway.sends).toHaveLength(1);
    expect((await env.rowsOf('u-resident-li'))[0]).toMatchObject({ status: 'skipped', attempts: 1 });
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({});
  });

  it('retries other errors on the backoff schedule, then fails and shows the committee', async () => {
    const env = await notificationEnv(engine, (_m, call) =>
      call % 2 ? { errcode: -1, errmsg: 'system busy' } : 'throw',
    );
    await env.grant('u-resident-li', 'bookingResult');
    await notify(env.deps, anEvent());
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect(await dispatchOutbox(env.deps)).toMatchObject(attempt < MAX_ATTEMPTS ? { retry: 1 } : { failed: 1 });
      const [row] = await env.rowsOf('u-resident-li');
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        waits.push(row.notBefore - env.deps.clock.now());
        // Not a moment early.
        env.deps.clock.advance(row.notBefore - env.deps.clock.now() - 1);
        expect(await dispatchOutbox(env.deps)).toMatchObject({ retry: 0, sent: 0 });
        env.deps.clock.advance(1);
      }
    }
    expect(waits).toEqual([1, 2, 3, 4, 5].map(retryDelayMs));
    expect(env.gateway.sends).toHaveLength(MAX_ATTEMPTS);
    const [row] = await env.rowsOf('u-resident-li');
    expect(row).toMatchObject({ status: 'failed' });
    expect(row.lastError).toMatch(/^(-1|no_answer)/);
    // The credit was never used up: WeChat delivered nothing.
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({ [env.templateId('bookingResult')]: 1 });
    const failed = await env.storage.outbox.listFailed(['c-dongmen'], null, 10);
    expect(failed.items.map((r) => r.id)).toEqual([row.id]);
  });

  it('two dispatchers, one row: one send', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'bookingResult', 5);
    await notify(env.deps, anEvent());
    const tallies = await Promise.all([dispatchOutbox(env.deps), dispatchOutbox(env.deps), dispatchOutbox(env.deps)]);
    expect(env.gateway.sends).toHaveLength(1);
    expect(tallies.reduce((n, t) => n + t.sent, 0)).toBe(1);
  });

  it('a dispatcher that dies after claiming: the row waits for the lease, then goes out once', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'bookingResult', 5);
    await notify(env.deps, anEvent());
    const [row] = await env.rowsOf('u-resident-li');
    // The claim of a dispatcher that then crashed before sending.
    expect(
      await env.storage.outbox.claim(row.id, 'dead-dispatcher', env.deps.clock.now(), CLAIM_LEASE_MS),
    ).not.toBeNull();
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 0 });
    env.deps.clock.advance(CLAIM_LEASE_MS + 1);
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 0 });
    expect(env.gateway.sends).toHaveLength(1);
    // The dead dispatcher cannot overwrite the result if it wakes up.
    expect(
      await env.storage.outbox.finish(
        row.id,
        'dead-dispatcher',
        { status: 'failed', attempts: 9, notBefore: 0, lastError: 'x', sentAt: null },
        env.deps.clock.now(),
      ),
    ).toBe(false);
    expect((await env.rowsOf('u-resident-li'))[0].status).toBe('sent');
  });

  it('holds messages in quiet hours (22:00-07:00 Shanghai) while the inbox shows them at once', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'bookingResult');
    const lateEvening = shanghaiWallClockToMs('2026-11-27', '23:10');
    env.deps.clock.advance(lateEvening - env.deps.clock.now());
    await notify(env.deps, anEvent({ at: lateEvening }));
    expect(await env.storage.inbox.unreadCount('u-resident-li')).toBe(1);
    const morning = shanghaiWallClockToMs('2026-11-28', '07:00');
    expect((await env.rowsOf('u-resident-li'))[0].notBefore).toBe(morning);
    env.deps.clock.advance(morning - 1 - env.deps.clock.now());
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 0 });
    env.deps.clock.advance(1);
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
  });

  it('a retry that would land in quiet hours waits for the morning', async () => {
    const env = await notificationEnv(engine, (_m, call) =>
      call === 1 ? { errcode: -1, errmsg: 'busy' } : { errcode: 0, errmsg: 'ok' },
    );
    await env.grant('u-resident-li', 'bookingResult');
    const justBefore = shanghaiWallClockToMs('2026-11-27', '21:59');
    env.deps.clock.advance(justBefore - env.deps.clock.now());
    await notify(env.deps, anEvent({ at: justBefore }));
    expect(await dispatchOutbox(env.deps)).toMatchObject({ retry: 1 });
    expect((await env.rowsOf('u-resident-li'))[0].notBefore).toBe(shanghaiWallClockToMs('2026-11-28', '07:00'));
  });

  it('digest: a follower of a busy matter gets at most one message per matter per hour; the inbox lists every event', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'matterProgress', 10);
    const reply = (n: number) =>
      anEvent({
        kind: 'official_reply',
        ref: { type: 'matter', id: 'm-busy' },
        title: '东门停车难',
        dedupeKey: `official_reply:c-${n}`,
        at: env.deps.clock.now(),
      });
    await notify(env.deps, reply(1));
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    for (let n = 2; n <= 4; n += 1) {
      env.deps.clock.advance(10 * MINUTE);
      await notify(env.deps, reply(n));
      await dispatchOutbox(env.deps);
    }
    expect(env.gateway.sends).toHaveLength(1);
    expect(await env.storage.inbox.unreadCount('u-resident-li')).toBe(4);
    // An hour after the first message, one more goes out for everything since.
    env.deps.clock.advance(DIGEST_WINDOW_MS - 30 * MINUTE);
    await dispatchOutbox(env.deps);
    await dispatchOutbox(env.deps);
    expect(env.gateway.sends).toHaveLength(2);
    const statuses = (await env.rowsOf('u-resident-li')).map((r) => r.status).sort();
    expect(statuses).toEqual(['merged', 'merged', 'sent', 'sent']);
    // Another matter is not held back by this one's window.
    await notify(env.deps, { ...reply(9), ref: { type: 'matter', id: 'm-other' } });
    await dispatchOutbox(env.deps);
    expect(env.gateway.sends).toHaveLength(3);
  });

  it('booking news is never digested: each one is sent', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'bookingResult', 3);
    await notify(env.deps, anEvent({ kind: 'booking_waitlisted', dedupeKey: 'w:1' }));
    await notify(env.deps, anEvent({ kind: 'waitlist_promoted', dedupeKey: 'p:1' }));
    await dispatchOutbox(env.deps);
    expect(env.gateway.sends.map((s) => s.data.phrase2.value).sort()).toEqual(['候补中', '候补成功'].sort());
  });

  it('drops a reminder whose visit has begun instead of sending it late', async () => {
    const env = await notificationEnv(engine);
    await env.grant('u-resident-li', 'visitReminder');
    const now = env.deps.clock.now();
    await notify(env.deps, anEvent({ kind: 'visit_reminder', dedupeKey: 'r:1', expiresAt: now + MINUTE }));
    env.deps.clock.advance(2 * MINUTE);
    expect(await dispatchOutbox(env.deps)).toMatchObject({ skipped: 1 });
    expect(env.gateway.sends).toHaveLength(0);
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({ [env.templateId('visitReminder')]: 1 });
  });

  it('a row someone else holds is left alone', async () => {
    const env = await notificationEnv(engine);
    await notify(env.deps, anEvent());
    const [row] = await env.rowsOf('u-resident-li');
    await env.storage.outbox.claim(row.id, 'other', env.deps.clock.now(), CLAIM_LEASE_MS);
    expect(await deliver(env.deps, row.id)).toBe('taken');
  });
});

describe('outbox dispatch time budget', () => {
  it('stops taking rows when the run’s budget is spent; the rest go out on the next run', async () => {
    const env = await notificationEnv('sqlite');
    await env.grant('u-resident-li', 'bookingResult', 3);
    for (let n = 1; n <= 3; n += 1) await notify(env.deps, anEvent({ dedupeKey: `b:${n}` }));
    expect(await dispatchOutbox(env.deps, 200, -1)).toMatchObject({ sent: 0 });
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 3 });
  });
});
