import { platformIdentity } from '../../cloudfunctions/lib/identity';

/** The context SCF hands a CloudBase function, with the caller in `environment` (JSON). */
function scfContext(environment: Record<string, string>) {
  return {
    memory_limit_in_mb: 256,
    time_limit_in_ms: 3000,
    request_id: 'c1a8e6f2-0000-4000-8000-000000000001',
    function_version: '$LATEST',
    function_name: 'account',
    namespace: 'minqing-1g2h3j',
    environment: JSON.stringify(environment),
  };
}

/** The older shape: `environ` as `KEY=value;KEY=value`. */
function legacyScfContext(environ: string) {
  return {
    memory_limit_in_mb: 256,
    time_limit_in_ms: 3000,
    request_id: 'c1a8e6f2-0000-4000-8000-000000000002',
    function_version: '$LATEST',
    function_name: 'account',
    namespace: 'minqing-1g2h3j',
    environ,
  };
}

describe('platformIdentity', () => {
  // The SDK also falls back to process.env for keys listed in WX_CONTEXT_KEYS; keep it out.
  const savedEnv = { ...process.env };
  beforeEach(() => {
    for (const key of ['WX_OPENID', 'WX_APPID', 'WX_CONTEXT_KEYS', 'TCB_CONTEXT_KEYS']) delete process.env[key];
  });
  afterAll(() => {
    process.env = savedEnv;
  });

  it('reads the caller from the environment JSON', () => {
    const context = scfContext({
      WX_OPENID: 'oAbC-123_xyz',
      WX_APPID: 'wx1234567890abcdef',
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
      TCB_ENV: 'minqing-1g2h3j',
    });
    expect(platformIdentity(context)).toEqual({ openid: 'oAbC-123_xyz', appid: 'wx1234567890abcdef' });
  });

  it('reads the caller from the older environ string', () => {
    const context = legacyScfContext(
      'WX_OPENID=oAbC-123_xyz;WX_APPID=wx1234567890abcdef;WX_CONTEXT_KEYS=WX_OPENID,WX_APPID;TCB_ENV=minqing-1g2h3j',
    );
    expect(platformIdentity(context)).toEqual({ openid: 'oAbC-123_xyz', appid: 'wx1234567890abcdef' });
  });

  it('gives an empty appid rather than failing when only the openid is there', () => {
    expect(platformIdentity(scfContext({ WX_OPENID: 'o1', WX_CONTEXT_KEYS: 'WX_OPENID' }))).toEqual({
      openid: 'o1',
      appid: '',
    });
  });

  it.each([
    ['no WX_OPENID (a timer trigger)', scfContext({ TRIGGER_SRC: 'timer', TCB_ENV: 'minqing-1g2h3j' })],
    ['an empty WX_OPENID', scfContext({ WX_OPENID: '', WX_APPID: 'wx1', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID' })],
    ['an environ without WX_OPENID', legacyScfContext('WX_APPID=wx1;TCB_ENV=minqing-1g2h3j')],
    ['neither environment nor environ', { request_id: 'r', function_name: 'account' }],
    ['an environment that is not JSON', { request_id: 'r', function_name: 'account', environment: '{oops' }],
    ['no context', undefined],
    ['a null context', null],
    ['a string context', 'WX_OPENID=o1'],
    ['a number context', 42],
  ])('returns null for %s', (_label, context) => {
    expect(platformIdentity(context)).toBeNull();
  });
});
