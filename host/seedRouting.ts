import type { RoutingRule, SlaClass } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { Storage } from '../cloudfunctions/lib/ports/storage';

/**
 * 古槐街道's routing table in the demo (街呼区应): the property company answers for the facilities
 * of 幸福小区 and the property matters of 槐荫苑, the district's 城管 for the environment, 交警 for
 * parking, each grid for safety on its ground; what no rule takes falls to the street (首接负责).
 */
const STREET = 's-guhuai';

export const demoRoutingRules: RoutingRule[] = [
  {
    id: 'rr-demo-facilities-xingfu',
    category: 'facilities',
    place: { kind: 'compound', id: 'p-xingfu' },
    holder: { kind: 'property', id: 'pc-xingfu' },
  },
  {
    id: 'rr-demo-property-huaiyin',
    category: 'property',
    place: { kind: 'compound', id: 'p-huaiyin' },
    holder: { kind: 'property', id: 'pc-xingfu' },
  },
  {
    id: 'rr-demo-environment',
    category: 'environment',
    place: null,
    holder: { kind: 'department', id: 'dep-chengguan' },
  },
  { id: 'rr-demo-parking', category: 'parking', place: null, holder: { kind: 'department', id: 'dep-jiaojing' } },
  ...['g-dongmen-1', 'g-dongmen-2', 'g-ximen-1', 'g-ximen-2'].map(
    (gridId): RoutingRule => ({
      id: `rr-demo-safety-${gridId}`,
      category: 'safety',
      place: { kind: 'grid', id: gridId },
      holder: { kind: 'grid', id: gridId },
    }),
  ),
];

export const demoSlaClasses: Partial<Record<MatterCategory, SlaClass>> = {
  safety: 'urgent',
  facilities: 'utilities',
};

export async function seedDemoRouting(storage: Storage, now: number): Promise<void> {
  const by = 'u-street-zhou';
  for (const rule of demoRoutingRules)
    await storage.routing.saveRule({ ...rule, streetId: STREET, updatedAt: now, updatedBy: by });
  for (const [category, slaClass] of Object.entries(demoSlaClasses) as [MatterCategory, SlaClass][]) {
    await storage.routing.setSlaClass(STREET, category, slaClass, by, now);
  }
}
