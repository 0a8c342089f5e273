import { route, slaClassOf, type MatterPlace, type RoutingRule, type RoutingTable } from '@domain/casework/routing';

const cg = { kind: 'department', id: 'chengguan' } as const;
const jj = { kind: 'department', id: 'jiaojing' } as const;
const zj = { kind: 'department', id: 'zhujian' } as const;
const xingfu = { kind: 'property', id: 'xingfu' } as const;
const grid3 = { kind: 'grid', id: 'g3' } as const;

const rules: RoutingRule[] = [
  { id: 'r1', category: 'environment', place: null, holder: cg },
  { id: 'r2', category: 'parking', place: null, holder: jj },
  { id: 'r3', category: '*', place: { kind: 'community', id: 'c1' }, holder: grid3 },
  { id: 'r4', category: 'facilities', place: { kind: 'compound', id: 'k1' }, holder: xingfu },
  { id: 'r5', category: '*', place: { kind: 'compound', id: 'k1' }, holder: xingfu },
  { id: 'r6', category: 'parking', place: { kind: 'grid', id: 'g3' }, holder: grid3 },
  { id: 'r7', category: 'facilities', place: { kind: 'community', id: 'c1' }, holder: zj },
];

const table: RoutingTable = {
  streetId: 's1',
  rules,
  slaClasses: { safety: 'urgent', facilities: 'utilities', property: 'general', other: 'complex' },
};

const place = (over: Partial<MatterPlace>): MatterPlace => ({
  category: 'facilities',
  communityId: 'c1',
  gridId: 'g3',
  compoundId: 'k1',
  ...over,
});

describe('routing', () => {
  it('gives the compound rule first: 小区路灯不亮 goes to the property company', () => {
    const result = route(table, place({}));
    expect(result).toEqual({ holder: xingfu, rule: rules[3], slaClass: 'utilities' });
  });

  it('prefers a named category over * at the same place', () => {
    expect(route(table, place({ category: 'noise' })).rule?.id).toBe('r5');
    expect(route(table, place({ category: 'facilities' })).rule?.id).toBe('r4');
  });

  it('takes the grid over the community, the community over no place', () => {
    expect(route(table, place({ category: 'parking', compoundId: null })).rule?.id).toBe('r6');
    expect(route(table, place({ category: 'parking', compoundId: null, gridId: null })).rule?.id).toBe('r3');
    expect(
      route(table, place({ category: 'parking', communityId: 'c2', gridId: null, compoundId: null })).rule?.id,
    ).toBe('r2');
  });

  it('lets place outrank category: a * rule for the compound beats a named rule for the community', () => {
    expect(route(table, place({ category: 'environment' })).rule?.id).toBe('r5');
  });

  it('breaks ties by rule id, whatever order the table is stored in', () => {
    const twins: RoutingRule[] = [
      { id: 'b', category: 'noise', place: null, holder: jj },
      { id: 'a', category: 'noise', place: null, holder: cg },
    ];
    const result = route({ streetId: 's1', rules: twins, slaClasses: {} }, place({ category: 'noise' }));
    expect(result.rule?.id).toBe('a');
    expect(result.holder).toEqual(cg);
  });

  it('falls to the street when nothing matches (首接负责)', () => {
    const result = route(table, place({ category: 'noise', communityId: 'c9', gridId: 'g9', compoundId: null }));
    expect(result).toEqual({ holder: { kind: 'street', id: 's1' }, rule: null, slaClass: 'general' });
    expect(route({ streetId: 's2', rules: [], slaClasses: {} }, place({})).holder).toEqual({
      kind: 'street',
      id: 's2',
    });
  });

  it('never matches a grid or compound rule on a matter without one', () => {
    const gridOnly: RoutingRule[] = [{ id: 'x', category: '*', place: { kind: 'grid', id: 'g3' }, holder: grid3 }];
    const noGrid = place({ gridId: null, compoundId: null });
    expect(route({ streetId: 's1', rules: gridOnly, slaClasses: {} }, noGrid).rule).toBeNull();
  });

  it('reads the SLA class per category, general by default', () => {
    expect(slaClassOf(table, 'safety')).toBe('urgent');
    expect(slaClassOf(table, 'other')).toBe('complex');
    expect(slaClassOf(table, 'noise')).toBe('general');
  });
});
