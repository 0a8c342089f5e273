import type { RoutingRule, RoutingTable, SlaClass } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { RoutingRepository, RoutingRuleRecord } from '../../ports/routing';
import type { CollectionNames } from './collections';
import { countOf, findDocumentById, insertIfAbsent, type CloudbaseDb, type StoredDocument } from './database';

/**
 * One document per street (`_id` = the street id) holding its whole table: `rules` maps a key of
 * each rule id to the rule, `slaClasses` maps a category to its class. A street's table is tens of
 * rules, so a dispatch reads it in one request, and every write is a single-document update of
 * one map entry (two street users editing different rules never overwrite each other).
 */
interface StoredRule extends RoutingRule {
  updatedAt: number;
  updatedBy: string;
}

interface StoredTable {
  _id: string;
  streetId: string;
  rules: Record<string, unknown>;
  slaClasses: Record<string, unknown>;
  /** Who set each category's class, and when (what the audit log does not say at a glance). */
  slaUpdates: Record<string, unknown>;
}

/** One entry of one of the street document's maps. */
interface MapEntry {
  map: 'rules' | 'slaClasses' | 'slaUpdates';
  key: string;
  value: string | object;
}

/**
 * The map key of a rule id. Rule ids are any id the contract accepts; a dot or `$` would split
 * the field path, so the key is the id's UTF-8 bytes in hex (the rule keeps its id inside).
 */
function ruleKey(ruleId: string): string {
  return `r${Buffer.from(ruleId, 'utf8').toString('hex')}`;
}

function rulesOf(stored: StoredDocument | null): RoutingRule[] {
  const map = (stored?.rules ?? {}) as Record<string, StoredRule>;
  return Object.values(map)
    .map(({ id, category, place, holder }) => ({ id, category, place, holder }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function createRoutingRepository(db: CloudbaseDb, names: CollectionNames): RoutingRepository {
  const _ = db.command;
  const tables = () => db.collection(names.routingTables);

  /**
   * Sets entries of the street's maps, creating its document when absent. `updated` counts changed
   * documents, so 0 means either no document or the same values already (a retry): after the
   * insert finds the document there (created meanwhile, or all along), the update runs once more.
   */
  async function upsert(streetId: string, entries: MapEntry[], operation: string): Promise<void> {
    // Objects whole through `_.set()`: a plain object would be merged into the old one field by field.
    const changes = Object.fromEntries(
      entries.map(({ map, key, value }) => [`${map}.${key}`, typeof value === 'object' ? _.set(value) : value]),
    );
    const update = () => tables().where({ _id: streetId }).update(changes);
    if (countOf(await update(), 'updated', operation) === 1) return;
    const fresh: StoredTable = { _id: streetId, streetId, rules: {}, slaClasses: {}, slaUpdates: {} };
    for (const { map, key, value } of entries) fresh[map][key] = value;
    if (await insertIfAbsent(tables(), fresh, operation)) return;
    countOf(await update(), 'updated', operation);
  }

  return {
    async table(streetId): Promise<RoutingTable> {
      const stored = await findDocumentById(tables(), streetId, 'routing.table');
      const slaClasses = { ...((stored?.slaClasses ?? {}) as Partial<Record<MatterCategory, SlaClass>>) };
      return { streetId, rules: rulesOf(stored), slaClasses };
    },
    async saveRule(rule: RoutingRuleRecord) {
      const { streetId, id, category, place, holder, updatedAt, updatedBy } = rule;
      const stored: StoredRule = { id, category, place, holder, updatedAt, updatedBy };
      await upsert(streetId, [{ map: 'rules', key: ruleKey(id), value: stored }], 'routing.saveRule');
    },
    async deleteRule(streetId, ruleId) {
      const path = `rules.${ruleKey(ruleId)}`;
      const reply = await tables()
        .where({ _id: streetId, [path]: _.exists(true) })
        .update({ [path]: _.remove() });
      return countOf(reply, 'updated', 'routing.deleteRule') === 1;
    },
    async setSlaClass(streetId, category, slaClass, by, now) {
      const entries: MapEntry[] = [
        { map: 'slaClasses', key: category, value: slaClass },
        { map: 'slaUpdates', key: category, value: { at: now, by } },
      ];
      await upsert(streetId, entries, 'routing.setSlaClass');
    },
  };
}
