import type { UserRepository } from '../../../cloudfunctions/lib/ports/storage';
import { aUser } from '../../support/builders/users';

export interface BodyMembersStorage {
  users: UserRepository;
  close(): Promise<void>;
}

/** users.listBodyMembers on every adapter: whom a case held by a body notifies. */
export function describeBodyMembersContract(adapterName: string, openEmpty: () => Promise<BodyMembersStorage>): void {
  describe(`body members contract: ${adapterName}`, () => {
    let storage: BodyMembersStorage;
    beforeEach(async () => {
      storage = await openEmpty();
      const people = [
        aUser({ id: 'u-grid-b', openid: 'o1', role: 'gridWorker', gridIds: ['g1', 'g2'] }),
        aUser({ id: 'u-grid-a', openid: 'o2', role: 'gridWorker', gridIds: ['g2'] }),
        aUser({ id: 'u-grid-c', openid: 'o3', role: 'gridWorker', gridIds: ['g10'] }),
        aUser({ id: 'u-prop-1', openid: 'o4', role: 'property', orgId: 'p-xingfu' }),
        aUser({ id: 'u-dept-1', openid: 'o5', role: 'department', orgId: 'd-cg' }),
        aUser({ id: 'u-dept-2', openid: 'o6', role: 'department', orgId: 'd-jj' }),
        aUser({ id: 'u-street-2', openid: 'o7', role: 'street', orgId: 'st-1' }),
        aUser({ id: 'u-street-1', openid: 'o8', role: 'street', orgId: 'st-1' }),
        // A resident who once held a role keeps no scope, but an odd record must not leak in.
        aUser({ id: 'u-res', openid: 'o9', role: 'resident', orgId: 'st-1', gridIds: ['g1'] }),
      ];
      for (const person of people) await storage.users.createIfAbsent(person);
    });
    afterEach(async () => {
      await storage.close();
    });

    const ids = async (body: Parameters<UserRepository['listBodyMembers']>[0]) =>
      (await storage.users.listBodyMembers(body)).map((u) => u.id);

    it("finds a grid's workers by any of their grids, in id order, and no one else", async () => {
      expect(await ids({ kind: 'grid', id: 'g2' })).toEqual(['u-grid-a', 'u-grid-b']);
      expect(await ids({ kind: 'grid', id: 'g1' })).toEqual(['u-grid-b']);
      expect(await ids({ kind: 'grid', id: 'g' })).toEqual([]);
    });

    it("finds a body's users by role and orgId, whole records", async () => {
      expect(await ids({ kind: 'street', id: 'st-1' })).toEqual(['u-street-1', 'u-street-2']);
      expect(await ids({ kind: 'department', id: 'd-cg' })).toEqual(['u-dept-1']);
      expect(await ids({ kind: 'property', id: 'd-cg' })).toEqual([]);
      const [member] = await storage.users.listBodyMembers({ kind: 'property', id: 'p-xingfu' });
      expect(member).toEqual(await storage.users.findById('u-prop-1'));
    });

    it('follows a role change', async () => {
      const scope = { role: 'department' as const, communityIds: [], gridIds: [], orgId: 'd-cg' };
      await storage.users.assignRole('u-street-2', scope, 2);
      expect(await ids({ kind: 'street', id: 'st-1' })).toEqual(['u-street-1']);
      expect(await ids({ kind: 'department', id: 'd-cg' })).toEqual(['u-dept-1', 'u-street-2']);
    });
  });
}
