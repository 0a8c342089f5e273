import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { draft, setup } from './matterEnv';

describe.each(engines)('matter.raiseQuota on %s', (engine) => {
  it('counts down with each raise, is 0 at the limit and says when it resets', async () => {
    const env = await setup(engine);
    const asLi = env.as('u-resident-li');
    const fresh = await asLi('raiseQuota', {});
    expect(fresh).toMatchObject({ ok: true, data: { limit: 5, left: 5 } });
    for (let i = 0; i < 3; i += 1) await asLi('raise', { ...draft, title: `第${i + 1}件关于停车的事情` });
    expect(await asLi('raiseQuota', {})).toMatchObject({ ok: true, data: { left: 2 } });
    for (let i = 3; i < 5; i += 1) await asLi('raise', { ...draft, title: `第${i + 1}件关于停车的事情` });
    const spent = (await asLi('raiseQuota', {})) as { ok: true; data: { left: number; resetsAt: number } };
    expect(spent.data.left).toBe(0);
    // The server refuses exactly when the quota said 0, and both restart at the same midnight.
    expect(await asLi('raise', { ...draft, title: '第六件关于停车的事情' })).toMatchObject({ code: 'RATE_LIMITED' });
    expect(spent.data.resetsAt).toBeGreaterThan(env.deps.clock.now());
    expect(spent.data.resetsAt - env.deps.clock.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    env.deps.clock.advance(spent.data.resetsAt - env.deps.clock.now());
    expect(await asLi('raiseQuota', {})).toMatchObject({ ok: true, data: { left: 5 } });
  });

  it('refuses a cadre', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('matter', 'u-cadre-liu', 'raiseQuota', {});
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('matter', 'u-resident-zhang', 'raiseQuota', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
