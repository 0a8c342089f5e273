import { strFromU8, unzipSync } from 'fflate';
import { engines } from '../../support/storages';
import {
  A,
  A_FLAG_REASON,
  A_PHOTO,
  B,
  CADRE,
  compact,
  personOf,
  twoResidents,
  wordsOf,
  type Scene,
} from './twoResidents';

const DAY = 86_400_000;

/** The export A asked for, unzipped and parsed as the person would open it. */
async function exportOf(scene: Scene, who: string) {
  const answer = await scene.server.call('account', who, 'exportMyData', {});
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const saved = scene.server.deps.exportFiles.saved.get(answer.data.url);
  if (!saved) throw new Error(`no export stored at ${answer.data.url}`);
  const files = unzipSync(saved.bytes);
  return { answer: answer.data, saved, files, document: JSON.parse(strFromU8(files['my-data.json'])) };
}

describe.each(engines)('account.exportMyData on %s', (engine) => {
  it('holds every kind of row about the resident, and nothing of the other one', async () => {
    const scene = await twoResidents(engine);
    const { server, matterOf, bookingOf } = scene;
    // The visit day: the cadre records A's visit (民情日记).
    server.deps.clock.advance(8 * DAY);
    await server.act('visit', CADRE, 'recordVisit', {
      bookingId: bookingOf[A],
      seen: '楼道灯确实不亮',
      heard: '希望尽快修好',
      solved: '已联系物业',
      suggested: '',
    });
    const { answer, saved, files, document } = await exportOf(scene, A);

    expect(answer).toMatchObject({ fileName: expect.stringMatching(/^minqing-my-data-\d{8}-\d{4}\.zip$/) });
    expect(answer.bytes).toBe(saved.bytes.length);
    expect(answer.expiresAt).toBe(server.deps.clock.now() + 3_600_000);
    expect(saved.userId).toBe(A);
    expect(Object.keys(files)).toEqual(['my-data.json']);

    const { name, phone, building } = personOf[A];
    expect(document.profile).toMatchObject({ id: A, name, phone, building });
    expect(document.profile).not.toHaveProperty('openid');
    expect(document.matters.map((m: { id: string }) => m.id)).toEqual([matterOf[A]]);
    expect(document.matters[0]).toMatchObject({
      title: wordsOf[A].title,
      building: personOf[A].building,
      photos: [expect.objectContaining({ fileId: A_PHOTO })],
    });
    expect(document.ratings).toEqual([expect.objectContaining({ matterId: matterOf[A], score: 4 })]);
    expect(document.comments).toEqual([expect.objectContaining({ matterId: matterOf[B], body: wordsOf[A].comment })]);
    expect(document.supports).toEqual([{ matterId: matterOf[B] }]);
    expect(document.flags).toEqual([expect.objectContaining({ targetType: 'comment', reason: A_FLAG_REASON })]);
    expect(document.follows).toEqual(expect.arrayContaining([{ matterId: matterOf[B] }]));
    expect(document.bookings).toEqual([
      expect.objectContaining({ id: bookingOf[A], address: personOf[A].address, phone: personOf[A].phone }),
    ]);
    expect(document.visitRecords).toEqual([
      expect.objectContaining({ bookingId: bookingOf[A], heard: '希望尽快修好' }),
    ]);
    expect(document.inbox.length).toBeGreaterThan(0);
    expect(document.inbox.every((entry: { userId: string }) => entry.userId === A)).toBe(true);
    expect(document.wechatNotifications.length).toBe(document.inbox.length);
    expect(document.consentCredits).toEqual([{ templateId: 'tmpl-booking', credits: 1 }]);
    expect(document.audit).toEqual([expect.objectContaining({ action: 'account.assignRole', targetId: A })]);

    const text = JSON.stringify(document);
    for (const value of Object.values(personOf[B])) expect(text).not.toContain(value);
    expect(compact(text)).not.toContain(personOf[B].phone);
    for (const value of [wordsOf[B].title, wordsOf[B].body, wordsOf[B].comment, wordsOf[B].topic]) {
      expect(text).not.toContain(value);
    }
    expect(text).not.toContain(B);
  });

  it('answers each request once: a retry with the same request id gives the same link', async () => {
    const { server } = await twoResidents(engine);
    const first = await server.call('account', A, 'exportMyData', {}, 'export-once');
    const again = await server.call('account', A, 'exportMyData', {}, 'export-once');
    expect(again).toEqual(first);
    expect(server.deps.exportFiles.saved.size).toBe(1);
  });

  it('exports for staff too (their own profile)', async () => {
    const scene = await twoResidents(engine);
    const { document } = await exportOf(scene, CADRE);
    expect(document.profile).toMatchObject({ id: CADRE, name: '刘建国' });
    expect(JSON.stringify(document)).not.toContain(personOf[A].phone);
  });

  it('refuses a guest and a field the contract does not know, storing nothing', async () => {
    const { server } = await twoResidents(engine);
    expect(await server.call('account', { openid: 'wx-unregistered' }, 'exportMyData', {})).toMatchObject({
      ok: false,
      code: 'NOT_REGISTERED',
    });
    expect(await server.call('account', A, 'exportMyData', { unexpected: '13912345678' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(server.deps.exportFiles.saved.size).toBe(0);
  });
});
