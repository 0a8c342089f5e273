import { aVolunteer } from '../../support/builders/service';
import type { VolunteerRecord, VolunteerRepository } from '../../../cloudfunctions/lib/ports/service';
import { byId, collectIds } from './contractHelpers';
import type { ServiceStorage } from './serviceFixtures';

type Review = Parameters<VolunteerRepository['review']>[1];

const approval: Review = {
  state: 'approved',
  returnReason: '',
  gridId: 'g1',
  teamId: 'team-1',
  stationId: null,
  reviewedBy: 'u-committee',
};

const returning: Review = {
  state: 'returned',
  returnReason: '请补充工作单位',
  gridId: null,
  teamId: null,
  stationId: null,
  reviewedBy: 'u-committee-2',
};

/** 双报到 reports: reporting (again), the committee's review and placement, the directory. */
export function describeVolunteersContract(current: () => ServiceStorage): void {
  let volunteers: VolunteerRepository;
  beforeEach(() => {
    ({ volunteers } = current());
  });

  async function reload(id: string): Promise<VolunteerRecord> {
    const found = await volunteers.findById(id);
    if (!found) throw new Error(`volunteer ${id} vanished`);
    return found;
  }

  describe('volunteers', () => {
    it('round-trips every field through report, findById and findByUsers', async () => {
      const report = aVolunteer({ userId: 'u1', categories: ['meals', 'care'], workUnit: '' });
      expect(await volunteers.report(report)).toBe(true);
      expect(await volunteers.findById('c1:u1')).toEqual(report);
      expect(await volunteers.findById('missing')).toBeNull();
      const elsewhere = aVolunteer({ userId: 'u1', communityId: 'c2' });
      const other = aVolunteer({ userId: 'u2' });
      await volunteers.report(elsewhere);
      await volunteers.report(other);
      expect(byId(await volunteers.findByUsers('c1', ['u2', 'u1', 'missing']))).toEqual([report, other]);
      expect(await volunteers.findByUsers('c1', [])).toEqual([]);
    });

    it('replaces a pending or a returned report reported again', async () => {
      await volunteers.report(aVolunteer({ userId: 'u1', skills: '第一次' }));
      const again = aVolunteer({ userId: 'u1', skills: '改了', reportedAt: 2000, updatedAt: 2000 });
      expect(await volunteers.report(again)).toBe(true);
      expect(await reload('c1:u1')).toEqual(again);
      expect(await volunteers.review('c1:u1', returning, 3000)).toBe(true);
      const third = aVolunteer({ userId: 'u1', skills: '补充了单位', reportedAt: 4000, updatedAt: 4000 });
      expect(await volunteers.report(third)).toBe(true);
      expect(await reload('c1:u1')).toEqual(third);
      // The same report once more (a retry) is still a success.
      expect(await volunteers.report(third)).toBe(true);
    });

    it('refuses a report over an approved one, which stays as it was', async () => {
      await volunteers.report(aVolunteer({ userId: 'u1' }));
      await volunteers.review('c1:u1', approval, 3000);
      const approved = await reload('c1:u1');
      expect(await volunteers.report(aVolunteer({ userId: 'u1', skills: '想重来', reportedAt: 4000 }))).toBe(false);
      expect(await reload('c1:u1')).toEqual(approved);
    });

    it('reviews only a pending report: state, reason, placement, reviewer and time', async () => {
      await volunteers.report(aVolunteer({ userId: 'u1' }));
      expect(await volunteers.review('c1:u1', approval, 3000)).toBe(true);
      expect(await reload('c1:u1')).toEqual({
        ...aVolunteer({ userId: 'u1' }),
        ...approval,
        reviewedAt: 3000,
        updatedAt: 3000,
      });
      expect(await volunteers.review('c1:u1', returning, 3100)).toBe(false);
      expect(await volunteers.review('missing', approval, 3100)).toBe(false);
      expect(await reload('c1:u1')).toMatchObject({ state: 'approved', reviewedAt: 3000 });
    });

    it('of two concurrent reviews one wins, and the stored review is the winner', async () => {
      await volunteers.report(aVolunteer({ userId: 'u1' }));
      const [approved, returned] = await Promise.all([
        volunteers.review('c1:u1', approval, 3000),
        volunteers.review('c1:u1', returning, 3000),
      ]);
      expect([approved, returned].filter(Boolean)).toHaveLength(1);
      expect(await reload('c1:u1')).toMatchObject(approved ? approval : returning);
    });

    it('places only an approved volunteer', async () => {
      await volunteers.report(aVolunteer({ userId: 'u1' }));
      const placement = { gridId: 'g2', teamId: null, stationId: 'st-1' };
      expect(await volunteers.place('c1:u1', placement, 3000)).toBe(false);
      await volunteers.review('c1:u1', approval, 3000);
      expect(await volunteers.place('c1:u1', placement, 4000)).toBe(true);
      expect(await reload('c1:u1')).toMatchObject({ ...placement, state: 'approved', updatedAt: 4000 });
      expect(await volunteers.place('c1:u1', placement, 4000)).toBe(true);
      expect(await volunteers.place('missing', placement, 4000)).toBe(false);
    });

    it('lists a community newest report first, in one state or all, in pages without duplicates or gaps', async () => {
      for (let i = 0; i < 9; i += 1) {
        await volunteers.report(
          aVolunteer({
            userId: `u${i}`,
            reportedAt: 1000 + Math.floor(i / 2) * 10,
            communityId: i === 8 ? 'c2' : 'c1',
          }),
        );
      }
      for (const userId of ['u1', 'u4', 'u5']) await volunteers.review(`c1:${userId}`, approval, 3000);
      const ids = (state?: 'pending' | 'approved') =>
        collectIds((after) => volunteers.list({ communityId: 'c1', state, after, limit: 2 }), 2);
      expect(await ids()).toEqual(['c1:u7', 'c1:u6', 'c1:u5', 'c1:u4', 'c1:u3', 'c1:u2', 'c1:u1', 'c1:u0']);
      expect(await ids('approved')).toEqual(['c1:u5', 'c1:u4', 'c1:u1']);
      expect(await ids('pending')).toEqual(['c1:u7', 'c1:u6', 'c1:u3', 'c1:u2', 'c1:u0']);
    });
  });
}
