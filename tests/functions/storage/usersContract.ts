import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { aUser } from '../../support/builders/users';

/** A role's assignment without grids or body (the roles before 街呼区应's). */
const noScope = { communityIds: [], gridIds: [], orgId: null };

/**
 * The users repository's contract: one user per openid (also under concurrent creates), the
 * profile, elder mode, role with its grids or body, the verified phone, and the paged list by
 * role and community. Run by storageContract.ts on every adapter; kept apart from the other
 * repositories so each contract reads as one concept.
 */
export function describeUsersContract(current: () => Storage): void {
  describe('users', () => {
    let storage: Storage;

    beforeEach(() => {
      storage = current();
    });

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
}
