import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { anAudit } from '../../support/builders/audit';
import { aComment, aMatter, anEntry } from '../../support/builders/matters';
import { anInboxEntry, anOutboxRow } from '../../support/builders/notifications';
import { aUser } from '../../support/builders/users';
import { aBooking, aRecord, aSlot } from '../../support/builders/visits';
import { describeServicePersonalData } from './personalServiceDataContract';

/**
 * One user's data as a whole (storage.personalData): the reads the other ports cannot make, and
 * the erasure writes of 注销, each setting final values so that running it again lands the same.
 * Each adapter's test file calls this with a factory that opens a fresh, empty storage.
 */
export function describePersonalDataContract(adapterName: string, openEmpty: () => Promise<Storage>): void {
  describe(`personal data contract: ${adapterName}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    it('lists the comments a user wrote, in any state, oldest first, and no one else’s', async () => {
      await storage.matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
      await storage.comments.create(aComment({ id: 'k2', authorId: 'u1', createdAt: 3000, state: 'pending_review' }));
      await storage.comments.create(aComment({ id: 'k1', authorId: 'u1', createdAt: 2000 }));
      await storage.comments.create(aComment({ id: 'k3', authorId: 'u2', createdAt: 2500 }));
      const mine = await storage.personalData.listCommentsBy('u1');
      expect(mine.map((comment) => [comment.id, comment.state])).toEqual([
        ['k1', 'visible'],
        ['k2', 'pending_review'],
      ]);
      expect(await storage.personalData.listCommentsBy('nobody')).toEqual([]);
    });

    it('lists the flags a user raised on matters and comments, and clears their reasons (the flags still count)', async () => {
      await storage.matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
      await storage.comments.create(aComment({ id: 'k1', authorId: 'u2' }));
      await storage.matters.addFlag('m1', 'u1', '张桂兰说是广告', 3000);
      await storage.comments.addFlag('k1', 'u1', '与事无关', 2000);
      await storage.matters.addFlag('m1', 'u2', '重复', 2500);
      expect(await storage.personalData.listFlagsBy('u1')).toEqual([
        { targetType: 'comment', targetId: 'k1', reason: '与事无关', at: 2000 },
        { targetType: 'matter', targetId: 'm1', reason: '张桂兰说是广告', at: 3000 },
      ]);
      await storage.personalData.eraseFlagReasons('u1');
      expect((await storage.personalData.listFlagsBy('u1')).map((flag) => flag.reason)).toEqual(['', '']);
      expect(await storage.personalData.listFlagsBy('u2')).toEqual([
        { targetType: 'matter', targetId: 'm1', reason: '重复', at: 2500 },
      ]);
      expect(await storage.matters.findById('m1')).toMatchObject({ flagCount: 2 });
    });

    it('lists the audit lines naming a user as actor or target, once each, oldest first', async () => {
      await storage.audit.append(anAudit({ id: 'a2', actorId: 'u1', targetId: 'u1', at: 2000 }));
      await storage.audit.append(anAudit({ id: 'a1', targetId: 'u1', at: 1000 }));
      await storage.audit.append(anAudit({ id: 'a3', targetId: 'u2', at: 3000 }));
      const lines = await storage.personalData.listAuditAbout('u1');
      expect(lines.map((line) => line.id)).toEqual(['a1', 'a2']);
      expect(lines[0]).toEqual(anAudit({ id: 'a1', targetId: 'u1', at: 1000 }));
    });

    it('erases a matter’s words, building, photos, rating comment and 代办 name, the same when repeated', async () => {
      const onBehalf = {
        staffId: 's1',
        staffName: '陈秀英',
        consent: '张桂兰口头同意',
        residentName: '张桂兰',
        familyId: null,
      };
      await storage.matters.create(
        aMatter({
          id: 'm1',
          building: '3号楼',
          photos: [{ fileId: 'f1', status: 'passed' }],
          rating: { score: 4, comment: '张桂兰很满意', at: 900 },
          raisedById: 's1',
          onBehalf,
        }),
        anEntry({ id: 't1', matterId: 'm1' }),
      );
      const erasure = {
        title: '＊＊的车位',
        body: '＊＊说',
        building: '',
        photos: [],
        rating: { score: 4, comment: '＊＊很满意', at: 900 },
        onBehalf: { ...onBehalf, consent: '＊＊口头同意', residentName: '' },
      };
      await storage.personalData.eraseMatter('m1', erasure, 5000);
      await storage.personalData.eraseMatter('m1', erasure, 6000);
      expect(await storage.matters.findById('m1')).toMatchObject({ ...erasure, updatedAt: 6000, state: 'open' });
      await storage.personalData.eraseMatter('m1', { ...erasure, rating: null, onBehalf: null }, 7000);
      expect(await storage.matters.findById('m1')).toMatchObject({ rating: null, onBehalf: null, raisedById: 's1' });
      expect(await storage.matters.timeline('m1')).toHaveLength(1);
    });

    it('forgets a family member on the 代办 matters naming them, and only there', async () => {
      const onBehalf = { staffId: 's1', staffName: '陈秀英', consent: '本人口头同意', residentName: '张桂兰' };
      await storage.matters.create(
        aMatter({ id: 'm1', raisedById: 's1', onBehalf: { ...onBehalf, familyId: 'u1' } }),
        anEntry({ id: 't1', matterId: 'm1' }),
      );
      await storage.matters.create(
        aMatter({ id: 'm2', raisedById: 's1', onBehalf: { ...onBehalf, familyId: 'u2' } }),
        anEntry({ id: 't2', matterId: 'm2' }),
      );
      await storage.matters.create(aMatter({ id: 'm3' }), anEntry({ id: 't3', matterId: 'm3' }));
      await storage.personalData.forgetFamily('u1', 4000);
      await storage.personalData.forgetFamily('u1', 4000);
      expect((await storage.matters.findById('m1'))!.onBehalf).toEqual({ ...onBehalf, familyId: null });
      expect((await storage.matters.findById('m2'))!.onBehalf).toEqual({ ...onBehalf, familyId: 'u2' });
      expect((await storage.matters.findById('m3'))!.onBehalf).toBeNull();
    });

    it('rewrites the notes of the timeline entries named, leaving the others and the order alone', async () => {
      await storage.matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1', note: '张桂兰提出' }));
      await storage.matters.transition(
        'm1',
        'open',
        'resolved',
        {},
        anEntry({ id: 't2', matterId: 'm1', at: 2000, toState: 'resolved', actorId: 'c1', note: '已处理' }),
      );
      await storage.personalData.eraseTimelineNotes('m1', { t1: '＊＊提出', missing: 'x' });
      await storage.personalData.eraseTimelineNotes('m1', { t1: '＊＊提出' });
      await storage.personalData.eraseTimelineNotes('m1', {});
      const timeline = await storage.matters.timeline('m1');
      expect(timeline.map((entry) => [entry.id, entry.note])).toEqual([
        ['t1', '＊＊提出'],
        ['t2', '已处理'],
      ]);
      expect(await storage.matters.findById('m1')).toMatchObject({ state: 'resolved' });
    });

    it('erases a comment’s body, a booking’s contacts and a visit record’s words', async () => {
      await storage.matters.create(aMatter({ id: 'm1' }), anEntry({ id: 't1', matterId: 'm1' }));
      await storage.comments.create(aComment({ id: 'k1', authorId: 'u1', body: '我是张桂兰' }));
      await storage.personalData.eraseComment('k1', '我是＊＊');
      expect(await storage.comments.findById('k1')).toMatchObject({ body: '我是＊＊', state: 'visible' });

      await storage.slots.create(aSlot({ id: 's1' }));
      const booked = await storage.bookings.book(aBooking({ id: 'b1', address: '幸福小区3号楼' }), { waitlist: true });
      expect(booked.outcome).toBe('booked');
      await storage.personalData.eraseBooking('b1', { topic: '＊＊', address: '', phone: '' }, 5000);
      expect(await storage.bookings.findById('b1')).toMatchObject({
        topic: '＊＊',
        address: '',
        phone: '',
        state: 'booked',
        updatedAt: 5000,
      });

      await storage.visitRecords.save(aRecord({ id: 'r1', bookingId: 'b1', heard: '张桂兰反映' }));
      const words = { seen: '', heard: '＊＊反映', solved: '', suggested: '' };
      await storage.personalData.eraseVisitRecord('r1', words, 6000);
      expect(await storage.visitRecords.findById('r1')).toMatchObject({ ...words, bookingId: 'b1', updatedAt: 6000 });
    });

    it('erases the resident’s name in a 红色代办 booking, and forgets a deleted family member', async () => {
      await storage.slots.create(aSlot({ id: 's1' }));
      const onBehalf = {
        staffId: 'u-chen',
        staffName: '陈秀英',
        consent: '张桂兰本人口头同意',
        residentName: '张桂兰',
      };
      await storage.bookings.book(aBooking({ id: 'b1', onBehalf: { ...onBehalf, familyId: 'u-li' } }), {
        waitlist: true,
      });
      await storage.bookings.book(
        aBooking({ id: 'b2', residentId: 'u2', onBehalf: { ...onBehalf, familyId: 'u-other' } }),
        { waitlist: true },
      );
      await storage.personalData.forgetFamily('u-li', 4000);
      expect(await storage.bookings.findById('b1')).toMatchObject({
        onBehalf: { ...onBehalf, familyId: null },
        updatedAt: 4000,
      });
      expect((await storage.bookings.findById('b2'))?.onBehalf?.familyId).toBe('u-other');
      const erased = { ...onBehalf, residentName: '', consent: '＊＊本人口头同意', familyId: null };
      await storage.personalData.eraseBooking('b1', { topic: '＊＊', address: '', phone: '', onBehalf: erased }, 5000);
      expect(await storage.bookings.findById('b1')).toMatchObject({ topic: '＊＊', onBehalf: erased, updatedAt: 5000 });
      // Erasing words alone leaves the on-behalf record as it is.
      await storage.personalData.eraseBooking('b2', { topic: '＊＊', address: '', phone: '' }, 5000);
      expect((await storage.bookings.findById('b2'))?.onBehalf).toEqual({ ...onBehalf, familyId: 'u-other' });
    });

    it('keeps an audit line’s fact, not the person', async () => {
      await storage.audit.append(anAudit({ id: 'a1', actorId: 'u1', actorName: '张桂兰', targetId: 'u1' }));
      const erasure = { actorId: 'anon-1', actorName: '已注销用户', targetId: 'anon-1' };
      await storage.personalData.eraseAuditEntry('a1', erasure);
      expect(await storage.audit.findById('a1')).toEqual(anAudit({ id: 'a1', ...erasure }));
      expect(await storage.personalData.listAuditAbout('u1')).toEqual([]);
    });

    it('forgets a user’s inbox, outbox rows and consent credits, and nobody else’s', async () => {
      await storage.notifications.record(
        [anInboxEntry({ id: 'i1', userId: 'u1' }), anInboxEntry({ id: 'i2', userId: 'u2' })],
        [anOutboxRow({ id: 'o1', userId: 'u1' }), anOutboxRow({ id: 'o2', userId: 'u2' })],
      );
      await storage.subscriptions.grant('u1', 'tpl-a', 1000, 'g1');
      await storage.subscriptions.grant('u2', 'tpl-a', 1000, 'g1');
      await storage.personalData.forgetNotifications('u1');
      await storage.personalData.forgetNotifications('u1');
      expect((await storage.inbox.list('u1', null, 10)).items).toEqual([]);
      expect((await storage.outbox.listForUser('u1', null, 10)).items).toEqual([]);
      expect(await storage.subscriptions.credits('u1')).toEqual({});
      expect((await storage.inbox.list('u2', null, 10)).items.map((entry) => entry.id)).toEqual(['i2']);
      expect((await storage.outbox.listForUser('u2', null, 10)).items.map((row) => row.id)).toEqual(['o2']);
      expect(await storage.subscriptions.credits('u2')).toEqual({ 'tpl-a': 1 });
      // A grant id counted before is not remembered: a new account's consent counts afresh.
      await storage.subscriptions.grant('u1', 'tpl-a', 2000, 'g1');
      expect(await storage.subscriptions.credits('u1')).toEqual({ 'tpl-a': 1 });
    });

    it('erases a user’s phone and their bookings’ phones, nothing else and nobody else’s, the same when repeated', async () => {
      const user = aUser({
        id: 'u1',
        openid: 'o1',
        name: '张桂兰',
        phone: '13805371234',
        phoneVerifiedAt: 900,
        building: '3号楼',
      });
      await storage.users.createIfAbsent(user);
      await storage.users.createIfAbsent(aUser({ id: 'u2', openid: 'o2', phone: '13905372345', phoneVerifiedAt: 900 }));
      await storage.slots.create(aSlot({ id: 's1' }));
      await storage.bookings.book(aBooking({ id: 'b1', address: '幸福小区3号楼', phone: '13805371234' }), {
        waitlist: true,
      });
      await storage.bookings.book(aBooking({ id: 'b2', residentId: 'u2', phone: '13905372345' }), { waitlist: true });
      await storage.personalData.erasePhone('u1', 5000);
      await storage.personalData.erasePhone('u1', 6000);
      expect(await storage.users.findById('u1')).toEqual({
        ...user,
        phone: '',
        phoneVerifiedAt: null,
        updatedAt: 6000,
      });
      const b1 = await storage.bookings.findById('b1');
      expect(b1).toMatchObject({ phone: '', address: '幸福小区3号楼', topic: '小区停车难', state: 'booked' });
      expect(await storage.users.findById('u2')).toMatchObject({ phone: '13905372345', phoneVerifiedAt: 900 });
      expect(await storage.bookings.findById('b2')).toMatchObject({ phone: '13905372345' });
    });

    it('detaches the user from the openid: the record stays under its id, the openid is free again', async () => {
      const user = aUser({
        id: 'u1',
        openid: 'o1',
        name: '张桂兰',
        phone: '13805371234',
        communityIds: ['c1'],
        communityId: 'c1',
      });
      await storage.users.createIfAbsent(user);
      const tombstone = aUser({ id: 'u1', openid: 'deleted:u1', name: '已注销用户', updatedAt: 5000 });
      await storage.personalData.detachUser('u1', 'o1', tombstone);
      await storage.personalData.detachUser('u1', 'o1', tombstone);
      expect(await storage.users.findByOpenid('o1')).toBeNull();
      expect(await storage.users.findById('u1')).toEqual(tombstone);
      expect((await storage.users.list({ communityId: 'c1', after: null, limit: 10 })).items).toEqual([]);
      const again = await storage.users.createIfAbsent(aUser({ id: 'u2', openid: 'o1' }));
      expect(again).toMatchObject({ created: true, user: { id: 'u2' } });
      expect(await storage.users.findById('u1')).toEqual(tombstone);
    });

    describeServicePersonalData(() => storage);
  });
}
