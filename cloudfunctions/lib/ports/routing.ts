import type { RoutingRule, RoutingTable, SlaClass } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';

/**
 * Storage of each street's routing table (街呼区应): category x place -> the body that answers, and
 * the SLA class per category. The street edits it; the committee's dispatch reads it (one read per
 * dispatch: a street's table is small, tens of rules). Rules are keyed by (streetId, id); saving a
 * rule with an existing id replaces it, so a retried save lands the same.
 */
export interface RoutingRuleRecord extends RoutingRule {
  streetId: string;
  updatedAt: number;
  updatedBy: string;
}

export interface RoutingRepository {
  /** The street's rules (in id order) and SLA classes; an empty table when none were written. */
  table(streetId: string): Promise<RoutingTable>;
  /** Inserts or replaces the rule with this id in this street. */
  saveRule(rule: RoutingRuleRecord): Promise<void>;
  /** False when the street had no such rule (a retried delete). */
  deleteRule(streetId: string, ruleId: string): Promise<boolean>;
  /** Sets (or replaces) the SLA class of one category in this street. */
  setSlaClass(streetId: string, category: MatterCategory, slaClass: SlaClass, by: string, now: number): Promise<void>;
}
