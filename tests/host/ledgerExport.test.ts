import { randomUUID } from 'node:crypto';
import { readXlsx } from '../support/readXlsx';
import { bearer, login, post, startTestHost, type TestHost } from './support/hostHarness';

/** A ledger export end to end on the local host: the job, then its file behind the owner's session. */
describe('ledger exports on the host', () => {
  let env: TestHost;

  beforeEach(async () => {
    env = await startTestHost();
  });

  afterEach(async () => {
    await env.stop();
  });

  const call = (token: string, action: string, data: object) =>
    post(env.host, '/api/stats', { action, data, requestId: `req-${randomUUID()}` }, bearer(token));
  const fetchFile = (url: string, headers: Record<string, string> = {}) => fetch(`${env.host.url}${url}`, { headers });

  it("serves a committee's 居民说事台账 of the year to the committee only", async () => {
    const chen = await login(env.host, 'u-committee-chen');
    const zhao = await login(env.host, 'u-committee-zhao');
    let answer = await call(chen.token, 'exportLedger', { ledger: 'matters', period: { kind: 'thisYear' } });
    expect(answer.body).toMatchObject({ ok: true, data: { job: { title: '居民说事台账' } } });
    let { job } = answer.body.data;
    for (let polls = 0; job.state !== 'done' && polls < 20; polls += 1) {
      answer = await call(chen.token, 'exportJob', { jobId: job.id });
      ({ job } = answer.body.data);
    }
    expect(job).toMatchObject({ state: 'done', progress: 100, url: expect.stringMatching(/^\/exports\//) });

    const own = await fetchFile(job.url, bearer(chen.token));
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toContain(encodeURIComponent(job.fileName));
    const sheet = readXlsx(new Uint8Array(await own.arrayBuffer()), { titleRows: 2 }).sheets['居民说事台账'];
    expect(sheet.titles?.[0]).toBe('东门社区 居民说事台账');
    expect(sheet.rows).toHaveLength(job.rows);

    expect((await fetchFile(job.url)).status).toBe(401);
    expect((await fetchFile(job.url, bearer(zhao.token))).status).toBe(404);
    expect((await call(zhao.token, 'exportJob', { jobId: job.id })).body).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
