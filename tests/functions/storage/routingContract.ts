import type { RoutingRepository, RoutingRuleRecord } from '../../../cloudfunctions/lib/ports/routing';

export interface RoutingStorage {
  routing: RoutingRepository;
  close(): Promise<void>;
}

const T = Date.UTC(2026, 11, 6, 2, 0);

function aRule(overrides: Partial<RoutingRuleRecord> = {}): RoutingRuleRecord {
  return {
    streetId: 'st-guhuai',
    id: 'rr-facilities-xingfu',
    category: 'facilities',
    place: { kind: 'community', id: 'c-xingfu' },
    holder: { kind: 'property', id: 'p-xingfu' },
    updatedAt: T,
    updatedBy: 'u-street-1',
    ...overrides,
  };
}

/** What table() gives back for a stored rule: the rule without its street and bookkeeping. */
function asRule({ id, category, place, holder }: RoutingRuleRecord) {
  return { id, category, place, holder };
}

/**
 * The behaviour every adapter of ports/routing.ts must have (SQLite and the CloudBase fake).
 * "Concurrent" means calls started together with Promise.all.
 */
export function describeRoutingContract(adapterName: string, openEmpty: () => Promise<RoutingStorage>): void {
  describe(`routing storage contract: ${adapterName}`, () => {
    let storage: RoutingStorage;
    let routing: RoutingRepository;
    beforeEach(async () => {
      storage = await openEmpty();
      ({ routing } = storage);
    });
    afterEach(async () => {
      await storage.close();
    });

    it('gives an empty table for a street with nothing written', async () => {
      expect(await routing.table('st-none')).toEqual({ streetId: 'st-none', rules: [], slaClasses: {} });
    });

    it("keeps every field of a rule, in id order, and each street's rules apart", async () => {
      const everywhere = aRule({ id: 'rr-b', category: '*', place: null, holder: { kind: 'street', id: 'st-guhuai' } });
      const grid = aRule({
        id: 'rr-a',
        category: 'safety',
        place: { kind: 'grid', id: 'g-1' },
        holder: { kind: 'grid', id: 'g-1' },
      });
      const other = aRule({ streetId: 'st-other', id: 'rr-a', holder: { kind: 'department', id: 'd-cg' } });
      for (const rule of [everywhere, aRule(), grid, other]) await routing.saveRule(rule);
      expect(await routing.table('st-guhuai')).toEqual({
        streetId: 'st-guhuai',
        rules: [asRule(grid), asRule(everywhere), asRule(aRule())],
        slaClasses: {},
      });
      expect((await routing.table('st-other')).rules).toEqual([asRule(other)]);
    });

    it('replaces a rule saved again under its id, whole; a retried save lands the same', async () => {
      await routing.saveRule(aRule());
      const changed = aRule({
        category: 'property',
        place: null,
        holder: { kind: 'department', id: 'd-zj' },
        updatedAt: T + 1,
      });
      await routing.saveRule(changed);
      await routing.saveRule(changed);
      expect((await routing.table('st-guhuai')).rules).toEqual([asRule(changed)]);
    });

    it('keeps ids with dots and other characters as they are', async () => {
      const odd = aRule({ id: 'rule.1$x 规则' });
      await routing.saveRule(odd);
      expect((await routing.table('st-guhuai')).rules).toEqual([asRule(odd)]);
      expect(await routing.deleteRule('st-guhuai', 'rule.1$x 规则')).toBe(true);
      expect((await routing.table('st-guhuai')).rules).toEqual([]);
    });

    it('deletes a rule of its street only; a retried delete answers false', async () => {
      await routing.saveRule(aRule());
      await routing.saveRule(aRule({ streetId: 'st-other' }));
      expect(await routing.deleteRule('st-guhuai', aRule().id)).toBe(true);
      expect(await routing.deleteRule('st-guhuai', aRule().id)).toBe(false);
      expect(await routing.deleteRule('st-none', aRule().id)).toBe(false);
      expect((await routing.table('st-guhuai')).rules).toEqual([]);
      expect((await routing.table('st-other')).rules).toEqual([asRule(aRule())]);
    });

    it('sets and replaces SLA classes per category, next to the rules', async () => {
      await routing.setSlaClass('st-guhuai', 'safety', 'urgent', 'u-street-1', T);
      await routing.saveRule(aRule());
      await routing.setSlaClass('st-guhuai', 'facilities', 'general', 'u-street-1', T);
      await routing.setSlaClass('st-guhuai', 'facilities', 'utilities', 'u-street-2', T + 1);
      await routing.setSlaClass('st-guhuai', 'facilities', 'utilities', 'u-street-2', T + 1);
      expect(await routing.table('st-guhuai')).toEqual({
        streetId: 'st-guhuai',
        rules: [asRule(aRule())],
        slaClasses: { safety: 'urgent', facilities: 'utilities' },
      });
      expect((await routing.table('st-other')).slaClasses).toEqual({});
    });

    it('keeps every one of 20 concurrent saves of different rules on a new street, and SLA classes beside', async () => {
      const rules = Array.from({ length: 20 }, (_, i) => aRule({ id: `rr-${String(i).padStart(2, '0')}` }));
      await Promise.all([
        ...rules.map((rule) => routing.saveRule(rule)),
        routing.setSlaClass('st-guhuai', 'safety', 'urgent', 'u-street-1', T),
        routing.setSlaClass('st-guhuai', 'noise', 'complex', 'u-street-1', T),
      ]);
      const table = await routing.table('st-guhuai');
      expect(table.rules).toEqual(rules.map(asRule));
      expect(table.slaClasses).toEqual({ safety: 'urgent', noise: 'complex' });
    });

    it('of concurrent deletes of one rule, exactly one answers true', async () => {
      await routing.saveRule(aRule());
      const results = await Promise.all(Array.from({ length: 10 }, () => routing.deleteRule('st-guhuai', aRule().id)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
}
