import { anEntry } from '../../support/builders/service';
import type { HoursLedgerRepository } from '../../../cloudfunctions/lib/ports/service';
import { collectIds } from './contractHelpers';
import type { ServiceStorage } from './serviceFixtures';

/** Each volunteer's hours: appended only, listed newest first, totalled for stars. */
export function describeLedgerContract(current: () => ServiceStorage): void {
  let ledger: HoursLedgerRepository;
  beforeEach(() => {
    ({ hoursLedger: ledger } = current());
  });

  describe('hours ledger', () => {
    it('appends an entry and lists it with every field', async () => {
      const entry = anEntry({
        id: 'honour:1',
        kind: 'honour',
        minutes: 120,
        refId: null,
        evidence: 'cloud://env/p.jpg',
      });
      expect(await ledger.append(entry)).toBe(true);
      expect(await ledger.list('u-vol-1', null, 10)).toEqual({ items: [entry], next: null });
    });

    it('is append-only: the same id appended twice keeps the first, minutes unchanged', async () => {
      expect(await ledger.append(anEntry({ id: 'order:o1', minutes: 60 }))).toBe(true);
      expect(await ledger.append(anEntry({ id: 'order:o1', minutes: 600, note: '改过' }))).toBe(false);
      expect((await ledger.list('u-vol-1', null, 10)).items).toEqual([anEntry({ id: 'order:o1', minutes: 60 })]);
      expect((await ledger.totals(['u-vol-1'])).get('u-vol-1')).toBe(60);
    });

    it('appends an id once when the same entry is appended concurrently', async () => {
      const results = await Promise.all(Array.from({ length: 10 }, () => ledger.append(anEntry({ id: 'order:o1' }))));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await ledger.list('u-vol-1', null, 10)).items).toHaveLength(1);
    });

    it('offers no way to change or delete an entry through the port', () => {
      expect(Object.keys(ledger).sort()).toEqual(['append', 'list', 'totals']);
    });

    it('totals signed minutes per volunteer, 0 for one without entries', async () => {
      await ledger.append(anEntry({ id: 'order:o1', minutes: 60 }));
      await ledger.append(anEntry({ id: 'activity:a1', kind: 'activity', minutes: 95 }));
      await ledger.append(anEntry({ id: 'correction:1', kind: 'correction', minutes: -30 }));
      await ledger.append(anEntry({ id: 'order:o2', volunteerUserId: 'u-vol-2', minutes: 45 }));
      const totals = await ledger.totals(['u-vol-1', 'u-vol-2', 'u-none', 'u-vol-1']);
      expect(Object.fromEntries(totals)).toEqual({ 'u-vol-1': 125, 'u-vol-2': 45, 'u-none': 0 });
      expect((await ledger.totals([])).size).toBe(0);
    });

    it('totals at most 100 volunteers a call', async () => {
      const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
      await expect(ledger.totals(many)).rejects.toThrow(RangeError);
      expect((await ledger.totals(many.slice(0, 100))).size).toBe(100);
    });

    it("lists one volunteer's entries newest first, in pages without duplicates or gaps", async () => {
      for (let i = 0; i < 7; i += 1) {
        await ledger.append(anEntry({ id: `e${i}`, at: 1000 + Math.floor(i / 2) * 10 }));
      }
      await ledger.append(anEntry({ id: 'e-other', volunteerUserId: 'u-vol-2', at: 5000 }));
      const ids = await collectIds((after) => ledger.list('u-vol-1', after, 2), 2);
      expect(ids).toEqual(['e6', 'e5', 'e4', 'e3', 'e2', 'e1', 'e0']);
      expect(await ledger.list('u-none', null, 2)).toEqual({ items: [], next: null });
    });
  });
}
