import { aStation, aTeam, anItem } from '../../support/builders/service';
import type { ServiceSetupRepository } from '../../../cloudfunctions/lib/ports/service';
import type { ServiceStorage } from './serviceFixtures';

/** A community's teams, service menu and 红帆驿站: saved whole, listed in their order. */
export function describeServiceSetupContract(current: () => ServiceStorage): void {
  let setup: ServiceSetupRepository;
  beforeEach(() => {
    ({ serviceSetup: setup } = current());
  });

  describe('service setup', () => {
    it("lists a community's teams by creation, a save replacing the team", async () => {
      await setup.saveTeam(aTeam({ id: 't-b', createdAt: 200 }));
      await setup.saveTeam(aTeam({ id: 't-a', createdAt: 200 }));
      await setup.saveTeam(aTeam({ id: 't-c', createdAt: 100, name: '巾帼服务队' }));
      await setup.saveTeam(aTeam({ id: 't-x', communityId: 'c2' }));
      await setup.saveTeam(aTeam({ id: 't-c', createdAt: 100, name: '巾帼志愿服务队' }));
      expect(await setup.listTeams('c1')).toEqual([
        aTeam({ id: 't-c', createdAt: 100, name: '巾帼志愿服务队' }),
        aTeam({ id: 't-a', createdAt: 200 }),
        aTeam({ id: 't-b', createdAt: 200 }),
      ]);
      expect(await setup.listTeams('c-none')).toEqual([]);
    });

    it('keeps the menu in its order, inactive items included, a save replacing the item', async () => {
      const repair = anItem({
        id: 'i-repair',
        name: '家电小修',
        category: 'repair',
        position: 2,
        takenBy: 'team',
        takerId: 't-a',
      });
      const meals = anItem({ id: 'i-meals', name: '助餐送餐', category: 'meals', position: 1, active: false });
      const errand = anItem({ id: 'i-errand', position: 2 });
      for (const item of [repair, meals, errand, anItem({ id: 'i-other', communityId: 'c2' })])
        await setup.saveItem(item);
      expect(await setup.listItems('c1')).toEqual([meals, errand, repair]);
      const moved = { ...meals, position: 3, active: true, updatedAt: 900 };
      await setup.saveItem(moved);
      expect(await setup.listItems('c1')).toEqual([errand, repair, moved]);
      expect(await setup.findItem('i-meals')).toEqual(moved);
      expect(await setup.findItem('missing')).toBeNull();
    });

    it("lists a community's stations by id, with the items they take and walking minutes", async () => {
      const second = aStation({ id: 'st-2', name: '南门红帆驿站', itemIds: [], walkMinutes: {} });
      const first = aStation({ id: 'st-1', itemIds: ['i-1', 'i-2'], walkMinutes: { 'cp-1': 3 } });
      for (const station of [second, first, aStation({ id: 'st-9', communityId: 'c2' })])
        await setup.saveStation(station);
      expect(await setup.listStations('c1')).toEqual([first, second]);
      const edited = { ...second, openingHours: '全年无休 7:00-21:00', walkMinutes: { 'cp-2': 6 }, updatedAt: 900 };
      await setup.saveStation(edited);
      expect(await setup.findStation('st-2')).toEqual(edited);
      expect(await setup.findStation('missing')).toBeNull();
    });
  });
}
