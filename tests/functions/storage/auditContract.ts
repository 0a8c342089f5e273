import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { anAudit } from '../../support/builders/audit';

/**
 * The audit repository's contract: entries appended once per id (a retried command writes its
 * line once) and listed newest first. The admin's filtered audit reads are in
 * adminListsContract.ts. Run by storageContract.ts on every adapter.
 */
export function describeAuditContract(current: () => Storage): void {
  describe('audit', () => {
    let storage: Storage;

    beforeEach(() => {
      storage = current();
    });

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
}
