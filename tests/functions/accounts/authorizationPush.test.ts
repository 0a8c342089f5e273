import { DELETED_USER_NAME } from '@domain/accountErasure';
import type { Logger } from '../../../cloudfunctions/lib/ports/logger';
import {
  applyAuthorizationPush,
  isWechatPush,
  type PushOrigin,
  type WechatPush,
} from '../../../cloudfunctions/lib/services/accounts/authorizationPush';
import { demoOpenid } from '../../../host/seed';
import type { SeededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { A, A_PHOTO, B, COMMITTEE, personOf, twoResidents } from './twoResidents';

const A_OPENID = demoOpenid(A);

/** WeChat's push as the platform delivers it: not from the app, about the user in the context. */
const fromWechat: PushOrigin = { source: 'wx_unknown', openid: A_OPENID };

function revoke(revokeInfo: string | number, openid = A_OPENID): WechatPush {
  return {
    MsgType: 'event',
    Event: 'user_authorization_revoke',
    OpenID: openid,
    RevokeInfo: revokeInfo,
  };
}

function cancellation(openid = A_OPENID): WechatPush {
  return { MsgType: 'event', Event: 'user_authorization_cancellation', OpenID: openid };
}

/** The events a test's logger was told, by level. */
function recordingLogger(): Logger & { warned: string[]; warnedFields: unknown[] } {
  const warned: string[] = [];
  const warnedFields: unknown[] = [];
  const warn = (event: string, fields?: Record<string, unknown>) => {
    warned.push(event);
    warnedFields.push(fields);
  };
  return { warned, warnedFields, info: () => undefined, warn, error: warn };
}

/** The file port as the push uses it, recording each removal. */
function recordRemovals(server: SeededBackend): string[][] {
  const removed: string[][] = [];
  const { files } = server.deps;
  server.deps.files = {
    ...files,
    remove: async (fileIds) => {
      removed.push([...fileIds]);
      await files.remove(fileIds);
    },
  };
  return removed;
}

describe.each(engines)('WeChat authorization pushes on %s', (engine) => {
  it('a revoked phone (RevokeInfo 8) erases her phone and her bookings’ phones, nothing else, once', async () => {
    const { server, bookingOf, matterOf } = await twoResidents(engine);
    const { storage } = server;
    const before = await storage.users.findById(A);
    expect(before).toMatchObject({ phone: personOf[A].phone, phoneVerifiedAt: expect.any(Number) });
    const matterBefore = await storage.matters.findById(matterOf[A]);

    expect(await applyAuthorizationPush(server.deps, revoke(8), fromWechat)).toBe('phone_erased');
    expect(await storage.users.findById(A)).toEqual({ ...before, phone: '', phoneVerifiedAt: null });
    expect(await storage.bookings.findById(bookingOf[A])).toMatchObject({
      state: 'booked',
      phone: '',
      address: personOf[A].address,
    });
    expect(await storage.bookings.findById(bookingOf[B])).toMatchObject({ phone: personOf[B].phone });
    expect(await storage.users.findById(B)).toMatchObject({ phone: personOf[B].phone });
    expect(await storage.matters.findById(matterOf[A])).toEqual(matterBefore);
    // Her booking still works for her: she sees it, without a phone.
    const { items } = await server.act('visit', A, 'myVisits', { when: 'upcoming' });
    expect(items).toEqual([expect.objectContaining({ id: bookingOf[A], state: 'booked' })]);

    // To publish again she verifies a number again.
    const raised = await server.call('matter', A, 'raise', {
      title: '又一件事',
      body: '楼下的路灯也不亮了。',
      category: 'facilities',
    });
    expect(raised).toMatchObject({ ok: false, code: 'PHONE_UNVERIFIED' });

    const once = server.snapshot();
    expect(await applyAuthorizationPush(server.deps, revoke('8'), fromWechat)).toBe('phone_erased');
    expect(server.snapshot()).toEqual(once);
  });

  it('revoked photos (RevokeInfo "14") deletes the files she attached and keeps her matter, once', async () => {
    const { server, matterOf } = await twoResidents(engine);
    const removed = recordRemovals(server);
    const matterBefore = await server.storage.matters.findById(matterOf[A]);
    expect(matterBefore?.photos.map((photo) => photo.fileId)).toEqual([A_PHOTO]);

    expect(await applyAuthorizationPush(server.deps, revoke('14'), fromWechat)).toBe('photos_deleted');
    expect(removed).toEqual([[A_PHOTO]]);
    expect(server.deps.uploads.holds(A_PHOTO)).toBe(false);
    const matter = await server.storage.matters.findById(matterOf[A]);
    expect(matter).toMatchObject({ title: matterBefore?.title, body: matterBefore?.body, state: matterBefore?.state });
    expect(matter?.photos).toEqual([]);
    expect(await server.storage.users.findById(A)).toMatchObject({ phone: personOf[A].phone });

    const once = server.snapshot();
    await applyAuthorizationPush(server.deps, revoke(14), fromWechat);
    expect(removed).toEqual([[A_PHOTO]]);
    expect(server.snapshot()).toEqual(once);
  });

  it('other revoked kinds hold nothing of ours: logged, nothing changes', async () => {
    const { server } = await twoResidents(engine);
    const before = server.snapshot();
    for (const kind of [2, '13', 6, undefined]) {
      expect(await applyAuthorizationPush(server.deps, revoke(kind as never), fromWechat)).toBe('nothing_held');
    }
    expect(server.snapshot()).toEqual(before);
  });

  it('a cancellation deletes her account as 注销 does: old identity refused, seat freed, waitlist promoted; twice is once', async () => {
    const { server, bookingOf, matterOf } = await twoResidents(engine);
    expect(await applyAuthorizationPush(server.deps, cancellation(), fromWechat)).toBe('account_deleted');
    expect(await server.call('account', A, 'me', {})).toMatchObject({ ok: false, code: 'NOT_REGISTERED' });
    expect(await server.storage.users.findById(A)).toMatchObject({ name: DELETED_USER_NAME, phone: '', building: '' });
    expect(await server.storage.bookings.findById(bookingOf[A])).toMatchObject({ state: 'cancelled', phone: '' });
    expect(await server.storage.bookings.findById(bookingOf[B])).toMatchObject({ state: 'booked' });
    const { items } = await server.act('notification', B, 'inbox', { limit: 50 });
    expect(items.map((item: { kind: string }) => item.kind)).toContain('waitlist_promoted');
    const matter = await server.act('matter', B, 'detail', { matterId: matterOf[A] });
    expect(matter.author.name).toBe(DELETED_USER_NAME);

    const once = server.snapshot();
    expect(await applyAuthorizationPush(server.deps, cancellation(), fromWechat)).toBe('ignored');
    expect(server.snapshot()).toEqual(once);
  });

  it('a staff member’s cancellation is logged and changes nothing (an admin must reassign their role first)', async () => {
    const { server } = await twoResidents(engine);
    const logger = recordingLogger();
    server.deps.logger = logger;
    const before = server.snapshot();
    const openid = demoOpenid(COMMITTEE);
    expect(await applyAuthorizationPush(server.deps, cancellation(openid), { source: '', openid })).toBe('ignored');
    expect(logger.warned).toEqual(['authorization_cancellation_of_staff']);
    expect(server.snapshot()).toEqual(before);
  });

  it('ignores, with a warning, pushes forged from the app or about someone else than the context says', async () => {
    const { server } = await twoResidents(engine);
    const logger = recordingLogger();
    server.deps.logger = logger;
    const before = server.snapshot();
    const forged: [WechatPush, PushOrigin][] = [
      // callFunction from the mini-program, even about oneself, directly or through another function.
      [cancellation(), { source: 'wx_client', openid: A_OPENID }],
      [revoke(8), { source: 'wx_client,scf', openid: A_OPENID }],
      [cancellation(), { source: 'wx_devtools', openid: A_OPENID }],
      // Someone else's OpenID in the push, or none in the context.
      [cancellation(A_OPENID), { source: 'wx_unknown', openid: demoOpenid(B) }],
      [cancellation(A_OPENID), { source: '', openid: '' }],
      [{ Event: 'user_authorization_cancellation' }, { source: '', openid: A_OPENID }],
    ];
    for (const [push, origin] of forged) {
      expect(await applyAuthorizationPush(server.deps, push, origin)).toBe('ignored');
    }
    expect(logger.warned).toEqual(forged.map(() => 'authorization_push_unverified'));
    // What was refused, never whom (no OpenID), and no field named `event`, which is the log line's own.
    expect(logger.warnedFields[0]).toEqual({
      pushEvent: 'user_authorization_cancellation',
      source: 'wx_client',
      hasOpenid: true,
    });
    expect(server.snapshot()).toEqual(before);
  });

  it('ignores an unknown openid, user_info_modified and events that are not ours', async () => {
    const { server } = await twoResidents(engine);
    const before = server.snapshot();
    const stranger = 'wx-never-seen';
    expect(await applyAuthorizationPush(server.deps, cancellation(stranger), { source: '', openid: stranger })).toBe(
      'ignored',
    );
    for (const Event of ['user_info_modified', 'wxa_media_check', 'something_new']) {
      expect(await applyAuthorizationPush(server.deps, { Event, OpenID: A_OPENID }, fromWechat)).toBe('ignored');
    }
    expect(server.snapshot()).toEqual(before);
  });
});

describe('telling a push from a contract call', () => {
  it('takes an event with an Event for a push, anything else for a call', () => {
    expect(isWechatPush(cancellation())).toBe(true);
    expect(isWechatPush({ Event: 'user_info_modified' })).toBe(true);
    for (const event of [{ action: 'me', data: {}, requestId: 'r1' }, null, 'x', { Event: 3 }]) {
      expect(isWechatPush(event)).toBe(false);
    }
  });
});
