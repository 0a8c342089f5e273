import { rawExchange, startTestHost, type TestHost } from './support/hostHarness';

describe('a URL that cannot be decoded gets 400 with the usual envelope, not a 500', () => {
  let env: TestHost;

  beforeAll(async () => {
    env = await startTestHost();
  });

  afterAll(async () => {
    await env.stop();
  });

  it.each(['/%', '/%E4%B8', '/files/%zz.jpg', '/pages/%'])('GET %s', async (route) => {
    // Raw socket: fetch would refuse to send some of these paths itself.
    const answer = await rawExchange(
      env.host.url,
      `GET ${route} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      Buffer.alloc(0),
    );
    expect(answer.status).toBe(400);
    const body = JSON.parse(answer.text.split('\r\n\r\n')[1]);
    expect(body).toEqual({ ok: false, code: 'BAD_REQUEST', message: '网址格式不正确' });
  });
});
