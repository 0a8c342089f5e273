import { byId } from './contractHelpers';
import { aRecord } from '../../support/builders/visits';
import type { VisitRecordRecord, VisitRecordRepository } from '../../../cloudfunctions/lib/ports/visitRecords';
import { type VisitsStorage } from './visitsFixtures';

/**
 * Visit records (民情日记): one per booking, follow-ups and their closing, the matter a record opened.
 * Part of the 民意5来听 storage contract (visitsContract.ts): called inside its describe, with the
 * storage its beforeEach opened.
 */
export function describeVisitRecordsContract(current: () => VisitsStorage): void {
  let visitRecords: VisitRecordRepository;
  beforeEach(() => {
    ({ visitRecords } = current());
  });

  describe('visit records', () => {
    it('round-trips every field through save, findById and findByBookingIds', async () => {
      const full = aRecord({
        id: 'r-full',
        bookingId: 'b1',
        slotId: 's1',
        cadreId: 'cadre-wang',
        communityId: 'c-east',
        residentId: 'u-zhang',
        date: '2025-06-05',
        seen: '楼道堆满杂物',
        heard: '老人担心消防通道被堵',
        solved: '当场联系物业清理',
        suggested: '每月组织一次楼道清理',
        photos: ['cloud://env/a.jpg', 'cloud://env/b.jpg'],
        followUp: { dueDate: '2025-06-20', note: '回访清理情况', state: 'open', outcome: '', closedAt: null },
        matterId: 'm-9',
        createdAt: 5000,
        updatedAt: 5100,
      });
      const bare = aRecord({ id: 'r-bare', bookingId: null, residentId: null, photos: [], followUp: null });
      const other = aRecord({ id: 'r-other', bookingId: 'b2' });
      for (const record of [full, bare, other]) await visitRecords.save(record);

      expect(await visitRecords.findById('r-full')).toEqual(full);
      expect(await visitRecords.findById('r-bare')).toEqual(bare);
      expect(await visitRecords.findById('missing')).toBeNull();
      expect(byId(await visitRecords.findByBookingIds(['b2', 'missing', 'b1']))).toEqual([full, other]);
      expect(await visitRecords.findByBookingIds([])).toEqual([]);
    });

    it('replaces a record saved again, and keeps one record per booking', async () => {
      await visitRecords.save(aRecord({ id: 'r1', bookingId: 'b1', heard: '第一稿' }));
      const edited = aRecord({ id: 'r1', bookingId: 'b1', heard: '修改后', updatedAt: 6000 });
      await visitRecords.save(edited);
      expect(await visitRecords.findById('r1')).toEqual(edited);

      const replacement = aRecord({ id: 'r2', bookingId: 'b1', heard: '重新记录' });
      await visitRecords.save(replacement);
      expect(await visitRecords.findByBookingIds(['b1'])).toEqual([replacement]);
      expect(await visitRecords.findById('r1')).toBeNull();

      await visitRecords.save(aRecord({ id: 'r3', bookingId: null }));
      await visitRecords.save(aRecord({ id: 'r4', bookingId: null }));
      expect(await visitRecords.findById('r3')).not.toBeNull();
      expect(await visitRecords.findById('r4')).not.toBeNull();
    });

    it('lists open follow-ups of a cadre or of communities, due date first', async () => {
      const open = (dueDate: string) => ({
        dueDate,
        note: '回访',
        state: 'open' as const,
        outcome: '',
        closedAt: null,
      });
      await visitRecords.save(aRecord({ id: 'r-late', followUp: open('2025-06-30') }));
      await visitRecords.save(aRecord({ id: 'r-b', followUp: open('2025-06-10') }));
      await visitRecords.save(aRecord({ id: 'r-a', followUp: open('2025-06-10') }));
      await visitRecords.save(aRecord({ id: 'r-c2', communityId: 'c2', followUp: open('2025-06-01') }));
      await visitRecords.save(aRecord({ id: 'r-colleague', cadreId: 'cadre-2', followUp: open('2025-06-02') }));
      await visitRecords.save(
        aRecord({ id: 'r-c3', communityId: 'c3', cadreId: 'cadre-3', followUp: open('2025-06-03') }),
      );
      await visitRecords.save(aRecord({ id: 'x-none', followUp: null }));
      await visitRecords.save(
        aRecord({
          id: 'x-closed',
          followUp: { dueDate: '2025-05-01', note: '', state: 'closed', outcome: '已解决', closedAt: 4000 },
        }),
      );

      const ids = (records: VisitRecordRecord[]) => records.map((r) => r.id);
      expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 10))).toEqual([
        'r-c2',
        'r-a',
        'r-b',
        'r-late',
      ]);
      expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 2))).toEqual(['r-c2', 'r-a']);
      expect(ids(await visitRecords.openFollowUps({ communityIds: ['c1', 'c3'] }, 10))).toEqual([
        'r-colleague',
        'r-c3',
        'r-a',
        'r-b',
        'r-late',
      ]);
      expect(ids(await visitRecords.openFollowUps({ cadreId: 'cadre-1', communityIds: ['c2'] }, 10))).toEqual(['r-c2']);
      expect(await visitRecords.openFollowUps({ communityIds: [] }, 10)).toEqual([]);
      expect(await visitRecords.openFollowUps({}, 10)).toEqual([]);
      expect(await visitRecords.openFollowUps({ cadreId: 'cadre-nobody' }, 10)).toEqual([]);
    });

    it('closes an open follow-up once, and then no longer lists it', async () => {
      const followUp = { dueDate: '2025-06-20', note: '回访', state: 'open' as const, outcome: '', closedAt: null };
      const record = aRecord({ id: 'r1', followUp });
      await visitRecords.save(record);
      await visitRecords.save(aRecord({ id: 'r-none', followUp: null }));

      expect(await visitRecords.closeFollowUp('r1', '物业已清理', 7000)).toBe(true);
      const closed = {
        ...record,
        followUp: { ...followUp, state: 'closed' as const, outcome: '物业已清理', closedAt: 7000 },
        updatedAt: 7000,
      };
      expect(await visitRecords.findById('r1')).toEqual(closed);
      expect(await visitRecords.openFollowUps({ cadreId: 'cadre-1' }, 10)).toEqual([]);

      expect(await visitRecords.closeFollowUp('r1', '又关一次', 8000)).toBe(false);
      expect(await visitRecords.findById('r1')).toEqual(closed);
      expect(await visitRecords.closeFollowUp('r-none', '无', 8000)).toBe(false);
      expect(await visitRecords.closeFollowUp('missing', '无', 8000)).toBe(false);
    });

    it('links a matter once; a retry with the same matter is fine, another matter is refused', async () => {
      const record = aRecord({ id: 'r1', matterId: null });
      await visitRecords.save(record);
      expect(await visitRecords.linkMatter('r1', 'm1', 7000)).toBe(true);
      expect(await visitRecords.findById('r1')).toEqual({ ...record, matterId: 'm1', updatedAt: 7000 });
      expect(await visitRecords.linkMatter('r1', 'm1', 7100)).toBe(true);
      expect(await visitRecords.linkMatter('r1', 'm2', 7200)).toBe(false);
      expect(await visitRecords.findById('r1')).toMatchObject({ matterId: 'm1' });
      expect(await visitRecords.linkMatter('missing', 'm1', 7000)).toBe(false);
    });

    it('lets one of two concurrent links to different matters win', async () => {
      await visitRecords.save(aRecord({ id: 'r1', matterId: null }));
      const results = await Promise.all([
        visitRecords.linkMatter('r1', 'm1', 7000),
        visitRecords.linkMatter('r1', 'm2', 7000),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await visitRecords.findById('r1')).toMatchObject({ matterId: results[0] ? 'm1' : 'm2' });
    });
  });
}
