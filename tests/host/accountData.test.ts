import { randomUUID } from 'node:crypto';
import { readXlsx } from '../support/readXlsx';
import { TINY_PNG } from './support/images';
import { bearer, login, me, post, startTestHost, type TestHost } from './support/hostHarness';

/** The host's part of 账号与隐私: the export served behind its owner's session, and 注销 ending the session. */
describe('account data on the host', () => {
  let env: TestHost;

  beforeEach(async () => {
    env = await startTestHost();
  });

  afterEach(async () => {
    await post(env.host, '/api/dev/clock', { at: null });
    await env.stop();
  });

  const call = (token: string, action: string, data: object = {}, requestId = `req-${randomUUID()}`) =>
    post(env.host, '/api/account', { action, data, requestId }, bearer(token));
  const fetchFile = (url: string, headers: Record<string, string> = {}) => fetch(`${env.host.url}${url}`, { headers });

  it('serves the export workbook to its owner only, until it expires', async () => {
    const zhang = await login(env.host, 'u-resident-zhang');
    const li = await login(env.host, 'u-resident-li');
    const exported = await call(zhang.token, 'exportMyData');
    expect(exported).toMatchObject({
      status: 200,
      body: { ok: true, data: { url: expect.stringMatching(/^\/exports\//) } },
    });
    const { url, bytes, fileName } = exported.body.data;

    const own = await fetchFile(url, bearer(zhang.token));
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(own.headers.get('content-disposition')).toContain(fileName);
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    const file = new Uint8Array(await own.arrayBuffer());
    expect(file.length).toBe(bytes);
    const profile = readXlsx(file).sheets['个人资料'].rows;
    expect(profile).toEqual([expect.objectContaining({ 用户编号: 'u-resident-zhang', 姓名: '张桂兰' })]);

    expect((await fetchFile(url)).status).toBe(401);
    expect((await fetchFile(url, bearer(li.token))).status).toBe(404);
    expect((await fetchFile('/exports/..%2Fminqing.sqlite', bearer(zhang.token))).status).toBe(404);

    await post(env.host, '/api/dev/clock', { at: exported.body.data.expiresAt });
    expect((await fetchFile(url, bearer(zhang.token))).status).toBe(404);
  });

  it('注销 ends the session at once, and the export link with it; her photos are deleted', async () => {
    const zhang = await login(env.host, 'u-resident-zhang');
    const li = await login(env.host, 'u-resident-li');
    const uploaded = await fetch(`${env.host.url}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', ...bearer(zhang.token) },
      body: new Uint8Array(TINY_PNG),
    });
    const { fileId, url: photoUrl } = (await uploaded.json()).data;
    const raised = await post(
      env.host,
      '/api/matter',
      {
        action: 'raise',
        data: {
          title: '楼道灯坏了好几天',
          body: '晚上下楼看不见，老人容易摔倒。',
          category: 'facilities',
          photos: [fileId],
        },
        requestId: `req-${randomUUID()}`,
      },
      bearer(zhang.token),
    );
    expect(raised.body).toMatchObject({ ok: true });
    expect((await fetchFile(photoUrl, bearer(li.token))).status).toBe(200);
    const { url } = (await call(zhang.token, 'exportMyData')).body.data;
    expect(await call(zhang.token, 'deleteAccount', { confirm: true })).toMatchObject({
      status: 200,
      body: { ok: true, data: { deleted: true } },
    });
    expect((await me(env.host, bearer(zhang.token))).body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await fetchFile(url, bearer(zhang.token))).status).toBe(401);
    expect((await fetchFile(photoUrl, bearer(li.token))).status).toBe(404);
    const demo = await fetch(`${env.host.url}/api/dev/users`).then((response) => response.json());
    expect(demo.data.users.map((user: { id: string }) => user.id)).not.toContain('u-resident-zhang');
    expect((await post(env.host, '/api/dev/login', { userId: 'u-resident-zhang' })).status).toBe(404);
    const users = await env.host.storage.users.list({ after: null, limit: 50 });
    expect(JSON.stringify(users)).not.toContain('张桂兰');
  });
});
