import type { Storage } from '../../../cloudfunctions/lib/ports/storage';

/**
 * The places repository's contract: the place tree (districts to compounds) read back as one
 * directory, and the departments and property companies listed with it. Run by
 * storageContract.ts on every adapter.
 */
export function describePlacesContract(current: () => Storage): void {
  describe('places', () => {
    let storage: Storage;

    beforeEach(() => {
      storage = current();
    });

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
}
