import { categoryLabels, type MatterCategory } from '@domain/matters/categories';

export type RuleCategory = MatterCategory | '*';
export type PlaceKind = 'community' | 'grid' | 'compound';

const placeKindLabels: Record<PlaceKind, string> = { community: '社区', grid: '网格', compound: '小区' };

export function categoryText(category: RuleCategory): string {
  return category === '*' ? '全部类别' : categoryLabels[category];
}

export function placeText(place: { kind: PlaceKind; name: string } | null): string {
  return place ? place.name : '全街道';
}

/** `幸福小区（小区）`: a place among others of several kinds. */
export function placeChoiceText(place: { kind: PlaceKind; name: string }): string {
  return `${place.name}（${placeKindLabels[place.kind]}）`;
}

/** `设施 · 幸福小区 → 幸福物业`: one rule in words. */
export function ruleText(rule: {
  category: RuleCategory;
  place: { kind: PlaceKind; name: string } | null;
  holder: { name: string };
}): string {
  return `${categoryText(rule.category)} · ${placeText(rule.place)} → ${rule.holder.name}`;
}
