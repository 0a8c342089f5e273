import type { MatterCategory } from '../matters/categories';
import type { CaseHolder } from './holders';
import { DEFAULT_SLA_CLASS, type SlaClass } from './sla';

/*
 * A street's routing table, after FixMyStreet's category x area -> responsible body: each rule
 * names a category (or '*') and a place (or none), and the body that answers for it. The most
 * specific rule that matches a matter wins; what no rule takes falls to the street (首接负责).
 */

export type RulePlaceKind = 'community' | 'grid' | 'compound';

export interface RulePlace {
  kind: RulePlaceKind;
  id: string;
}

export interface RoutingRule {
  id: string;
  category: MatterCategory | '*';
  place: RulePlace | null;
  holder: CaseHolder;
}

export interface RoutingTable {
  streetId: string;
  rules: readonly RoutingRule[];
  /** The SLA class per category; a category not listed is 'general'. */
  slaClasses: Partial<Record<MatterCategory, SlaClass>>;
}

/** Where a matter stands, as routing needs it. */
export interface MatterPlace {
  category: MatterCategory;
  communityId: string;
  gridId: string | null;
  compoundId: string | null;
}

export interface RouteResult {
  holder: CaseHolder;
  /** The rule that decided, or null when the case fell to the street. */
  rule: RoutingRule | null;
  slaClass: SlaClass;
}

/**
 * The committee may send a case elsewhere than the table says; the override is data on the
 * dispatch (shown to the street, counted in figures), not a rule of the table.
 */
export interface RoutingOverride {
  /** What the table named. */
  routed: CaseHolder;
  /** What the committee chose instead. */
  chosen: CaseHolder;
  reason: string;
  by: string;
}

export function slaClassOf(table: RoutingTable, category: MatterCategory): SlaClass {
  return table.slaClasses[category] ?? DEFAULT_SLA_CLASS;
}

const placeRank: Record<RulePlaceKind, number> = { compound: 3, grid: 2, community: 1 };

function placeMatches(place: RulePlace | null, matter: MatterPlace): boolean {
  if (place === null) return true;
  if (place.kind === 'community') return place.id === matter.communityId;
  if (place.kind === 'grid') return place.id === matter.gridId;
  return place.id === matter.compoundId;
}

function matches(rule: RoutingRule, matter: MatterPlace): boolean {
  return (rule.category === '*' || rule.category === matter.category) && placeMatches(rule.place, matter);
}

/** Negative when `a` is more specific: place first, then a named category, then the lower id. */
function bySpecificity(a: RoutingRule, b: RoutingRule): number {
  const place = (b.place ? placeRank[b.place.kind] : 0) - (a.place ? placeRank[a.place.kind] : 0);
  if (place !== 0) return place;
  const category = (b.category === '*' ? 0 : 1) - (a.category === '*' ? 0 : 1);
  if (category !== 0) return category;
  // Code-unit order, not locale order: the same winner on every server and phone.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The body that answers for this matter, the rule that said so and the clock it runs on. */
export function route(table: RoutingTable, matter: MatterPlace): RouteResult {
  const slaClass = slaClassOf(table, matter.category);
  const winner = table.rules.filter((rule) => matches(rule, matter)).sort(bySpecificity)[0];
  if (!winner) return { holder: { kind: 'street', id: table.streetId }, rule: null, slaClass };
  return { holder: winner.holder, rule: winner, slaClass };
}
