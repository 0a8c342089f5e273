import { shanghaiWallClockToMs } from '@domain/time';
import { CLAIM_LEASE_MS, dispatchOutbox } from '../../../cloudfunctions/lib/services/notifications/dispatch';
import { notify } from '../../../cloudfunctions/lib/services/notifications/notify';
import { engines } from '../../support/storages';
import { anEvent, notificationEnv } from './notificationEnv';

/** The outbox after a dispatcher died mid-send: its lease runs out and the next one finishes the work. */
describe.each(engines)('outbox dispatch after a crash on %s', (engine) => {
  it('a dispatcher that dies after taking the only credit: the next one still sends, without a second credit', async () => {
    let calls = 0;
    const env = await notificationEnv(engine, () => {
      calls += 1;
      // The first send never comes back: the process is killed while waiting.
      return calls === 1 ? 'throw' : { errcode: 0, errmsg: 'ok' };
    });
    await env.grant('u-resident-li', 'bookingResult', 1);
    await notify(env.deps, anEvent());
    const [row] = await env.rowsOf('u-resident-li');
    // Simulate the kill: claim, mark and take the credit as deliver does, then stop.
    await env.storage.outbox.claim(row.id, 'killed', env.deps.clock.now(), CLAIM_LEASE_MS);
    await env.storage.outbox.markCreditTaken(row.id, 'killed', env.deps.clock.now());
    expect(
      await env.storage.subscriptions.take('u-resident-li', env.templateId('bookingResult'), env.deps.clock.now()),
    ).toBe(true);
    env.deps.clock.advance(CLAIM_LEASE_MS + 1);
    calls = 1;
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    expect(env.gateway.sends).toHaveLength(1);
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({});
    expect((await env.rowsOf('u-resident-li'))[0]).toMatchObject({ status: 'sent', creditTaken: false });
  });

  it('a retry restarts the digest window: no second message about the matter within the hour of the one that got through', async () => {
    let calls = 0;
    const env = await notificationEnv(engine, () => {
      calls += 1;
      return calls === 1 ? { errcode: -1, errmsg: 'busy' } : { errcode: 0, errmsg: 'ok' };
    });
    await env.grant('u-resident-li', 'matterProgress', 5);
    const reply = (n: number) =>
      anEvent({
        kind: 'official_reply',
        ref: { type: 'matter', id: 'm-1' },
        dedupeKey: `r:${n}`,
        at: env.deps.clock.now(),
      });
    await notify(env.deps, reply(1));
    expect(await dispatchOutbox(env.deps)).toMatchObject({ retry: 1 });
    env.deps.clock.advance(60_000);
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    const firstSentAt = env.deps.clock.now();
    env.deps.clock.advance(59 * 60_000 - 60_000);
    await notify(env.deps, reply(2));
    await dispatchOutbox(env.deps);
    // The busy attempt and the one that got through; the new reply waits.
    expect(env.gateway.sends).toHaveLength(2);
    const [waiting] = await env.rowsOf('u-resident-li');
    expect(waiting.notBefore).toBe(firstSentAt + 60 * 60_000);
  });
});

describe('a credit taken by a dispatcher that died', () => {
  it('goes back to the user when the row is then held back (quiet hours) instead of sent', async () => {
    const env = await notificationEnv('sqlite');
    await env.grant('u-resident-li', 'bookingResult', 1);
    await notify(env.deps, anEvent());
    const [row] = await env.rowsOf('u-resident-li');
    await env.storage.outbox.claim(row.id, 'killed', env.deps.clock.now(), CLAIM_LEASE_MS);
    await env.storage.outbox.markCreditTaken(row.id, 'killed', env.deps.clock.now());
    await env.storage.subscriptions.take('u-resident-li', env.templateId('bookingResult'), env.deps.clock.now());
    env.deps.clock.advance(shanghaiWallClockToMs('2026-11-27', '23:00') - env.deps.clock.now());
    expect(await dispatchOutbox(env.deps)).toMatchObject({ deferred: 1 });
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({ [env.templateId('bookingResult')]: 1 });
    env.deps.clock.advance(shanghaiWallClockToMs('2026-11-28', '07:00') - env.deps.clock.now());
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    expect(await env.storage.subscriptions.credits('u-resident-li')).toEqual({});
  });
});
