import { bearer, login, post, rawExchange, startTestHost, type TestHost } from './support/hostHarness';

/** A request head for a raw socket: HTTP/1.1 with the given extra header lines. */
function head(method: string, route: string, lines: string[]): string {
  return [`${method} ${route} HTTP/1.1`, 'Host: 127.0.0.1', ...lines, '', ''].join('\r\n');
}

describe('an oversized body gets a 413 and a clean close; the next request answers at once', () => {
  let env: TestHost;
  let token: string;

  beforeAll(async () => {
    env = await startTestHost();
    ({ token } = await login(env.host, 'u-resident-zhang'));
  });

  afterAll(async () => {
    await env.stop();
  });

  async function healthAnswersAtOnce() {
    const started = Date.now();
    const health = await rawExchange(env.host.url, head('GET', '/api/health', ['Connection: close']), Buffer.alloc(0));
    expect(health).toMatchObject({ status: 200, ended: true, reset: false });
    expect(Date.now() - started).toBeLessThan(1000);
  }

  it('keep-alive, 200 KB to /api/<fn>: 413 with Connection: close, FIN not reset, no 6 s wait', async () => {
    const body = Buffer.alloc(200 * 1024, 'a');
    const answer = await rawExchange(
      env.host.url,
      head('POST', '/api/account', [
        'Connection: keep-alive',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
      ]),
      body,
    );
    expect(answer).toMatchObject({ status: 413, ended: true, reset: false });
    expect(answer.text).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer.text).toContain('"code":"PAYLOAD_TOO_LARGE"');
    expect(answer.elapsedMs).toBeLessThan(1500);
    await healthAnswersAtOnce();
  });

  it('Connection: close, 2.5 MB to /api/upload: the 413 arrives and the connection ends cleanly', async () => {
    const body = Buffer.alloc(2.5 * 1024 * 1024, 0x41);
    const answer = await rawExchange(
      env.host.url,
      head('POST', '/api/upload', [
        'Connection: close',
        'Content-Type: image/png',
        `Authorization: Bearer ${token}`,
        `Content-Length: ${body.length}`,
      ]),
      body,
    );
    expect(answer).toMatchObject({ status: 413, ended: true, reset: false });
    expect(answer.text).toContain('图片不能超过2MB');
    expect(answer.elapsedMs).toBeLessThan(1500);
    await healthAnswersAtOnce();
  });

  it('a chunked body that grows past the limit is refused the same way', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'b');
    const chunked = Buffer.concat([
      ...Array.from({ length: 3 }, () =>
        Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]),
      ),
      Buffer.from('0\r\n\r\n'),
    ]);
    const answer = await rawExchange(
      env.host.url,
      head('POST', '/api/account', ['Content-Type: application/json', 'Transfer-Encoding: chunked']),
      chunked,
    );
    expect(answer).toMatchObject({ status: 413, ended: true, reset: false });
  });

  it('a keep-alive client (fetch) gets its 413 and its next request answers at once', async () => {
    const big = await post(
      env.host,
      '/api/account',
      { action: 'me', data: { pad: 'x'.repeat(300 * 1024) } },
      bearer(token),
    );
    expect(big).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    const started = Date.now();
    const next = await post(env.host, '/api/account', { action: 'me' }, bearer(token));
    expect(next.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
