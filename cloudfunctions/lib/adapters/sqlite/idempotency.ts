import type Database from 'better-sqlite3';
import type { ClaimResult, IdempotencyRepository } from '../../ports/storage';

interface IdempotencyRow {
  fingerprint: string;
  status: 'pending' | 'completed';
  response_json: string | null;
  claimed_at: number;
}

export function sqliteIdempotency(db: Database.Database): IdempotencyRepository {
  const find = db.prepare<[string], IdempotencyRow>(
    'SELECT fingerprint, status, response_json, claimed_at FROM idempotency WHERE key = ?',
  );
  const insert = db.prepare(
    "INSERT INTO idempotency (key, fingerprint, status, claimed_at) VALUES (?, ?, 'pending', ?) ON CONFLICT (key) DO NOTHING",
  );
  const takeOver = db.prepare(
    "UPDATE idempotency SET claimed_at = ?, fingerprint = ? WHERE key = ? AND status = 'pending' AND claimed_at = ?",
  );

  // better-sqlite3 runs each statement to completion, and this transaction makes the
  // read-then-write one step, so two claims can never both win.
  const claimTx = db.transaction((key: string, fingerprint: string, now: number, staleAfterMs: number): ClaimResult => {
    if (insert.run(key, fingerprint, now).changes === 1) return { state: 'claimed' };
    const row = find.get(key)!;
    if (row.fingerprint !== fingerprint && row.status === 'completed') return { state: 'mismatch' };
    if (row.status === 'completed') return { state: 'completed', response: JSON.parse(row.response_json ?? 'null') };
    if (now - row.claimed_at > staleAfterMs && takeOver.run(now, fingerprint, key, row.claimed_at).changes === 1) {
      return { state: 'claimed' };
    }
    return row.fingerprint === fingerprint ? { state: 'in_progress' } : { state: 'mismatch' };
  });

  return {
    async claim(key, fingerprint, now, staleAfterMs) {
      return claimTx(key, fingerprint, now, staleAfterMs);
    },
    async complete(key, response, now) {
      db.prepare("UPDATE idempotency SET status = 'completed', response_json = ?, completed_at = ? WHERE key = ?").run(
        JSON.stringify(response),
        now,
        key,
      );
    },
    async release(key) {
      db.prepare("DELETE FROM idempotency WHERE key = ? AND status = 'pending'").run(key);
    },
    async fail(key) {
      // The handler calls this inside the call's unit of work, which then rolls back: the claim
      // goes with everything the call wrote, and a retry starts from a clean slate. Outside a
      // unit, forgetting the claim is the nearest equivalent (nothing else is kept either).
      db.prepare("DELETE FROM idempotency WHERE key = ? AND status = 'pending'").run(key);
    },
    async purgeCompletedBefore(before) {
      return db.prepare("DELETE FROM idempotency WHERE status = 'completed' AND completed_at < ?").run(before).changes;
    },
  };
}
