import type { InboxEntry, OutboxRow } from '../../../cloudfunctions/lib/ports/notifications';
import { collectIds } from './contractHelpers';
import { aMatter, anEntry } from '../../support/builders/matters';
import { anInboxEntry, anOutboxRow } from '../../support/builders/notifications';
import { LEASE, sent, type NotificationsStorage } from './notificationsFixtures';
import { describeOutboxContract } from './outboxContract';
import { describeSubscriptionsContract } from './subscriptionsContract';
import { aRecord } from '../../support/builders/visits';

/**
 * The behaviour every adapter of ports/notifications.ts (and the two timer queries) must have.
 * Adapter-neutral: no engine details, no timing; "concurrent" means calls started together with
 * Promise.all, which is how two function instances hit the same rows in production.
 *
 * Readings of the ports pinned here (where their comments leave room):
 * - record inserts each entry and row by id unless that id exists; an existing one is left exactly
 *   as it is (a read entry stays read, a sent row stays sent), and no error is raised.
 * - inbox.list and outbox.listForUser: newest first on (createdAt, id); listFailed on (updatedAt,
 *   id); ties by id descending; `next` is the last item's position, null on the last page.
 * - markRead/markAllRead set readAt = now only on the user's unread entries (a read entry keeps
 *   its first readAt; other users' ids are ignored).
 * - due: pending rows with notBefore <= now by (notBefore, id), then sending rows whose lease
 *   ended (claimedUntil < now, strictly) by (claimedUntil, id); at most `limit` in all.
 * - claim takes a pending row once notBefore <= now, or a sending one once claimedUntil < now.
 * - finish leaves mergedInto as it was unless the result names one.
 * - newerInDigest: the newest pending, sending or sent row of the same digestKey newer than the
 *   row by (createdAt, id); merged, failed and skipped rows never count.
 * - takeDigest hands the gate over once lastAt <= now - windowMs (inclusive); the holder re-taking
 *   it moves lastAt to now (the window counts from the attempt that may get through).
 * - subscriptions.credits lists only templates with credits > 0: zero and never-granted read alike.
 *   refund of a never-granted pair gives 1; clear of one creates nothing.
 * - jobRuns.advance is a compare-and-set: from null only creates; a from equal to the mark
 *   succeeds even when to === from.
 * - matters.listEscalatedDueBetween: state 'escalated', escalation.respondedAt null, dueDate in the
 *   inclusive range, all communities, by (dueDate, id). matters.listResolvedBefore: state 'resolved', resolvedAt <= before (inclusive),
 *   by (resolvedAt, id). visitRecords.openFollowUpsDueBetween: followUp open and dueDate in the inclusive range,
 *   all communities, by (dueDate, id).
 */
export function describeNotificationsContract(
  adapterName: string,
  openEmpty: () => Promise<NotificationsStorage>,
): void {
  describe(`notifications storage contract: ${adapterName}`, () => {
    let storage: NotificationsStorage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    async function reloadRow(id: string): Promise<OutboxRow> {
      const found = await storage.outbox.findById(id);
      if (!found) throw new Error(`outbox row ${id} vanished`);
      return found;
    }

    async function allInbox(userId: string): Promise<InboxEntry[]> {
      return (await storage.inbox.list(userId, null, 100)).items;
    }

    describe('notification writer', () => {
      it('round-trips every field of entries and rows', async () => {
        const entry = anInboxEntry({ id: 'i-full', kind: 'booking_confirmed', refType: 'booking', refId: 'b1' });
        const read = anInboxEntry({ id: 'i-read', createdAt: 900, readAt: 950 });
        const row = anOutboxRow({ id: 'o-full', digestKey: 'digest:u1:matter:m1', expiresAt: 99_000 });
        const bare = anOutboxRow({ id: 'o-bare', data: {}, page: '' });
        await storage.notifications.record([entry, read], [row, bare]);

        expect(await allInbox('u1')).toEqual([entry, read]);
        expect(await storage.outbox.findById('o-full')).toEqual(row);
        expect(await storage.outbox.findById('o-bare')).toEqual(bare);
        expect(await storage.outbox.findById('missing')).toBeNull();
      });

      it('leaves an entry or row whose id exists exactly as it is', async () => {
        await storage.notifications.record([anInboxEntry({ id: 'i1' })], [anOutboxRow({ id: 'o1' })]);
        await storage.inbox.markRead('u1', ['i1'], 1500);
        await storage.outbox.claim('o1', 'tok', 2000, LEASE);
        await storage.outbox.finish('o1', 'tok', sent(2100), 2100);
        const before = await reloadRow('o1');

        await storage.notifications.record(
          [anInboxEntry({ id: 'i1', title: '改了' }), anInboxEntry({ id: 'i2', createdAt: 3000 })],
          [anOutboxRow({ id: 'o1', lastError: 'again' }), anOutboxRow({ id: 'o2' })],
        );
        expect(await allInbox('u1')).toEqual([
          anInboxEntry({ id: 'i2', createdAt: 3000 }),
          anInboxEntry({ id: 'i1', readAt: 1500 }),
        ]);
        expect(await reloadRow('o1')).toEqual(before);
        expect(await reloadRow('o2')).toEqual(anOutboxRow({ id: 'o2' }));
      });

      it('keeps one copy of each id when the same notification is written concurrently', async () => {
        const entries = ['i1', 'i2', 'i3'].map((id, n) => anInboxEntry({ id, createdAt: 1000 + n }));
        const rows = ['o1', 'o2', 'o3'].map((id, n) => anOutboxRow({ id, createdAt: 1000 + n }));
        await Promise.all(
          Array.from({ length: 5 }, (_, k) => storage.notifications.record(entries.slice(k % 2), rows.slice(k % 3))),
        );
        expect((await allInbox('u1')).map((e) => e.id)).toEqual(['i3', 'i2', 'i1']);
        expect((await storage.outbox.listForUser('u1', null, 10)).items.map((r) => r.id)).toEqual(['o3', 'o2', 'o1']);
      });

      it('accepts nothing to write', async () => {
        await storage.notifications.record([], []);
        expect(await allInbox('u1')).toEqual([]);
      });
    });

    describe('inbox', () => {
      it('lists a user’s entries newest first on (createdAt, id), page by page', async () => {
        const times: Record<string, number> = { a: 1000, b: 2000, c: 2000, d: 3000, e: 500 };
        const mine = Object.entries(times).map(([id, createdAt]) => anInboxEntry({ id, createdAt }));
        await storage.notifications.record([...mine, anInboxEntry({ id: 'z', userId: 'u2', createdAt: 2500 })], []);

        const seen = await collectIds((after) => storage.inbox.list('u1', after, 2), 2);
        expect(seen).toEqual(['d', 'c', 'b', 'a', 'e']);
        const first = await storage.inbox.list('u1', null, 2);
        expect(first.next).toEqual({ at: 2000, id: 'c' });
        expect((await storage.inbox.list('u1', null, 5)).next).toBeNull();
        expect(await storage.inbox.list('nobody', null, 5)).toEqual({ items: [], next: null });
      });

      it('marks only the user’s own unread entries read, keeping the first reading time', async () => {
        const entries = ['i1', 'i2', 'i3'].map((id, n) => anInboxEntry({ id, createdAt: 1000 + n }));
        const theirs = anInboxEntry({ id: 'x1', userId: 'u2' });
        await storage.notifications.record([...entries, theirs], []);
        expect(await storage.inbox.unreadCount('u1')).toBe(3);

        await storage.inbox.markRead('u1', ['i1', 'i1', 'x1', 'missing'], 5000);
        await storage.inbox.markRead('u1', ['i1', 'i2'], 6000);
        await storage.inbox.markRead('u1', [], 6500);
        const byId = new Map((await allInbox('u1')).map((e) => [e.id, e.readAt]));
        expect(Object.fromEntries(byId)).toEqual({ i1: 5000, i2: 6000, i3: null });
        expect(await storage.inbox.unreadCount('u1')).toBe(1);
        expect((await allInbox('u2'))[0].readAt).toBeNull();
        expect(await storage.inbox.unreadCount('u2')).toBe(1);
      });

      it('marks all of a user’s unread entries read and no one else’s', async () => {
        await storage.notifications.record(
          [
            anInboxEntry({ id: 'i1', readAt: 900 }),
            anInboxEntry({ id: 'i2', createdAt: 1100 }),
            anInboxEntry({ id: 'x1', userId: 'u2' }),
          ],
          [],
        );
        await storage.inbox.markAllRead('u1', 7000);
        expect((await allInbox('u1')).map((e) => e.readAt)).toEqual([7000, 900]);
        expect(await storage.inbox.unreadCount('u1')).toBe(0);
        expect(await storage.inbox.unreadCount('u2')).toBe(1);
        expect(await storage.inbox.unreadCount('nobody')).toBe(0);
      });
    });

    describeOutboxContract(() => storage);
    describeSubscriptionsContract(() => storage);
    describe('job runs', () => {
      it('moves a mark only from what it is (compare and set)', async () => {
        const { jobRuns } = storage;
        expect(await jobRuns.lastRun('reminders')).toBeNull();
        expect(await jobRuns.advance('reminders', 500, 1000)).toBe(false);
        expect(await jobRuns.lastRun('reminders')).toBeNull();
        expect(await jobRuns.advance('reminders', null, 1000)).toBe(true);
        expect(await jobRuns.advance('reminders', null, 1500)).toBe(false);
        expect(await jobRuns.advance('reminders', 900, 2000)).toBe(false);
        expect(await jobRuns.advance('reminders', 1000, 2000)).toBe(true);
        expect(await jobRuns.advance('reminders', 2000, 2000)).toBe(true);
        expect(await jobRuns.lastRun('reminders')).toBe(2000);
        expect(await jobRuns.lastRun('followups')).toBeNull();
      });

      it.each([
        ['the first mark', null],
        ['a later mark', 1000],
      ])('lets exactly one of several concurrent firings set %s', async (_case, from) => {
        const { jobRuns } = storage;
        if (from !== null) await jobRuns.advance('reminders', null, from);
        const targets = [2001, 2002, 2003, 2004, 2005];
        const results = await Promise.all(targets.map((to) => jobRuns.advance('reminders', from, to)));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await jobRuns.lastRun('reminders')).toBe(targets[results.indexOf(true)]);
      });
    });

    describe('unit of work', () => {
      it('returns the work’s result, joins nested units and passes errors on', async () => {
        const result = await storage.unitOfWork(async () => {
          await storage.notifications.record([anInboxEntry()], []);
          return storage.unitOfWork(async () => storage.inbox.unreadCount('u1'));
        });
        expect(result).toBe(1);
        const failure = new Error('refused');
        await expect(storage.unitOfWork(async () => Promise.reject(failure))).rejects.toBe(failure);
        const both = await Promise.all([1, 2].map((n) => storage.unitOfWork(async () => n)));
        expect(both).toEqual([1, 2]);
      });
    });

    describe('timer queries', () => {
      it('lists unanswered escalated matters of every community due in a date range, by (dueDate, id)', async () => {
        const escalation = (respondedAt: number | null, dueDate = '2025-06-30') => ({
          level: 'street' as const,
          department: '街道城管科',
          dueDate,
          note: '',
          escalatedAt: 5000,
          response: respondedAt === null ? '' : '已安排',
          respondedAt,
        });
        const matters = [
          aMatter({ id: 'm-c', communityId: 'c2', state: 'escalated', escalation: escalation(null) }),
          aMatter({ id: 'm-a', state: 'escalated', escalation: escalation(null) }),
          aMatter({ id: 'm-b', state: 'escalated', escalation: escalation(6000) }),
          aMatter({ id: 'm-d', state: 'escalated', escalation: escalation(null, '2025-06-28') }),
          aMatter({ id: 'm-early', state: 'escalated', escalation: escalation(null, '2025-06-01') }),
          aMatter({ id: 'm-late', state: 'escalated', escalation: escalation(null, '2025-07-01') }),
          aMatter({ id: 'm-resolved', state: 'resolved', escalation: escalation(null) }),
          aMatter({ id: 'm-open' }),
        ];
        for (const m of matters) await storage.matters.create(m, anEntry({ id: `t-${m.id}`, matterId: m.id }));
        const due = async (from: string, to: string, limit = 10) =>
          (await storage.matters.listEscalatedDueBetween(from, to, limit)).map((m) => m.id);
        expect(await due('2025-06-28', '2025-06-30')).toEqual(['m-d', 'm-a', 'm-c']);
        expect(await due('2025-06-30', '2025-06-30')).toEqual(['m-a', 'm-c']);
        expect(await due('2025-06-28', '2025-06-30', 2)).toEqual(['m-d', 'm-a']);
        expect(await due('2025-06-02', '2025-06-27')).toEqual([]);
        expect(await storage.matters.listEscalatedDueBetween('2025-06-30', '2025-06-30', 1)).toEqual([matters[1]]);
      });

      it('lists resolved matters of every community resolved at or before a moment, oldest first', async () => {
        const matters = [
          aMatter({ id: 'm-late', state: 'resolved', resolvedAt: 9000 }),
          aMatter({ id: 'm-b', communityId: 'c2', state: 'resolved', resolvedAt: 5000 }),
          aMatter({ id: 'm-a', state: 'resolved', resolvedAt: 5000 }),
          aMatter({ id: 'm-edge', state: 'resolved', resolvedAt: 8000 }),
          aMatter({ id: 'm-closed', state: 'closed', resolvedAt: 1000 }),
          aMatter({ id: 'm-open', resolvedAt: null }),
        ];
        for (const m of matters) await storage.matters.create(m, anEntry({ id: `t-${m.id}`, matterId: m.id }));
        expect((await storage.matters.listResolvedBefore(8000, 10)).map((m) => m.id)).toEqual(['m-a', 'm-b', 'm-edge']);
        expect((await storage.matters.listResolvedBefore(8000, 1)).map((m) => m.id)).toEqual(['m-a']);
        expect(await storage.matters.listResolvedBefore(4999, 10)).toEqual([]);
      });

      it('lists open follow-ups of every community due in a date range, by (dueDate, id)', async () => {
        const followUp = (dueDate: string, state: 'open' | 'closed' = 'open') => ({
          dueDate,
          note: '回访',
          state,
          outcome: state === 'closed' ? '已解决' : '',
          closedAt: state === 'closed' ? 6000 : null,
        });
        const records = [
          aRecord({ id: 'r-due', followUp: followUp('2025-06-10') }),
          aRecord({ id: 'r-b', communityId: 'c2', followUp: followUp('2025-06-05') }),
          aRecord({ id: 'r-a', cadreId: 'cadre-2', followUp: followUp('2025-06-05') }),
          aRecord({ id: 'r-later', followUp: followUp('2025-06-11') }),
          aRecord({ id: 'r-closed', followUp: followUp('2025-06-01', 'closed') }),
          aRecord({ id: 'r-none', followUp: null }),
        ];
        for (const record of records) await storage.visitRecords.save(record);
        const due = async (from: string, to: string, limit = 10) =>
          (await storage.visitRecords.openFollowUpsDueBetween(from, to, limit)).map((r) => r.id);
        expect(await due('2025-06-01', '2025-06-10')).toEqual(['r-a', 'r-b', 'r-due']);
        expect(await due('2025-06-01', '2025-06-10', 2)).toEqual(['r-a', 'r-b']);
        expect(await due('2025-06-06', '2025-06-11')).toEqual(['r-due', 'r-later']);
        expect(await due('2025-06-10', '2025-06-10')).toEqual(['r-due']);
        expect(await due('2025-05-01', '2025-06-04')).toEqual([]);
        expect((await storage.visitRecords.openFollowUpsDueBetween('2025-06-05', '2025-06-05', 1))[0]).toEqual(
          records[2],
        );
      });
    });
  });
}
