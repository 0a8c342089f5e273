import { checkImage } from '../../host/imageCheck';
import { bearer, login, post, startTestHost, type TestHost } from './support/hostHarness';
import { pngOf, TINY_JPEG, TINY_PNG, TINY_WEBP_LOSSLESS, TINY_WEBP_LOSSY } from './support/images';

const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');
const DAMAGED = { status: 400, body: { ok: false, code: 'BAD_INPUT', message: '图片文件已损坏或格式不符' } };

describe('the structural image check', () => {
  it('reads format and size of whole JPEG, PNG and WebP files', () => {
    expect(checkImage(TINY_PNG)).toEqual({ format: 'png', width: 2, height: 2 });
    expect(checkImage(pngOf(33, 7))).toEqual({ format: 'png', width: 33, height: 7 });
    expect(checkImage(TINY_JPEG)).toEqual({ format: 'jpeg', width: 2, height: 2 });
    expect(checkImage(TINY_WEBP_LOSSLESS)).toEqual({ format: 'webp', width: 1, height: 1 });
    expect(checkImage(TINY_WEBP_LOSSY)).toEqual({ format: 'webp', width: 1, height: 1 });
  });

  it.each([
    ['PNG signature then HTML', Buffer.concat([TINY_PNG.subarray(0, 8), HTML])],
    ['PNG with HTML after IEND', Buffer.concat([TINY_PNG, HTML])],
    ['PNG cut short', TINY_PNG.subarray(0, TINY_PNG.length - 5)],
    [
      'PNG with a bad CRC',
      Buffer.concat([TINY_PNG.subarray(0, 30), Buffer.from([TINY_PNG[30] ^ 1]), TINY_PNG.subarray(31)]),
    ],
    ['JPEG SOI then HTML', Buffer.concat([TINY_JPEG.subarray(0, 3), HTML])],
    ['JPEG with bytes after EOI', Buffer.concat([TINY_JPEG, HTML])],
    ['JPEG cut short', TINY_JPEG.subarray(0, TINY_JPEG.length - 2)],
    ['WebP with bytes after the RIFF', Buffer.concat([TINY_WEBP_LOSSY, HTML])],
    ['WebP cut short', TINY_WEBP_LOSSY.subarray(0, TINY_WEBP_LOSSY.length - 4)],
    ['HTML', HTML],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(checkImage(bytes)).toBeNull();
  });
});

describe('uploads on the host: checked, owned, served to signed-in users with nosniff', () => {
  let env: TestHost;
  let zhang: { token: string; cookie: string };
  let wang: { token: string; cookie: string };

  beforeAll(async () => {
    env = await startTestHost();
    zhang = await login(env.host, 'u-resident-zhang');
    wang = await login(env.host, 'u-resident-wang');
  });

  afterAll(async () => {
    await env.stop();
  });

  async function upload(token: string, type: string, body: Buffer) {
    const response = await fetch(`${env.host.url}/api/upload`, {
      method: 'POST',
      headers: { 'content-type': type, ...bearer(token) },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: await response.json() };
  }

  it('refuses a PNG header followed by HTML, and a file whose content is not its declared type', async () => {
    expect(await upload(zhang.token, 'image/png', Buffer.concat([TINY_PNG.subarray(0, 16), HTML]))).toMatchObject(
      DAMAGED,
    );
    expect(await upload(zhang.token, 'image/png', Buffer.concat([TINY_PNG, HTML]))).toMatchObject(DAMAGED);
    expect(await upload(zhang.token, 'image/jpeg', TINY_PNG)).toMatchObject(DAMAGED);
  });

  it('accepts whole images of each format', async () => {
    for (const [type, bytes] of [
      ['image/png', TINY_PNG],
      ['image/jpeg', TINY_JPEG],
      ['image/webp', TINY_WEBP_LOSSY],
    ] as const) {
      expect(await upload(zhang.token, type, bytes)).toMatchObject({ status: 200, body: { ok: true } });
    }
  });

  it('serves a photo only to a signed-in session, with nosniff', async () => {
    const { body } = await upload(zhang.token, 'image/png', TINY_PNG);
    const anonymous = await fetch(`${env.host.url}${body.data.url}`);
    expect(anonymous.status).toBe(401);
    const signedIn = await fetch(`${env.host.url}${body.data.url}`, { headers: { cookie: wang.cookie } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('content-type')).toBe('image/png');
    expect(signedIn.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await signedIn.arrayBuffer()).equals(TINY_PNG)).toBe(true);
  });

  it('a resident attaches only her own upload to her matter, never a neighbour’s or a made-up file id', async () => {
    const mine = (await upload(zhang.token, 'image/png', TINY_PNG)).body.data.fileId as string;
    const neighbours = (await upload(wang.token, 'image/png', TINY_PNG)).body.data.fileId as string;
    const raise = (photos: string[], requestId: string) =>
      post(
        env.host,
        '/api/matter',
        {
          action: 'raise',
          data: {
            title: '楼道灯坏了',
            body: '3号楼2单元楼道灯坏了一个月，晚上看不清。',
            category: 'facilities',
            photos,
          },
          requestId,
        },
        bearer(zhang.token),
      );
    const refused = { status: 400, body: { ok: false, code: 'BAD_INPUT', message: '图片无效，请重新上传' } };
    expect(await raise([neighbours], 'own-photos-0001')).toMatchObject(refused);
    expect(await raise(['local/abcdefgh1234.jpg'], 'own-photos-0002')).toMatchObject(refused);
    expect(await raise([mine], 'own-photos-0003')).toMatchObject({ status: 200, body: { ok: true } });
  });
});
