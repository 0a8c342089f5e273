import type Database from 'better-sqlite3';
import type { RoutingRule, RoutingTable, RulePlaceKind, SlaClass } from '@domain/casework';
import type { HolderKind } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { RoutingRepository } from '../../ports/routing';

interface RuleRow {
  id: string;
  category: MatterCategory | '*';
  place_kind: RulePlaceKind | null;
  place_id: string | null;
  holder_kind: HolderKind;
  holder_id: string;
}

function toRule(row: RuleRow): RoutingRule {
  return {
    id: row.id,
    category: row.category,
    place: row.place_kind === null || row.place_id === null ? null : { kind: row.place_kind, id: row.place_id },
    holder: { kind: row.holder_kind, id: row.holder_id },
  };
}

/** Code-unit order of ids, as the CloudBase adapter sorts them: SQLite's default BINARY collation. */
export function sqliteRouting(db: Database.Database): RoutingRepository {
  const rules = db.prepare(
    `SELECT id, category, place_kind, place_id, holder_kind, holder_id FROM routing_rules
     WHERE street_id = ? ORDER BY id`,
  );
  const slaRows = db.prepare(
    'SELECT category, sla_class FROM routing_sla_classes WHERE street_id = ? ORDER BY category',
  );
  const upsertRule = db.prepare(
    `INSERT INTO routing_rules (street_id, id, category, place_kind, place_id, holder_kind, holder_id, updated_at, updated_by)
     VALUES (@streetId, @id, @category, @placeKind, @placeId, @holderKind, @holderId, @updatedAt, @updatedBy)
     ON CONFLICT (street_id, id) DO UPDATE SET category = excluded.category, place_kind = excluded.place_kind,
       place_id = excluded.place_id, holder_kind = excluded.holder_kind, holder_id = excluded.holder_id,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const removeRule = db.prepare('DELETE FROM routing_rules WHERE street_id = ? AND id = ?');
  const upsertSla = db.prepare(
    `INSERT INTO routing_sla_classes (street_id, category, sla_class, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (street_id, category) DO UPDATE SET sla_class = excluded.sla_class,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );

  return {
    async table(streetId): Promise<RoutingTable> {
      const slaClasses: Partial<Record<MatterCategory, SlaClass>> = {};
      for (const row of slaRows.all(streetId) as { category: MatterCategory; sla_class: SlaClass }[]) {
        slaClasses[row.category] = row.sla_class;
      }
      return { streetId, rules: (rules.all(streetId) as RuleRow[]).map(toRule), slaClasses };
    },
    async saveRule(rule) {
      upsertRule.run({
        streetId: rule.streetId,
        id: rule.id,
        category: rule.category,
        placeKind: rule.place?.kind ?? null,
        placeId: rule.place?.id ?? null,
        holderKind: rule.holder.kind,
        holderId: rule.holder.id,
        updatedAt: rule.updatedAt,
        updatedBy: rule.updatedBy,
      });
    },
    async deleteRule(streetId, ruleId) {
      return removeRule.run(streetId, ruleId).changes === 1;
    },
    async setSlaClass(streetId, category, slaClass, by, now) {
      upsertSla.run(streetId, category, slaClass, now, by);
    },
  };
}
