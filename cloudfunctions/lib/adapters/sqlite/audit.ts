import type Database from 'better-sqlite3';
import type { AuditEntry } from '@domain/contract';
import type { CursorPosition } from '@domain/pagination';
import type { AuditRepository, Page } from '../../ports/storage';
import { rowsAfter, toPage } from './keyset';

interface AuditRow {
  id: string;
  actor_id: string;
  actor_name: string;
  action: string;
  target_type: string;
  target_id: string;
  community_id: string | null;
  before_json: string | null;
  after_json: string | null;
  at: number;
}

export function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    communityId: row.community_id,
    before: row.before_json ? (JSON.parse(row.before_json) as Record<string, unknown>) : null,
    after: row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : null,
    at: row.at,
  };
}

/** A page of the log newest first (audit_log_by_time), of the given actions or all of them. */
function newestFirst(
  db: Database.Database,
  actions: readonly string[] | null,
  after: CursorPosition | null,
  limit: number,
): Page<AuditEntry> {
  const where = rowsAfter('at', 'id', 'newest', after);
  const names = Object.fromEntries((actions ?? []).map((action, i) => [`action${i}`, action]));
  const only = actions
    ? `AND action IN (${
        Object.keys(names)
          .map((key) => `@${key}`)
          .join(', ') || "''"
      })`
    : '';
  const rows = db
    .prepare<
      unknown[],
      AuditRow
    >(`SELECT * FROM audit_log WHERE ${where.sql} ${only} ORDER BY at DESC, id DESC LIMIT @limit`)
    .all({ ...where.params, ...names, limit: limit + 1 });
  return toPage(rows.map(toEntry), limit, (e) => ({ at: e.at, id: e.id }));
}

export function sqliteAudit(db: Database.Database): AuditRepository {
  const insert = db.prepare(
    `INSERT INTO audit_log (id, actor_id, actor_name, action, target_type, target_id, community_id, before_json, after_json, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const byId = db.prepare<[string], AuditRow>('SELECT * FROM audit_log WHERE id = ?');
  return {
    async append(e) {
      insert.run(
        e.id,
        e.actorId,
        e.actorName,
        e.action,
        e.targetType,
        e.targetId,
        e.communityId,
        e.before ? JSON.stringify(e.before) : null,
        e.after ? JSON.stringify(e.after) : null,
        e.at,
      );
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toEntry(row) : null;
    },
    async list({ after, limit }) {
      return newestFirst(db, null, after, limit);
    },
    async listByActions(actions, { after, limit }) {
      return newestFirst(db, actions, after, limit);
    },
  };
}
