import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { anAudit } from '../../support/builders/audit';
import { describeAdminListsContract } from './adminListsContract';
import { aUser } from '../../support/builders/users';

/** A role's assignment without grids or body (the roles before 街呼区应's). */
const noScope = { communityIds: [], gridIds: [], orgId: null };

/**
 * The behaviour every storage adapter must have. Each adapter's test file calls this with a
 * factory that opens a fresh, empty storage.
 */
export function describeStorageContract(adapterName: string, openEmpty: () => Promise<Storage>): void {
  describe(`storage contract: ${adapterName}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    describe('users', () => {
      it('creates a user once per openid and finds it by id and openid', async () => {
        const first = await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));
        expect(first.created).toBe(true);
        const again = await storage.users.createIfAbsent(aUser({ id: 'u2', openid: 'o1', name: '另一个' }));
        expect(again.created).toBe(false);
        expect(again.user.id).toBe('u1');
        expect(await storage.users.findById('u1')).toEqual(first.user);
        expect(await storage.users.findByOpenid('o1')).toEqual(first.user);
        expect(await storage.users.findById('u2')).toBeNull();
        expect(await storage.users.findByOpenid('nobody')).toBeNull();
      });

      it('finds several users by id at once', async () => {
        await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));
        await storage.users.createIfAbsent(aUser({ id: 'u2', openid: 'o2' }));
        const found = await storage.users.findByIds(['u2', 'u1', 'u2', 'nobody']);
        expect(found.map((u) => u.id).sort()).toEqual(['u1', 'u2']);
        expect(await storage.users.findByIds([])).toEqual([]);
      });

      it('keeps exactly one user when the same openid is created concurrently', async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) => storage.users.createIfAbsent(aUser({ id: `c${i}`, openid: 'same' }))),
        );
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(results.map((r) => r.user.id)).size).toBe(1);
      });

      it('updates the profile, the elder mode and the role', async () => {
        await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));
        const updated = await storage.users.updateProfile(
          'u1',
          {
            name: '张桂兰',
            communityId: 'c-east',
            communityIds: ['c-east'],
            gridId: 'g1',
            compoundId: 'p1',
            building: '3号楼2单元501',
            phone: '13812345678',
            phoneVerifiedAt: null,
          },
          2000,
        );
        expect(updated).toMatchObject({
          name: '张桂兰',
          communityId: 'c-east',
          communityIds: ['c-east'],
          gridId: 'g1',
          compoundId: 'p1',
          building: '3号楼2单元501',
          phone: '13812345678',
          phoneVerifiedAt: null,
          updatedAt: 2000,
          createdAt: 1000,
        });
        expect(await storage.users.setElderMode('u1', 'on', 3000)).toMatchObject({ elderMode: 'on', updatedAt: 3000 });
        const promoted = await storage.users.assignRole(
          'u1',
          { ...noScope, role: 'cadre', communityIds: ['c-east', 'c-west'] },
          4000,
        );
        expect(promoted).toMatchObject({ role: 'cadre', communityIds: ['c-east', 'c-west'], updatedAt: 4000 });
        expect(await storage.users.findById('u1')).toEqual(promoted);
        expect(await storage.users.setElderMode('missing', 'on', 1)).toBeNull();
        expect(await storage.users.assignRole('missing', { ...noScope, role: 'admin' }, 1)).toBeNull();
      });

      it('stores a case role with its grids or body, and clears them when the role changes back', async () => {
        await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1' }));
        const grid = { role: 'gridWorker' as const, communityIds: ['c-east'], gridIds: ['g1', 'g2'], orgId: null };
        expect(await storage.users.assignRole('u1', grid, 2000)).toMatchObject({ ...grid, updatedAt: 2000 });
        const street = { role: 'street' as const, communityIds: ['c-east', 'c-west'], gridIds: [], orgId: 's1' };
        expect(await storage.users.assignRole('u1', street, 3000)).toMatchObject(street);
        expect(await storage.users.findById('u1')).toMatchObject(street);
        expect(await storage.users.findByOpenid('o1')).toMatchObject(street);
        const department = { role: 'department' as const, communityIds: [], gridIds: [], orgId: 'dep1' };
        expect(await storage.users.assignRole('u1', department, 4000)).toMatchObject(department);
        expect((await storage.users.list({ communityId: 'c-east', after: null, limit: 10 })).items).toEqual([]);
        expect(
          await storage.users.assignRole('u1', { ...noScope, role: 'resident', communityIds: ['c-east'] }, 5000),
        ).toMatchObject({ role: 'resident', gridIds: [], orgId: null });
        expect(
          await storage.users.createIfAbsent(aUser({ id: 'u2', openid: 'o2', gridIds: ['g9'], orgId: 'x' })),
        ).toMatchObject({ user: { gridIds: ['g9'], orgId: 'x' }, created: true });
      });

      it('stores a verified phone with its time, which a later profile patch keeps or clears', async () => {
        await storage.users.createIfAbsent(aUser({ id: 'u1', openid: 'o1', phoneVerifiedAt: null }));
        expect(await storage.users.findById('u1')).toMatchObject({ phone: '', phoneVerifiedAt: null });
        const verified = await storage.users.setVerifiedPhone('u1', '13912345678', 5000);
        expect(verified).toMatchObject({ phone: '13912345678', phoneVerifiedAt: 5000, updatedAt: 5000 });
        expect(await storage.users.findByOpenid('o1')).toEqual(verified);
        const patch = {
          name: '李明',
          communityId: 'c-east',
          communityIds: ['c-east'],
          gridId: null,
          compoundId: null,
          building: '',
          phone: '13912345678',
        };
        const kept = await storage.users.updateProfile('u1', { ...patch, phoneVerifiedAt: 5000 }, 6000);
        expect(kept).toMatchObject({ phoneVerifiedAt: 5000 });
        const cleared = await storage.users.updateProfile(
          'u1',
          { ...patch, phone: '13700000000', phoneVerifiedAt: null },
          7000,
        );
        expect(cleared).toMatchObject({ phone: '13700000000', phoneVerifiedAt: null });
        expect(await storage.users.setVerifiedPhone('missing', '13912345678', 1)).toBeNull();
      });

      it('lists newest first by role and community, page by page without gaps or repeats', async () => {
        // Several users share a createdAt so the id must break ties.
        for (let i = 0; i < 9; i += 1) {
          await storage.users.createIfAbsent(
            aUser({
              id: `u${i}`,
              openid: `o${i}`,
              createdAt: 1000 + Math.floor(i / 3),
              role: i % 3 === 0 ? 'cadre' : 'resident',
              communityIds: i % 2 === 0 ? ['c-east'] : ['c-west', 'c-east'],
            }),
          );
        }
        const seen: string[] = [];
        let after = null;
        for (let guard = 0; guard < 10; guard += 1) {
          const page = await storage.users.list({ after, limit: 4 });
          seen.push(...page.items.map((u) => u.id));
          if (!page.next) break;
          after = page.next;
        }
        expect(seen).toEqual(['u8', 'u7', 'u6', 'u5', 'u4', 'u3', 'u2', 'u1', 'u0']);

        const cadres = await storage.users.list({ role: 'cadre', after: null, limit: 10 });
        expect(cadres.items.map((u) => u.id)).toEqual(['u6', 'u3', 'u0']);
        expect(cadres.next).toBeNull();

        const west = await storage.users.list({ communityId: 'c-west', after: null, limit: 10 });
        expect(west.items.map((u) => u.id)).toEqual(['u7', 'u5', 'u3', 'u1']);

        const westCadres = await storage.users.list({ communityId: 'c-west', role: 'cadre', after: null, limit: 10 });
        expect(westCadres.items.map((u) => u.id)).toEqual(['u3']);
      });
    });

    describe('places', () => {
      it('saves the place tree and returns it as a directory, re-saving updates', async () => {
        await storage.places.saveDistrict({ id: 'd1', name: '任城区' });
        await storage.places.saveStreet({ id: 's1', name: '古槐街道', districtId: 'd1' });
        await storage.places.saveCommunity({
          id: 'c1',
          name: '东门社区',
          streetId: 's1',
          officeAddress: '东门大街1号',
          officePhone: '0537-1234567',
          reviewMattersFirst: true,
        });
        await storage.places.saveCommunity({
          id: 'c2',
          name: '西门社区',
          streetId: 's1',
          officeAddress: '西门大街2号',
          officePhone: '0537-7654321',
          reviewMattersFirst: false,
        });
        await storage.places.saveGrid({ id: 'g1', name: '第一网格', communityId: 'c1' });
        await storage.places.saveCompound({ id: 'p1', name: '幸福小区', communityId: 'c1', gridId: 'g1' });
        await storage.places.saveCompound({ id: 'p1', name: '幸福家园', communityId: 'c1', gridId: 'g1' });
        const directory = await storage.places.directory();
        expect(directory.districts).toEqual([{ id: 'd1', name: '任城区' }]);
        expect(directory.streets).toEqual([{ id: 's1', name: '古槐街道', districtId: 'd1' }]);
        expect(directory.communities).toHaveLength(2);
        expect(directory.communities[0]).toMatchObject({
          id: 'c1',
          officePhone: '0537-1234567',
          reviewMattersFirst: true,
        });
        expect(directory.communities[1]).toMatchObject({ id: 'c2', reviewMattersFirst: false });
        expect(await storage.places.community('c2')).toEqual(directory.communities[1]);
        expect(await storage.places.community('c-none')).toBeNull();
        expect(directory.grids).toEqual([{ id: 'g1', name: '第一网格', communityId: 'c1' }]);
        expect(directory.compounds).toEqual([{ id: 'p1', name: '幸福家园', communityId: 'c1', gridId: 'g1' }]);
        expect(directory.departments).toEqual([]);
        expect(directory.propertyCompanies).toEqual([]);
      });

      it('saves departments and property companies (with or without a district) and lists them', async () => {
        await storage.places.saveDepartment({ id: 'dep2', name: '区住建局', districtId: 'd1' });
        await storage.places.saveDepartment({ id: 'dep1', name: '城管', districtId: 'd1' });
        await storage.places.saveDepartment({ id: 'dep1', name: '区城管局', districtId: 'd1' });
        await storage.places.savePropertyCompany({
          id: 'pc1',
          name: '幸福物业',
          districtId: 'd1',
          compoundIds: ['p1', 'p2'],
        });
        await storage.places.savePropertyCompany({ id: 'pc2', name: '安居物业', compoundIds: [] });
        const directory = await storage.places.directory();
        expect(directory.departments).toEqual([
          { id: 'dep1', name: '区城管局', districtId: 'd1' },
          { id: 'dep2', name: '区住建局', districtId: 'd1' },
        ]);
        expect(directory.propertyCompanies).toEqual([
          { id: 'pc1', name: '幸福物业', districtId: 'd1', compoundIds: ['p1', 'p2'] },
          { id: 'pc2', name: '安居物业', compoundIds: [] },
        ]);
      });
    });

    describe('audit', () => {
      it('appends entries and lists them newest first with before/after intact', async () => {
        for (let i = 0; i < 5; i += 1) {
          await storage.audit.append(anAudit({ id: `a${i}`, at: 100 + i, after: { role: 'cadre', n: i } }));
        }
        const first = await storage.audit.list({ after: null, limit: 3 });
        expect(first.items.map((e) => e.id)).toEqual(['a4', 'a3', 'a2']);
        expect(first.items[0].after).toEqual({ role: 'cadre', n: 4 });
        expect(first.items[0].before).toEqual({ role: 'resident' });
        const second = await storage.audit.list({ after: first.next, limit: 3 });
        expect(second.items.map((e) => e.id)).toEqual(['a1', 'a0']);
        expect(second.next).toBeNull();
      });

      it('appends an entry once per id and finds it by id (a retried command writes its line once)', async () => {
        await storage.audit.append(anAudit({ id: 'a1', at: 100, after: { role: 'cadre' } }));
        await storage.audit.append(anAudit({ id: 'a1', at: 200, after: { role: 'committee' } }));
        const listed = await storage.audit.list({ after: null, limit: 10 });
        expect(listed.items.map((e) => [e.id, e.at])).toEqual([['a1', 100]]);
        expect(await storage.audit.findById('a1')).toEqual(listed.items[0]);
        expect(await storage.audit.findById('a-none')).toBeNull();
      });
    });

    describeAdminListsContract(() => storage);

    describe('photo checks', () => {
      it('remembers which photo a trace id is about, once', async () => {
        await storage.photoChecks.remember('trace-1', 'm1', 'cloud://env/a.jpg', 100);
        await storage.photoChecks.remember('trace-1', 'm2', 'cloud://env/b.jpg', 200);
        expect(await storage.photoChecks.find('trace-1')).toEqual({ matterId: 'm1', fileId: 'cloud://env/a.jpg' });
        expect(await storage.photoChecks.find('trace-unknown')).toBeNull();
      });
    });

    describe('idempotency', () => {
      it('claims a key once, reports it in progress, then replays the completed response', async () => {
        expect(await storage.idempotency.claim('k', 'f', 1000, 30_000)).toEqual({
          state: 'claimed',
          earlierAttempt: false,
        });
        expect(await storage.idempotency.claim('k', 'f', 1001, 30_000)).toEqual({ state: 'in_progress' });
        await storage.idempotency.complete('k', { ok: true, data: { n: 1 } }, 1002);
        expect(await storage.idempotency.claim('k', 'f', 1003, 30_000)).toEqual({
          state: 'completed',
          response: { ok: true, data: { n: 1 } },
        });
      });

      it('refuses a reused request id with another input', async () => {
        await storage.idempotency.claim('k', 'f1', 1000, 30_000);
        await storage.idempotency.complete('k', { ok: true, data: null }, 1001);
        expect(await storage.idempotency.claim('k', 'f2', 1002, 30_000)).toEqual({ state: 'mismatch' });
      });

      it('lets a retry take over a stale claim and forgets a released one', async () => {
        await storage.idempotency.claim('stale', 'f', 1000, 30_000);
        // Taking over: the earlier attempt may have written part of the work.
        expect(await storage.idempotency.claim('stale', 'f', 1000 + 30_001, 30_000)).toEqual({
          state: 'claimed',
          earlierAttempt: true,
        });
        await storage.idempotency.claim('released', 'f', 1000, 30_000);
        await storage.idempotency.release('released');
        // A refusal wrote nothing: claimed afresh.
        expect(await storage.idempotency.claim('released', 'f', 1001, 30_000)).toEqual({
          state: 'claimed',
          earlierAttempt: false,
        });
        // A failed call's claim is taken over at once by its retry (same input), not after it is stale.
        await storage.idempotency.claim('failed', 'f', 1000, 30_000);
        await storage.idempotency.fail('failed', 1001);
        // Whether the retry finds an earlier attempt depends on the engine: its writes stand on
        // CloudBase (earlierAttempt: true, cloudbase.test.ts) and rolled back with the claim on
        // SQLite (false, sqlite.test.ts).
        expect(await storage.idempotency.claim('failed', 'f', 1002, 30_000)).toMatchObject({ state: 'claimed' });
        expect(await storage.idempotency.claim('failed', 'f', 1003, 30_000)).toEqual({ state: 'in_progress' });
      });

      it('purges completed records older than a moment, never pending claims', async () => {
        await storage.idempotency.claim('old', 'f', 1000, 30_000);
        await storage.idempotency.complete('old', { ok: true }, 1000);
        await storage.idempotency.claim('recent', 'f', 5000, 30_000);
        await storage.idempotency.complete('recent', { ok: true }, 5000);
        await storage.idempotency.claim('pending', 'f', 100, 30_000);
        expect(await storage.idempotency.purgeCompletedBefore(5000)).toBe(1);
        expect(await storage.idempotency.claim('old', 'f', 6000, 30_000)).toEqual({
          state: 'claimed',
          earlierAttempt: false,
        });
        expect(await storage.idempotency.claim('recent', 'f', 6000, 30_000)).toMatchObject({ state: 'completed' });
        expect(await storage.idempotency.claim('pending', 'f', 200, 30_000)).toEqual({ state: 'in_progress' });
      });

      it('gives a key to exactly one of many concurrent claims', async () => {
        const results = await Promise.all(
          Array.from({ length: 10 }, () => storage.idempotency.claim('hot', 'f', 5000, 30_000)),
        );
        expect(results.filter((r) => r.state === 'claimed')).toHaveLength(1);
        expect(results.filter((r) => r.state === 'in_progress')).toHaveLength(9);
      });
    });
  });
}
