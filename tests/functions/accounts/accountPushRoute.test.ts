import type { SeededBackend } from '../../support/seededBackend';
import { demoOpenid } from '../../../host/seed';
import { A, personOf, twoResidents } from './twoResidents';

// The deployed function over the test backend instead of CloudBase.
let mockBackend: SeededBackend;
jest.mock('../../../cloudfunctions/lib/runtime/cloudbase', () => ({
  productionDeps: () => mockBackend.deps,
  cloudFunction: () => (event: unknown, context: unknown) => mockBackend.handlers.account(event, context),
}));

import { main } from '../../../cloudfunctions/account/index';

/** The context SCF hands the function: its variables as JSON in `environment`. */
function scfContext(environment: Record<string, string>) {
  return {
    request_id: 'r-1',
    function_name: 'account',
    namespace: 'minqing-1g2h3j',
    environment: JSON.stringify(environment),
  };
}

describe('the account function’s entry', () => {
  const savedEnv = { ...process.env };
  beforeEach(() => {
    for (const key of ['TCB_SOURCE', 'WX_OPENID', 'WX_CONTEXT_KEYS', 'TCB_CONTEXT_KEYS']) delete process.env[key];
  });
  afterAll(() => {
    process.env = savedEnv;
  });

  it('hands WeChat’s authorization push to the push service and answers "success"', async () => {
    mockBackend = (await twoResidents('sqlite')).server;
    const openid = demoOpenid(A);
    const push = { MsgType: 'event', Event: 'user_authorization_revoke', OpenID: openid, RevokeInfo: 8 };
    const forged = await main(push, scfContext({ WX_OPENID: openid, TCB_SOURCE: 'wx_client' }));
    expect(forged).toBe('success');
    expect(await mockBackend.storage.users.findById(A)).toMatchObject({ phone: personOf[A].phone });
    expect(await main(push, scfContext({ WX_OPENID: openid, TCB_SOURCE: 'wx_unknown' }))).toBe('success');
    expect(await mockBackend.storage.users.findById(A)).toMatchObject({ phone: '' });
  });

  it('reads the trigger from the process when the context does not carry it', async () => {
    mockBackend = (await twoResidents('sqlite')).server;
    const openid = demoOpenid(A);
    process.env.TCB_SOURCE = 'wx_client';
    const push = { MsgType: 'event', Event: 'user_authorization_revoke', OpenID: openid, RevokeInfo: '8' };
    expect(await main(push, scfContext({ WX_OPENID: openid }))).toBe('success');
    expect(await mockBackend.storage.users.findById(A)).toMatchObject({ phone: personOf[A].phone });
  });

  it('serves every other event through the contract', async () => {
    mockBackend = (await twoResidents('sqlite')).server;
    const answer = await main(
      { action: 'me', data: {}, requestId: 'r-me' },
      scfContext({ WX_OPENID: demoOpenid(A), WX_APPID: 'wx-test' }),
    );
    expect(answer).toMatchObject({ ok: true, data: { user: { id: A } } });
  });
});
