import type Database from 'better-sqlite3';
import type { OutboxRepository } from '../../ports/notifications';
import { rowsAfter, toPage } from './keyset';
import { outboxColumns, outboxParams, outboxValues, toOutboxRow, type OutboxDbRow } from './outboxRows';
import { statementCache } from './queryHelpers';

/** The INSERT the notification writer uses: a row that exists (same id) is left as it is. */
export function outboxInsert(db: Database.Database) {
  const insert = db.prepare(`INSERT OR IGNORE INTO outbox (${outboxColumns}) VALUES (${outboxValues})`);
  return (row: Parameters<typeof outboxParams>[0]) => insert.run(outboxParams(row));
}

export function sqliteOutbox(db: Database.Database): OutboxRepository {
  const prepared = statementCache(db);
  const byId = db.prepare<[string], OutboxDbRow>('SELECT * FROM outbox WHERE id = ?');
  // The claim is one conditional UPDATE: of two dispatchers, the second changes nothing.
  const claim = db.prepare(
    `UPDATE outbox SET status = 'sending', claim_token = @token, claimed_until = @until, updated_at = @now
     WHERE id = @id AND ((status = 'pending' AND not_before <= @now) OR (status = 'sending' AND claimed_until < @now))`,
  );
  const finish = db.prepare(
    `UPDATE outbox SET status = @status, attempts = @attempts, not_before = @notBefore, last_error = @lastError,
       sent_at = @sentAt, merged_into = COALESCE(@mergedInto, merged_into), claim_token = NULL, claimed_until = NULL,
       credit_taken = 0, updated_at = @now
     WHERE id = @id AND status = 'sending' AND claim_token = @token`,
  );
  const markCredit = db.prepare(
    `UPDATE outbox SET credit_taken = 1, updated_at = @now WHERE id = @id AND status = 'sending' AND claim_token = @token`,
  );
  const digestOf = db.prepare<[string], { row_id: string; last_at: number }>('SELECT * FROM digests WHERE key = ?');
  const putDigest = db.prepare('INSERT OR REPLACE INTO digests (key, row_id, last_at) VALUES (?, ?, ?)');
  const takeDigestTx = db.transaction((key: string, rowId: string, now: number, windowMs: number) => {
    const gate = digestOf.get(key);
    if (gate && gate.row_id !== rowId && gate.last_at > now - windowMs) {
      return { taken: false as const, lastAt: gate.last_at };
    }
    putDigest.run(key, rowId, now);
    return { taken: true as const };
  });

  return {
    async due(now, limit) {
      const pending = prepared<OutboxDbRow>(
        "SELECT * FROM outbox WHERE status = 'pending' AND not_before <= ? ORDER BY not_before, id LIMIT ?",
      ).all(now, limit);
      const stale = prepared<OutboxDbRow>(
        "SELECT * FROM outbox WHERE status = 'sending' AND claimed_until < ? ORDER BY claimed_until, id LIMIT ?",
      ).all(now, Math.max(0, limit - pending.length));
      return [...pending, ...stale].map(toOutboxRow);
    },
    async claim(id, token, now, leaseMs) {
      if (claim.run({ id, token, now, until: now + leaseMs }).changes !== 1) return null;
      return toOutboxRow(byId.get(id)!);
    },
    async markCreditTaken(id, token, now) {
      return markCredit.run({ id, token, now }).changes === 1;
    },
    async finish(id, token, result, now) {
      const params = { id, token, now, ...result, mergedInto: result.mergedInto ?? null };
      return finish.run(params).changes === 1;
    },
    async newerInDigest(row) {
      if (row.digestKey === null) return null;
      const newer = prepared<OutboxDbRow>(
        `SELECT * FROM outbox WHERE digest_key = @key AND status IN ('pending', 'sending', 'sent') AND id <> @id
           AND (created_at > @createdAt OR (created_at = @createdAt AND id > @id))
         ORDER BY created_at DESC, id DESC LIMIT 1`,
      ).get({ key: row.digestKey, id: row.id, createdAt: row.createdAt });
      return newer ? toOutboxRow(newer) : null;
    },
    async takeDigest(key, rowId, now, windowMs) {
      return takeDigestTx(key, rowId, now, windowMs);
    },
    async listForUser(userId, after, limit) {
      const where = rowsAfter('created_at', 'id', 'newest', after);
      const rows = prepared<OutboxDbRow>(
        `SELECT * FROM outbox WHERE user_id = @userId AND ${where.sql} ORDER BY created_at DESC, id DESC LIMIT @limit`,
      ).all({ userId, ...where.params, limit: limit + 1 });
      return toPage(rows.map(toOutboxRow), limit, (r) => ({ at: r.createdAt, id: r.id }));
    },
    async listFailed(communityIds, after, limit) {
      const ids = [...new Set(communityIds)];
      if (ids.length === 0) return { items: [], next: null };
      const where = rowsAfter('updated_at', 'id', 'newest', after);
      const rows = prepared<OutboxDbRow>(
        `SELECT * FROM outbox WHERE status = 'failed' AND community_id IN (SELECT value FROM json_each(@communityIds))
           AND ${where.sql} ORDER BY updated_at DESC, id DESC LIMIT @limit`,
      ).all({ communityIds: JSON.stringify(ids), ...where.params, limit: limit + 1 });
      return toPage(rows.map(toOutboxRow), limit, (r) => ({ at: r.updatedAt, id: r.id }));
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toOutboxRow(row) : null;
    },
    async requeue(id, now, message) {
      return (
        prepared(
          `UPDATE outbox SET status = 'pending', not_before = ?, attempts = 0, last_error = '', updated_at = ?,
             template_id = ?, data_json = ?
           WHERE id = ? AND status = 'failed'`,
        ).run(now, now, message.templateId, JSON.stringify(message.data), id).changes === 1
      );
    },
  };
}
