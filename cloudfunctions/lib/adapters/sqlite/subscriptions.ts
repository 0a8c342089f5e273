import type Database from 'better-sqlite3';
import type { SubscriptionRepository } from '../../ports/notifications';

export function sqliteSubscriptions(db: Database.Database): SubscriptionRepository {
  const add = db.prepare(
    `INSERT INTO subscriptions (user_id, template_id, credits, updated_at) VALUES (@userId, @templateId, 1, @now)
     ON CONFLICT (user_id, template_id) DO UPDATE SET credits = credits + 1, updated_at = @now`,
  );
  // Conditional decrement: never below zero, and of two takers of the last credit one wins.
  const take = db.prepare(
    `UPDATE subscriptions SET credits = credits - 1, updated_at = @now
     WHERE user_id = @userId AND template_id = @templateId AND credits > 0`,
  );
  const clear = db.prepare(
    'UPDATE subscriptions SET credits = 0, updated_at = @now WHERE user_id = @userId AND template_id = @templateId',
  );
  const recordGrant = db.prepare(
    `INSERT OR IGNORE INTO subscription_grants (grant_id, user_id, template_id, at) VALUES (@grantId, @userId, @templateId, @now)`,
  );
  // A grant with an id counts once: the id's row and the credit go in one transaction.
  const grantOnce = db.transaction((userId: string, templateId: string, now: number, grantId: string) => {
    if (recordGrant.run({ grantId, userId, templateId, now }).changes === 0) return;
    add.run({ userId, templateId, now });
  });
  const ofUser = db.prepare<[string], { template_id: string; credits: number }>(
    'SELECT template_id, credits FROM subscriptions WHERE user_id = ? AND credits > 0',
  );
  return {
    async grant(userId, templateId, now, grantId) {
      if (grantId) grantOnce(userId, templateId, now, grantId);
      else add.run({ userId, templateId, now });
    },
    async take(userId, templateId, now) {
      return take.run({ userId, templateId, now }).changes === 1;
    },
    async refund(userId, templateId, now) {
      add.run({ userId, templateId, now });
    },
    async clear(userId, templateId, now) {
      clear.run({ userId, templateId, now });
    },
    async credits(userId) {
      return Object.fromEntries(ofUser.all(userId).map((r) => [r.template_id, r.credits]));
    },
  };
}
