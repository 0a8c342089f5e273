import type Database from 'better-sqlite3';
import type { SubscriptionRepository } from '../../ports/notifications';

/** The templates of one consent as a JSON array, for json_each. */
interface TemplatesOfUser {
  userId: string;
  templateIds: string;
  now: number;
}

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
  // A grant with an id counts once: its (user, template, grant id) rows, RETURNING only those not
  // recorded yet, and the credits of exactly those, in one transaction. json_each takes the list,
  // so one prepared statement serves any number of templates: two statements per consent.
  const recordGrants = db.prepare<TemplatesOfUser & { grantId: string }, { template_id: string }>(
    `INSERT OR IGNORE INTO subscription_grants (grant_id, user_id, template_id, at)
     SELECT @grantId, @userId, value, @now FROM json_each(@templateIds)
     RETURNING template_id`,
  );
  const addEach = db.prepare<TemplatesOfUser>(
    `INSERT INTO subscriptions (user_id, template_id, credits, updated_at)
     SELECT @userId, value, 1, @now FROM json_each(@templateIds) WHERE true
     ON CONFLICT (user_id, template_id) DO UPDATE SET credits = credits + 1, updated_at = @now`,
  );
  const grantOnce = db.transaction((userId: string, templateIds: readonly string[], now: number, grantId: string) => {
    const distinct = JSON.stringify([...new Set(templateIds)]);
    const counted = recordGrants.all({ grantId, userId, templateIds: distinct, now }).map((r) => r.template_id);
    if (counted.length > 0) addEach.run({ userId, templateIds: JSON.stringify(counted), now });
  });
  const ofUser = db.prepare<[string], { template_id: string; credits: number }>(
    'SELECT template_id, credits FROM subscriptions WHERE user_id = ? AND credits > 0',
  );
  return {
    async grant(userId, templateId, now, grantId) {
      if (grantId) grantOnce(userId, [templateId], now, grantId);
      else add.run({ userId, templateId, now });
    },
    async grantAll(userId, templateIds, now, grantId) {
      if (templateIds.length > 0) grantOnce(userId, templateIds, now, grantId);
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
