import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { anAudit } from '../../support/builders/audit';
import { aUser } from '../../support/builders/users';

/**
 * What the admin's pages read (issue 13): users found by part of the name or the phone's last
 * digits, and the audit lines of chosen actions. Run by storageContract.ts on every adapter.
 */
export function describeAdminListsContract(current: () => Storage): void {
  describe('users search', () => {
    const people = [
      aUser({ id: 'u1', openid: 'o1', name: '张桂兰', phone: '13805371234', createdAt: 1001, communityIds: ['c1'] }),
      aUser({ id: 'u2', openid: 'o2', name: '张明', phone: '13905375678', createdAt: 1002, communityIds: ['c2'] }),
      aUser({
        id: 'u3',
        openid: 'o3',
        name: '李_%明',
        phone: '13712341234',
        createdAt: 1003,
        role: 'cadre',
        communityIds: ['c1'],
      }),
      aUser({ id: 'u4', openid: 'o4', name: '王芳', phone: '', createdAt: 1004 }),
    ];
    const ids = async (query: Parameters<Storage['users']['list']>[0]) =>
      (await current().users.list(query)).items.map((user) => user.id);

    beforeEach(async () => {
      for (const person of people) await current().users.createIfAbsent(person);
    });

    it('finds part of a name, newest first, wildcards taken as written', async () => {
      expect(await ids({ search: { kind: 'name', text: '张' }, after: null, limit: 10 })).toEqual(['u2', 'u1']);
      expect(await ids({ search: { kind: 'name', text: '_%' }, after: null, limit: 10 })).toEqual(['u3']);
      expect(await ids({ search: { kind: 'name', text: '%' }, after: null, limit: 10 })).toEqual(['u3']);
      expect(await ids({ search: { kind: 'name', text: '明' }, role: 'cadre', after: null, limit: 10 })).toEqual([
        'u3',
      ]);
      expect(await ids({ search: { kind: 'name', text: '明' }, communityId: 'c2', after: null, limit: 10 })).toEqual([
        'u2',
      ]);
    });

    it('finds the last digits of a phone, not the same digits elsewhere in it', async () => {
      expect(await ids({ search: { kind: 'phoneTail', digits: '1234' }, after: null, limit: 10 })).toEqual([
        'u3',
        'u1',
      ]);
      expect(await ids({ search: { kind: 'phoneTail', digits: '5371' }, after: null, limit: 10 })).toEqual([]);
      expect(await ids({ search: { kind: 'phoneTail', digits: '78' }, after: null, limit: 10 })).toEqual(['u2']);
      expect(
        await ids({ search: { kind: 'phoneTail', digits: '1234' }, communityId: 'c1', after: null, limit: 1 }),
      ).toEqual(['u3']);
    });
  });

  describe('audit by action', () => {
    it('lists only the given actions, newest first, page by page', async () => {
      const actions = ['account.assignRole', 'matter.moderate', 'visit.revealContact', 'account.assignRole'];
      for (const [i, action] of actions.entries()) {
        await current().audit.append(anAudit({ id: `a${i}`, action, at: 100 + i }));
      }
      const wanted = ['account.assignRole', 'visit.revealContact'];
      const first = await current().audit.listByActions(wanted, { after: null, limit: 2 });
      expect(first.items.map((entry) => entry.id)).toEqual(['a3', 'a2']);
      const second = await current().audit.listByActions(wanted, { after: first.next, limit: 2 });
      expect(second.items.map((entry) => entry.id)).toEqual(['a0']);
      expect(second.next).toBeNull();
      expect((await current().audit.listByActions([], { after: null, limit: 5 })).items).toEqual([]);
    });
  });
}
