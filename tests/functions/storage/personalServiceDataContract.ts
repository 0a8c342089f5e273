import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { anEntry, anOrder, aVolunteer } from '../../support/builders/service';

/**
 * The service capability's part of one user's data (storage.personalData): their 双报到 reports
 * in every community, and the erasure writes of 注销 for their orders and reports. Run inside the
 * personal data contract, on the storage it opened for each test.
 */
export function describeServicePersonalData(storageOf: () => Storage): void {
  describe('service orders and 双报到 reports', () => {
    it('lists a user’s reports in every community, oldest first, and no one else’s', async () => {
      const storage = storageOf();
      await storage.volunteers.report(aVolunteer({ userId: 'u1', communityId: 'c2', reportedAt: 3000 }));
      await storage.volunteers.report(aVolunteer({ userId: 'u1', communityId: 'c1', reportedAt: 2000 }));
      await storage.volunteers.report(aVolunteer({ userId: 'u2', communityId: 'c1' }));
      const reports = await storage.personalData.listVolunteerReportsBy('u1');
      expect(reports).toEqual([
        aVolunteer({ userId: 'u1', communityId: 'c1', reportedAt: 2000 }),
        aVolunteer({ userId: 'u1', communityId: 'c2', reportedAt: 3000 }),
      ]);
      expect(await storage.personalData.listVolunteerReportsBy('nobody')).toEqual([]);
    });

    it('removes a user’s reports and keeps their hours ledger and everyone else’s reports, the same when repeated', async () => {
      const storage = storageOf();
      await storage.volunteers.report(aVolunteer({ userId: 'u1', communityId: 'c1' }));
      await storage.volunteers.report(aVolunteer({ userId: 'u1', communityId: 'c2' }));
      await storage.volunteers.report(aVolunteer({ userId: 'u2', communityId: 'c1' }));
      await storage.hoursLedger.append(anEntry({ id: 'order:o1', volunteerUserId: 'u1' }));
      await storage.personalData.removeVolunteerReports('u1');
      await storage.personalData.removeVolunteerReports('u1');
      expect(await storage.personalData.listVolunteerReportsBy('u1')).toEqual([]);
      expect(await storage.volunteers.findById('c1:u1')).toBeNull();
      expect(await storage.volunteers.findById('c1:u2')).not.toBeNull();
      expect((await storage.hoursLedger.list('u1', null, 10)).items.map((entry) => entry.id)).toEqual(['order:o1']);
    });

    it('erases an order’s words and contacts, keeps its item, state, times and rating, the same when repeated', async () => {
      const storage = storageOf();
      const onBehalf = {
        staffId: 's1',
        staffName: '刘主任',
        consent: '本人口头同意',
        residentName: '陈秀英',
        familyId: null,
      };
      const order = anOrder({
        id: 'o1',
        residentId: 'u1',
        onBehalf,
        state: 'confirmed',
        claimantId: 'v1',
        claimedAt: 2000,
        startedAt: 3000,
        doneAt: 4000,
        closedAt: 5000,
        rating: 5,
        thanks: '谢谢小王',
        reason: '陈秀英说不急',
      });
      await storage.orders.place(order);
      await storage.orders.place(anOrder({ id: 'o2', residentId: 'u2' }));
      const erasure = {
        details: '',
        address: '',
        contactPhone: '',
        thanks: '',
        reason: '',
        onBehalf: { ...onBehalf, residentName: '' },
      };
      await storage.personalData.eraseOrder('o1', erasure, 6000);
      await storage.personalData.eraseOrder('o1', erasure, 6000);
      expect(await storage.orders.findById('o1')).toEqual({ ...order, ...erasure, updatedAt: 6000 });
      expect(await storage.orders.findById('o2')).toEqual(anOrder({ id: 'o2', residentId: 'u2' }));
    });

    it('clears the contact phone of a user’s orders with their phone (WeChat’s revoke of 手机号), and only theirs', async () => {
      const storage = storageOf();
      await storage.orders.place(anOrder({ id: 'o1', residentId: 'u1', state: 'claimed', claimantId: 'v1' }));
      await storage.orders.place(anOrder({ id: 'o2', residentId: 'u2' }));
      await storage.personalData.erasePhone('u1', 6000);
      await storage.personalData.erasePhone('u1', 6000);
      expect(await storage.orders.findById('o1')).toEqual(
        anOrder({ id: 'o1', residentId: 'u1', state: 'claimed', claimantId: 'v1', contactPhone: '', updatedAt: 6000 }),
      );
      expect(await storage.orders.findById('o2')).toEqual(anOrder({ id: 'o2', residentId: 'u2' }));
    });

    it('forgets a deleted family member on the 代办 orders naming them, and only there, the same when repeated', async () => {
      const storage = storageOf();
      const onBehalf = { staffId: 's1', staffName: '陈秀英', consent: '本人口头同意', residentName: '王桂芝' };
      await storage.orders.place(anOrder({ id: 'o1', residentId: null, onBehalf: { ...onBehalf, familyId: 'u1' } }));
      await storage.orders.place(anOrder({ id: 'o2', residentId: null, onBehalf: { ...onBehalf, familyId: 'u2' } }));
      await storage.personalData.forgetFamily('u1', 7000);
      await storage.personalData.forgetFamily('u1', 7000);
      expect(await storage.orders.findById('o1')).toEqual(
        anOrder({ id: 'o1', residentId: null, onBehalf: { ...onBehalf, familyId: null }, updatedAt: 7000 }),
      );
      expect((await storage.orders.findById('o2'))?.onBehalf?.familyId).toBe('u2');
    });
  });
}
