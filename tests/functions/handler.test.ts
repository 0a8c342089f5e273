import { contract } from '@domain/contract';
import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { createHandler } from '../../cloudfunctions/lib/handler';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { accountServices } from '../../cloudfunctions/lib/services/account';
import { demoOpenid } from '../../host/seed';
import { seededBackend } from '../support/seededBackend';
import { contextFor, requestId } from '../support/testDeps';

/** The account function over a seeded in-memory SQLite (this one, when the test reads its tables). */
async function seeded(storage?: Storage) {
  const server = await seededBackend({ storage });
  return { ...server, handler: server.handlers.account };
}

const residentZhang = demoOpenid('u-resident-zhang');

describe('handler: identity comes from the platform context', () => {
  it('refuses a call without an OPENID in the context, whatever the body says', async () => {
    const { handler, snapshot } = await seeded();
    const before = snapshot();
    const result = await handler(
      { action: 'me', data: {}, openid: residentZhang, userInfo: { openId: residentZhang } },
      contextFor(null),
    );
    expect(result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录' });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a context that is not CloudBase-shaped', async () => {
    const { handler } = await seeded();
    expect(await handler({ action: 'me', data: {} }, 'nonsense')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await handler({ action: 'me', data: {} }, undefined)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers as the user the context names', async () => {
    const { handler } = await seeded();
    const result = await handler({ action: 'me', data: {} }, contextFor(residentZhang));
    expect(result).toMatchObject({
      ok: true,
      data: { user: { id: 'u-resident-zhang', name: '张桂兰', role: 'resident' } },
    });
  });

  it('never returns the openid to the client', async () => {
    const { handler } = await seeded();
    const result = await handler({ action: 'login', data: {}, requestId: requestId() }, contextFor(residentZhang));
    expect(JSON.stringify(result)).not.toContain(residentZhang);
  });
});

describe('handler: event shape and actions', () => {
  it.each([null, 42, 'me', [], { data: {} }, { action: '' }, { action: 7 }])(
    'refuses the malformed event %p',
    async (event) => {
      const { handler } = await seeded();
      expect(await handler(event, contextFor(residentZhang))).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    },
  );

  it('answers an unknown action with UNKNOWN_ACTION, including inherited object keys', async () => {
    const { handler } = await seeded();
    for (const action of ['dropTables', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(await handler({ action, data: {} }, contextFor(residentZhang))).toMatchObject({ code: 'UNKNOWN_ACTION' });
    }
  });
});

describe('handler: authorization from the contract', () => {
  it('lets a guest only log in and read the directory', async () => {
    const { handler } = await seeded();
    const guest = contextFor('wx-brand-new-user');
    expect(await handler({ action: 'me', data: {} }, guest)).toMatchObject({ code: 'NOT_REGISTERED' });
    expect(await handler({ action: 'directory', data: {} }, guest)).toMatchObject({ ok: true });
  });

  it('refuses admin actions to a resident and writes nothing', async () => {
    const { handler, snapshot } = await seeded();
    const before = snapshot();
    const result = await handler(
      {
        action: 'assignRole',
        data: { userId: 'u-resident-zhang', role: 'admin', communityIds: [] },
        requestId: requestId(),
      },
      contextFor(residentZhang),
    );
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' });
    expect(snapshot()).toEqual(before);
  });
});

describe('handler: input validation', () => {
  it('answers bad input with BAD_INPUT, Chinese field messages, and no change', async () => {
    const { handler, snapshot } = await seeded();
    const before = snapshot();
    const result = await handler(
      { action: 'updateProfile', data: { name: '', communityId: 'c-dongmen', phone: '12345' }, requestId: requestId() },
      contextFor(residentZhang),
    );
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    if (result.ok) throw new Error('expected an error');
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '请填写姓名' },
        { path: 'phone', message: '请填写11位手机号码' },
      ]),
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses unknown fields rather than ignoring them', async () => {
    const { handler } = await seeded();
    const result = await handler(
      { action: 'setPreferences', data: { elderMode: 'on', role: 'admin' }, requestId: requestId() },
      contextFor(residentZhang),
    );
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });

  it('requires a request id on commands', async () => {
    const { handler, snapshot } = await seeded();
    const before = snapshot();
    for (const bad of [undefined, '', 'short', 'has spaces in it', 'x'.repeat(65), 12345678]) {
      const result = await handler(
        { action: 'setPreferences', data: { elderMode: 'on' }, requestId: bad },
        contextFor(residentZhang),
      );
      expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(snapshot()).toEqual(before);
  });
});

describe('handler: idempotency by request id', () => {
  it('replays the first answer to a retry and applies the change once', async () => {
    const { handler, deps } = await seeded();
    const id = requestId();
    const event = { action: 'setPreferences', data: { elderMode: 'off' }, requestId: id };
    const first = await handler(event, contextFor(residentZhang));
    deps.clock.advance(5000);
    // Another change in between must not be undone by the retry.
    await handler(
      { action: 'setPreferences', data: { elderMode: 'on' }, requestId: requestId() },
      contextFor(residentZhang),
    );
    const retry = await handler(event, contextFor(residentZhang));
    expect(retry).toEqual(first);
    const me = await handler({ action: 'me', data: {} }, contextFor(residentZhang));
    expect(me).toMatchObject({ data: { user: { elderMode: 'on' } } });
  });

  it('creates one user when the first login is sent twice at once', async () => {
    const storage = openSqliteStorage(':memory:');
    const { handler } = await seeded(storage);
    const id = requestId();
    const newcomer = contextFor('wx-newcomer');
    const results = await Promise.all([
      handler({ action: 'login', data: {}, requestId: id }, newcomer),
      handler({ action: 'login', data: {}, requestId: id }, newcomer),
    ]);
    const oks = results.filter((r) => r.ok);
    expect(oks.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ code: 'REQUEST_IN_PROGRESS' });
    const count = storage.db.prepare("SELECT COUNT(*) AS n FROM users WHERE openid = 'wx-newcomer'").get() as {
      n: number;
    };
    expect(count.n).toBe(1);
  });

  it('refuses a request id reused for a different input', async () => {
    const { handler } = await seeded();
    const id = requestId();
    await handler({ action: 'setPreferences', data: { elderMode: 'off' }, requestId: id }, contextFor(residentZhang));
    const reused = await handler(
      { action: 'setPreferences', data: { elderMode: 'on' }, requestId: id },
      contextFor(residentZhang),
    );
    expect(reused).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
  });

  it('keys request ids per caller, so two users cannot collide', async () => {
    const { handler } = await seeded();
    const id = requestId();
    const a = await handler(
      { action: 'setPreferences', data: { elderMode: 'off' }, requestId: id },
      contextFor(residentZhang),
    );
    const b = await handler(
      { action: 'setPreferences', data: { elderMode: 'on' }, requestId: id },
      contextFor(demoOpenid('u-resident-li')),
    );
    expect(a).toMatchObject({ ok: true, data: { user: { id: 'u-resident-zhang', elderMode: 'off' } } });
    expect(b).toMatchObject({ ok: true, data: { user: { id: 'u-resident-li', elderMode: 'on' } } });
  });
});

describe('handler: unexpected failures', () => {
  it('turns a crash into INTERNAL without leaking details, and lets the retry run again', async () => {
    const { storage, deps } = await seeded();
    const flaky = {
      ...accountServices,
      async setPreferences(): Promise<never> {
        throw new Error('disk on fire at /var/secret');
      },
    };
    const handler = createHandler('account', contract.account, flaky as typeof accountServices, deps);
    const id = requestId();
    const first = await handler(
      { action: 'setPreferences', data: { elderMode: 'on' }, requestId: id },
      contextFor(residentZhang),
    );
    expect(first).toEqual({ ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' });
    expect(JSON.stringify(first)).not.toContain('secret');
    // The claim was released, so the retry is not stuck "in progress".
    const claim = await storage.idempotency.claim(
      `account.setPreferences:${residentZhang}:${id}`,
      'x',
      deps.clock.now(),
      30_000,
    );
    expect(claim).toEqual({ state: 'claimed', earlierAttempt: false });
  });

  it('drops fields a service returns that the contract does not declare', async () => {
    const { deps } = await seeded();
    const leaky = {
      ...accountServices,
      async me(ctx: Parameters<typeof accountServices.me>[0], input: Parameters<typeof accountServices.me>[1]) {
        const answer = await accountServices.me(ctx, input);
        return { user: { ...answer.user, openid: 'should-not-leave' } };
      },
    };
    const handler = createHandler('account', contract.account, leaky, deps);
    const result = await handler({ action: 'me', data: {} }, contextFor(residentZhang));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('should-not-leave');
  });
});

describe('handler: a command that fails after writing, on CloudBase (no transaction rolls it back)', () => {
  async function cloudbaseEnv(failures: number) {
    const { deps } = await seededBackend({ engine: 'cloudbase' });
    let left = failures;
    const flaky = {
      ...accountServices,
      // Writes, then (the first `failures` times) dies before answering.
      async setPreferences(...args: Parameters<typeof accountServices.setPreferences>) {
        const answer = await accountServices.setPreferences(...args);
        if (left > 0) {
          left -= 1;
          throw new Error('network gone after the write');
        }
        return answer;
      },
    };
    return { deps, handler: createHandler('account', contract.account, flaky as typeof accountServices, deps) };
  }

  it('keeps the request id claimed: the retry with the same input runs at once and completes', async () => {
    const { handler, deps } = await cloudbaseEnv(1);
    const event = { action: 'setPreferences', data: { elderMode: 'on' }, requestId: requestId() };
    expect(await handler(event, contextFor(residentZhang))).toMatchObject({ ok: false, code: 'INTERNAL' });
    deps.clock.advance(1000);
    const retried = await handler(event, contextFor(residentZhang));
    expect(retried).toMatchObject({ ok: true, data: { user: { elderMode: 'on' } } });
    expect(await handler(event, contextFor(residentZhang))).toEqual(retried);
  });

  it('refuses other input under the id of a call that may have written', async () => {
    const { handler } = await cloudbaseEnv(1);
    const id = requestId();
    await handler({ action: 'setPreferences', data: { elderMode: 'on' }, requestId: id }, contextFor(residentZhang));
    expect(
      await handler({ action: 'setPreferences', data: { elderMode: 'off' }, requestId: id }, contextFor(residentZhang)),
    ).toMatchObject({ ok: false, code: 'REQUEST_ID_REUSED' });
  });

  it('releases the id of a refused call, which wrote nothing, for other input', async () => {
    const { handler } = await cloudbaseEnv(0);
    const id = requestId();
    expect(
      await handler(
        { action: 'setPreferences', data: { elderMode: 'loud' }, requestId: id },
        contextFor(residentZhang),
      ),
    ).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(
      await handler({ action: 'setPreferences', data: { elderMode: 'on' }, requestId: id }, contextFor(residentZhang)),
    ).toMatchObject({ ok: true });
  });
});
