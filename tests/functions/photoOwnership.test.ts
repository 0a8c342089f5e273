import { cloudFileUrls } from '../../cloudfunctions/lib/adapters/wechat/cloudFileUrls';
import { shanghaiWallClockToMs } from '@domain/time';
import { seededBackend } from '../support/seededBackend';
import { engines, type EngineName } from '../support/storages';

const ZHANG_PHOTO = 'local/zhangphoto0001.jpg';
const WANG_PHOTO = 'local/wangphoto00001.jpg';
const NEVER_UPLOADED = 'local/neverstored001.jpg';
const REFUSED = { ok: false, code: 'BAD_INPUT', message: '图片无效，请重新上传' };

async function setup(engine: EngineName) {
  const { storage, deps, call } = await seededBackend({ engine });
  deps.uploads.record(ZHANG_PHOTO, 'u-resident-zhang');
  deps.uploads.record(WANG_PHOTO, 'u-resident-wang');
  const raiseAs = (userId: string, photos: string[]) =>
    call('matter', userId, 'raise', {
      title: '楼道灯坏了',
      body: '3号楼2单元楼道灯坏了一个月，晚上上下楼看不清。',
      category: 'facilities',
      photos,
    });
  const visitAs = (userId: string, action: string, data: unknown): Promise<any> => call('visit', userId, action, data);
  return { storage, deps, raiseAs, visitAs };
}

describe.each(engines)('only the uploader’s own stored photos can be attached, on %s', (engine) => {
  it('a resident attaches her own upload, not a neighbour’s and not a file never stored', async () => {
    const env = await setup(engine);
    expect(await env.raiseAs('u-resident-zhang', [WANG_PHOTO])).toMatchObject(REFUSED);
    expect(await env.raiseAs('u-resident-zhang', [ZHANG_PHOTO, NEVER_UPLOADED])).toMatchObject(REFUSED);
    expect(await env.storage.matters.countByAuthorSince('u-resident-zhang', 0)).toBe(0);
    const own = await env.raiseAs('u-resident-zhang', [ZHANG_PHOTO]);
    expect(own).toMatchObject({ ok: true });
  });

  it('a cadre’s visit record takes the cadre’s own uploads only', async () => {
    const env = await setup(engine);
    const slots = await env.visitAs('u-cadre-liu', 'publishSlots', {
      communityId: 'c-dongmen',
      date: '2026-12-05',
      slots: [{ start: '09:00', end: '11:00', mode: 'station', place: '东门社区红帆驿站', capacity: 2 }],
    });
    const slotId = slots.data.slots[0].id;
    const booked = await env.visitAs('u-resident-zhang', 'book', {
      slotId,
      topic: '楼道灯坏了想当面说',
      address: '',
      phone: '13805371234',
    });
    const bookingId = booked.data.booking.id;
    env.deps.clock.advance(shanghaiWallClockToMs('2026-12-05', '10:30') - env.deps.clock.now());
    env.deps.uploads.record('local/cadrephoto001.jpg', 'u-cadre-liu');
    const record = (photos: string[]) =>
      env.visitAs('u-cadre-liu', 'recordVisit', { bookingId, heard: '楼道灯坏了', photos });
    expect(await record([ZHANG_PHOTO])).toMatchObject(REFUSED);
    expect(await record([NEVER_UPLOADED])).toMatchObject(REFUSED);
    expect(await record(['local/cadrephoto001.jpg'])).toMatchObject({ ok: true });
  });
});

describe('CloudBase ownership rule: the file lies in the caller’s upload folder of this environment', () => {
  const files = cloudFileUrls('prod-1a2b', async () => {});
  const own = 'cloud://prod-1a2b.7072-prod-1a2b-1250000000/uploads/u-zhang/2026-12/abc.jpg';

  it('accepts the caller’s own folder and refuses other folders, users and environments', async () => {
    expect(await files.isUploadedBy(own, 'u-zhang')).toBe(true);
    expect(await files.isUploadedBy(own, 'u-wang')).toBe(false);
    expect(await files.isUploadedBy(own, 'u-zhan')).toBe(false);
    expect(await files.isUploadedBy(own.replace('uploads/u-zhang', 'matters'), 'u-zhang')).toBe(false);
    expect(await files.isUploadedBy(own.replace('prod-1a2b.', 'other-env.'), 'u-zhang')).toBe(false);
    expect(await files.isUploadedBy(own.replace('2026-12', '../u-wang'), 'u-zhang')).toBe(false);
    expect(await files.isUploadedBy('https://example.com/uploads/u-zhang/a.jpg', 'u-zhang')).toBe(false);
  });
});
