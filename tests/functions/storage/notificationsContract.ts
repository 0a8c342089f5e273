import type { InboxEntry, OutboxResult, OutboxRow } from '../../../cloudfunctions/lib/ports/notifications';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { collectIds } from './contractHelpers';
import { aMatter, anEntry } from './mattersFixtures';
import { aRecord } from './visitsFixtures';

/** What the suite needs of a storage: the notification ports and the two timer queries. */
export type NotificationsStorage = Pick<
  Storage,
  | 'notifications'
  | 'inbox'
  | 'outbox'
  | 'subscriptions'
  | 'jobRuns'
  | 'unitOfWork'
  | 'matters'
  | 'visitRecords'
  | 'close'
>;

export function anInboxEntry(overrides: Partial<InboxEntry> = {}): InboxEntry {
  return {
    id: 'i1',
    userId: 'u1',
    kind: 'official_reply',
    refType: 'matter',
    refId: 'm1',
    title: '小区停车难',
    text: '社区对您关注的说事作了回复，点开查看。',
    createdAt: 1000,
    readAt: null,
    ...overrides,
  };
}

export function anOutboxRow(overrides: Partial<OutboxRow> = {}): OutboxRow {
  return {
    id: 'o1',
    userId: 'u1',
    communityId: 'c1',
    kind: 'official_reply',
    templateKey: 'matterProgress',
    templateId: 'tpl-progress',
    page: 'pages/matter/detail?id=m1',
    data: { thing1: { value: '小区停车难' }, phrase2: { value: '官方回复' } },
    values: { subject: '小区停车难', status: '官方回复', note: '', time: 1000, place: '' },
    digestKey: null,
    status: 'pending',
    attempts: 0,
    notBefore: 1000,
    expiresAt: null,
    claimToken: null,
    claimedUntil: null,
    lastError: '',
    mergedInto: null,
    creditTaken: false,
    createdAt: 1000,
    updatedAt: 1000,
    sentAt: null,
    ...overrides,
  };
}

const LEASE = 60_000;
const WINDOW = 3_600_000;

function sent(at: number, attempts = 1): OutboxResult {
  return { status: 'sent', attempts, notBefore: at, lastError: '', sentAt: at };
}

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

    describe('outbox: dispatch', () => {
      it('lists due rows: pending and due by (notBefore, id), then expired leases, up to the limit', async () => {
        await storage.notifications.record(
          [],
          [
            anOutboxRow({ id: 'p-late', notBefore: 5000 }),
            anOutboxRow({ id: 'p-b', notBefore: 2000 }),
            anOutboxRow({ id: 'p-a', notBefore: 2000 }),
            anOutboxRow({ id: 'p-first', notBefore: 1000 }),
            anOutboxRow({ id: 'p-future', notBefore: 5001 }),
            anOutboxRow({ id: 's-old', status: 'sending', claimToken: 't', claimedUntil: 3000 }),
            anOutboxRow({ id: 's-older', status: 'sending', claimToken: 't', claimedUntil: 2500 }),
            anOutboxRow({ id: 's-live', status: 'sending', claimToken: 't', claimedUntil: 5000 }),
            ...(['sent', 'skipped', 'failed', 'merged'] as const).map((status) =>
              anOutboxRow({ id: `done-${status}`, status, notBefore: 0 }),
            ),
          ],
        );
        const ids = async (limit: number) => (await storage.outbox.due(5000, limit)).map((r) => r.id);
        expect(await ids(20)).toEqual(['p-first', 'p-a', 'p-b', 'p-late', 's-older', 's-old']);
        expect(await ids(5)).toEqual(['p-first', 'p-a', 'p-b', 'p-late', 's-older']);
        expect(await ids(2)).toEqual(['p-first', 'p-a']);
        expect(await storage.outbox.due(999, 10)).toEqual([]);
      });

      it('claims a due row once, for one lease, and lets it be taken over once the lease ended', async () => {
        const row = anOutboxRow({ id: 'o1', notBefore: 2000 });
        await storage.notifications.record([], [row]);
        expect(await storage.outbox.claim('o1', 'early', 1999, LEASE)).toBeNull();

        const claimed = await storage.outbox.claim('o1', 'tok-a', 2000, LEASE);
        expect(claimed).toEqual({
          ...row,
          status: 'sending',
          claimToken: 'tok-a',
          claimedUntil: 2000 + LEASE,
          updatedAt: 2000,
        });
        expect(await reloadRow('o1')).toEqual(claimed);
        expect(await storage.outbox.claim('o1', 'tok-b', 3000, LEASE)).toBeNull();
        expect(await storage.outbox.claim('o1', 'tok-b', 2000 + LEASE, LEASE)).toBeNull();

        const taken = await storage.outbox.claim('o1', 'tok-b', 2001 + LEASE, LEASE);
        expect(taken).toMatchObject({ status: 'sending', claimToken: 'tok-b', claimedUntil: 2001 + 2 * LEASE });
        expect(await storage.outbox.finish('o1', 'tok-a', sent(70_000), 70_000)).toBe(false);
        expect(await storage.outbox.claim('missing', 'tok', 9000, LEASE)).toBeNull();
      });

      it('claims nothing that is finished', async () => {
        const done = (['sent', 'skipped', 'failed', 'merged'] as const).map((status) =>
          anOutboxRow({ id: status, status }),
        );
        await storage.notifications.record([], done);
        for (const row of done) expect(await storage.outbox.claim(row.id, 'tok', 9000, LEASE)).toBeNull();
      });

      it('gives a row to exactly one of several concurrent claims', async () => {
        await storage.notifications.record([], [anOutboxRow({ id: 'o1' })]);
        const tokens = Array.from({ length: 6 }, (_, i) => `tok-${i}`);
        const results = await Promise.all(tokens.map((t) => storage.outbox.claim('o1', t, 2000, LEASE)));
        const winners = results.filter((r) => r !== null);
        expect(winners).toHaveLength(1);
        expect((await reloadRow('o1')).claimToken).toBe(winners[0]?.claimToken);
      });

      it('notes a taken credit for the claim holder only; it survives a lost lease and every finish clears it', async () => {
        await storage.notifications.record([], [anOutboxRow({ id: 'o1' })]);
        expect(await storage.outbox.markCreditTaken('o1', 'tok', 2000)).toBe(false);
        await storage.outbox.claim('o1', 'tok', 2000, LEASE);
        expect(await storage.outbox.markCreditTaken('o1', 'other', 2001)).toBe(false);
        expect(await storage.outbox.markCreditTaken('o1', 'tok', 2001)).toBe(true);
        // The holder died; the next dispatcher sees the credit as already taken.
        const again = await storage.outbox.claim('o1', 'tok2', 2000 + LEASE + 1, LEASE);
        expect(again).toMatchObject({ creditTaken: true, claimToken: 'tok2' });
        expect(await storage.outbox.finish('o1', 'tok2', sent(2000 + LEASE + 2), 2000 + LEASE + 2)).toBe(true);
        expect(await reloadRow('o1')).toMatchObject({ status: 'sent', creditTaken: false });
      });

      it('records a result only for the claim holder, and lets go of the claim', async () => {
        const row = anOutboxRow({ id: 'o1' });
        await storage.notifications.record([], [row]);
        expect(await storage.outbox.finish('o1', 'tok', sent(2000), 2000)).toBe(false);
        await storage.outbox.claim('o1', 'tok', 2000, LEASE);
        expect(await storage.outbox.finish('o1', 'other', sent(2100), 2100)).toBe(false);

        const retry: OutboxResult = {
          status: 'pending',
          attempts: 1,
          notBefore: 9000,
          lastError: '网络超时',
          sentAt: null,
        };
        expect(await storage.outbox.finish('o1', 'tok', retry, 2100)).toBe(true);
        expect(await reloadRow('o1')).toEqual({
          ...row,
          status: 'pending',
          attempts: 1,
          notBefore: 9000,
          lastError: '网络超时',
          updatedAt: 2100,
        });
        expect(await storage.outbox.finish('o1', 'tok', sent(2200), 2200)).toBe(false);
        expect(await storage.outbox.due(8999, 10)).toEqual([]);

        await storage.outbox.claim('o1', 'tok-2', 9000, LEASE);
        expect(await storage.outbox.finish('o1', 'tok-2', sent(9100, 2), 9100)).toBe(true);
        expect(await reloadRow('o1')).toMatchObject({
          status: 'sent',
          attempts: 2,
          sentAt: 9100,
          lastError: '',
          claimToken: null,
          claimedUntil: null,
          mergedInto: null,
          updatedAt: 9100,
        });
      });

      it('requeues only a failed row', async () => {
        const failed = anOutboxRow({ id: 'f1', status: 'failed', attempts: 5, lastError: '43101', notBefore: 100 });
        await storage.notifications.record(
          [],
          [failed, anOutboxRow({ id: 'p1' }), anOutboxRow({ id: 's1', status: 'sent' })],
        );
        // The template was fixed: another id, other keyword keys. The old keys must not linger.
        const fixed = { templateId: 'tpl-fixed', data: { thing7: { value: '小区停车难' } } };
        expect(await storage.outbox.requeue('f1', 8000, fixed)).toBe(true);
        expect(await reloadRow('f1')).toEqual({
          ...failed,
          ...fixed,
          status: 'pending',
          notBefore: 8000,
          attempts: 0,
          lastError: '',
          updatedAt: 8000,
        });
        expect(await storage.outbox.requeue('f1', 8100, fixed)).toBe(false);
        expect(await storage.outbox.requeue('p1', 8100, fixed)).toBe(false);
        expect(await storage.outbox.requeue('s1', 8100, fixed)).toBe(false);
        expect(await storage.outbox.requeue('missing', 8100, fixed)).toBe(false);
        expect((await reloadRow('s1')).status).toBe('sent');
      });
    });

    describe('outbox: digest', () => {
      const key = 'digest:u1:matter:m1';

      it('finds the newest other pending, sending or sent row of the digest key, newer by (createdAt, id)', async () => {
        const rows = [
          anOutboxRow({ id: 'o-a', digestKey: key, createdAt: 1000 }),
          anOutboxRow({ id: 'o-b', digestKey: key, createdAt: 2000 }),
          anOutboxRow({
            id: 'o-c',
            digestKey: key,
            createdAt: 2000,
            status: 'sending',
            claimToken: 't',
            claimedUntil: 1,
          }),
          anOutboxRow({ id: 'o-d', digestKey: key, createdAt: 1500, status: 'sent', sentAt: 1600 }),
          ...(['merged', 'failed', 'skipped'] as const).map((status) =>
            anOutboxRow({ id: `o-${status}`, digestKey: key, createdAt: 3000, status }),
          ),
          anOutboxRow({ id: 'k2-a', digestKey: 'digest:u1:matter:m2', createdAt: 1000 }),
          anOutboxRow({ id: 'k2-b', digestKey: 'digest:u1:matter:m2', createdAt: 2000, status: 'sent' }),
          anOutboxRow({ id: 'o-other', digestKey: 'digest:u2:matter:m1', createdAt: 5000 }),
          anOutboxRow({ id: 'o-free', createdAt: 500 }),
        ];
        await storage.notifications.record([], rows);
        const newer = async (id: string) => (await storage.outbox.newerInDigest(await reloadRow(id)))?.id ?? null;
        expect(await newer('o-a')).toBe('o-c');
        expect(await newer('o-b')).toBe('o-c');
        expect(await newer('o-d')).toBe('o-c');
        expect(await newer('o-c')).toBeNull();
        expect(await newer('o-merged')).toBeNull();
        expect(await newer('k2-a')).toBe('k2-b');
        expect(await newer('k2-b')).toBeNull();
        expect(await newer('o-free')).toBeNull();
        expect(await storage.outbox.newerInDigest(rows[0])).toEqual(rows[2]);
      });

      it('records which row a merged row went out with', async () => {
        await storage.notifications.record(
          [],
          ['m1', 'm2', 'kept'].map((id, n) => anOutboxRow({ id, digestKey: key, createdAt: 1000 + n })),
        );
        for (const id of ['m1', 'm2']) {
          await storage.outbox.claim(id, `tok-${id}`, 2000, LEASE);
          const merged: OutboxResult = {
            status: 'merged',
            attempts: 0,
            notBefore: 2000,
            lastError: '',
            sentAt: null,
            mergedInto: 'kept',
          };
          expect(await storage.outbox.finish(id, `tok-${id}`, merged, 2000)).toBe(true);
        }
        expect(await reloadRow('m1')).toMatchObject({ status: 'merged', mergedInto: 'kept' });
        expect(await reloadRow('m2')).toMatchObject({ status: 'merged', mergedInto: 'kept', claimToken: null });
      });

      it('opens the gate once per window; the holder may retake it (the window restarts), others wait', async () => {
        expect(await storage.outbox.takeDigest(key, 'o1', 1000, WINDOW)).toEqual({ taken: true });
        expect(await storage.outbox.takeDigest(key, 'o2', 4000, WINDOW)).toEqual({ taken: false, lastAt: 1000 });
        // o1 retries (its first attempt failed): the window now counts from this attempt.
        expect(await storage.outbox.takeDigest(key, 'o1', 5000, WINDOW)).toEqual({ taken: true });
        expect(await storage.outbox.takeDigest(key, 'o2', 6000, WINDOW)).toEqual({ taken: false, lastAt: 5000 });
        expect(await storage.outbox.takeDigest(key, 'o2', 4999 + WINDOW, WINDOW)).toEqual({
          taken: false,
          lastAt: 5000,
        });
        expect(await storage.outbox.takeDigest('digest:other', 'o3', 6000, WINDOW)).toEqual({ taken: true });

        expect(await storage.outbox.takeDigest(key, 'o2', 5000 + WINDOW, WINDOW)).toEqual({ taken: true });
        const later = 5000 + WINDOW + 10;
        expect(await storage.outbox.takeDigest(key, 'o1', later, WINDOW)).toEqual({
          taken: false,
          lastAt: 5000 + WINDOW,
        });
      });

      it.each([
        ['an unopened key', 0],
        ['a gate whose window has passed', 1],
      ])('gives %s to exactly one of several concurrent takers', async (_case, opened) => {
        if (opened) await storage.outbox.takeDigest(key, 'old', 1000, WINDOW);
        const now = 1000 + 2 * WINDOW;
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) => storage.outbox.takeDigest(key, `o${i}`, now, WINDOW)),
        );
        expect(results.filter((r) => r.taken)).toHaveLength(1);
        expect(results.filter((r) => !r.taken)).toEqual(Array(5).fill({ taken: false, lastAt: now }));
      });
    });

    describe('outbox: lists', () => {
      it('lists a user’s messages newest first on (createdAt, id)', async () => {
        const times: Record<string, number> = { a: 1000, b: 2000, c: 2000, d: 3000 };
        await storage.notifications.record(
          [],
          [
            ...Object.entries(times).map(([id, createdAt]) => anOutboxRow({ id, createdAt, status: 'sent' })),
            anOutboxRow({ id: 'z', userId: 'u2', createdAt: 2500 }),
          ],
        );
        expect(await collectIds((after) => storage.outbox.listForUser('u1', after, 3), 3)).toEqual([
          'd',
          'c',
          'b',
          'a',
        ]);
        expect((await storage.outbox.listForUser('u1', null, 3)).next).toEqual({ at: 2000, id: 'b' });
      });

      it('lists failed rows of the given communities newest first on (updatedAt, id)', async () => {
        const failed = (id: string, communityId: string, updatedAt: number) =>
          anOutboxRow({ id, communityId, updatedAt, status: 'failed', lastError: 'invalid template' });
        await storage.notifications.record(
          [],
          [
            failed('f1', 'c1', 3000),
            failed('f2', 'c2', 5000),
            failed('f3', 'c1', 5000),
            failed('f4', 'c3', 9000),
            failed('f5', 'c1', 1000),
            anOutboxRow({ id: 'p1', communityId: 'c1', updatedAt: 8000 }),
          ],
        );
        const page = (after: Parameters<typeof storage.outbox.listFailed>[1]) =>
          storage.outbox.listFailed(['c1', 'c2', 'c1'], after, 2);
        expect(await collectIds(page, 2)).toEqual(['f3', 'f2', 'f1', 'f5']);
        expect((await page(null)).next).toEqual({ at: 5000, id: 'f2' });
        expect(await storage.outbox.listFailed([], null, 5)).toEqual({ items: [], next: null });
      });
    });

    describe('subscriptions', () => {
      it('counts credits per template: grant, take, refund and clear', async () => {
        const { subscriptions } = storage;
        expect(await subscriptions.credits('u1')).toEqual({});
        expect(await subscriptions.take('u1', 'tpl-a', 1000)).toBe(false);
        await subscriptions.grant('u1', 'tpl-a', 1000);
        await subscriptions.grant('u1', 'tpl-a', 1100);
        await subscriptions.grant('u1', 'tpl-b', 1200);
        await subscriptions.grant('u2', 'tpl-a', 1300);
        expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1 });

        expect(await subscriptions.take('u1', 'tpl-b', 2000)).toBe(true);
        expect(await subscriptions.take('u1', 'tpl-b', 2001)).toBe(false);
        expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2 });
        await subscriptions.refund('u1', 'tpl-b', 2100);
        expect(await subscriptions.credits('u1')).toEqual({ 'tpl-a': 2, 'tpl-b': 1 });

        await subscriptions.clear('u1', 'tpl-a', 3000);
        await subscriptions.clear('u1', 'tpl-never', 3000);
        expect(await subscriptions.credits('u1')).toEqual({ 'tpl-b': 1 });
        expect(await subscriptions.take('u1', 'tpl-a', 3100)).toBe(false);
        await subscriptions.refund('u3', 'tpl-c', 3200);
        expect(await subscriptions.credits('u3')).toEqual({ 'tpl-c': 1 });
        expect(await subscriptions.credits('u2')).toEqual({ 'tpl-a': 1 });
      });

      it('never takes more credits than there are, nor loses a grant, under concurrency', async () => {
        const { subscriptions } = storage;
        await Promise.all([1, 2].map((n) => subscriptions.grant('u1', 'tpl-a', n)));
        const takes = await Promise.all(Array.from({ length: 5 }, (_, n) => subscriptions.take('u1', 'tpl-a', 10 + n)));
        expect(takes.filter(Boolean)).toHaveLength(2);
        expect(await subscriptions.credits('u1')).toEqual({});

        await Promise.all(Array.from({ length: 5 }, (_, n) => subscriptions.grant('u2', 'tpl-a', n)));
        expect(await subscriptions.credits('u2')).toEqual({ 'tpl-a': 5 });
      });
    });

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
