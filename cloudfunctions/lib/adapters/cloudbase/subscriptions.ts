import type { SubscriptionRepository } from '../../ports/notifications';
import { countOf, MAX_ROWS_PER_GET, rowsOf, succeeded, type CloudbaseDb } from './database';
import { createCreditGrants, subscriptionKey, type SubscriptionDocument } from './subscriptionGrants';

/**
 * Consent credits, one document per user per template (subscriptionGrants.ts). Every change is a
 * single-document atomic `$inc` or a conditional update, so concurrent consents and sends never
 * lose a count and never take a credit that is not there.
 */
export function createSubscriptionRepository(db: CloudbaseDb, collectionName: string): SubscriptionRepository {
  const _ = db.command;
  const credits = () => db.collection(collectionName);
  const { grantOne, grantAll } = createCreditGrants(db, collectionName);

  return {
    grant: (userId, templateId, now, grantId) => grantOne(userId, templateId, now, 'subscriptions.grant', grantId),

    grantAll,

    async take(userId, templateId, now) {
      // Conditional decrement: of two senders racing for the last credit, one matches.
      const reply = await credits()
        .where({ _id: subscriptionKey(userId, templateId), credits: _.gt(0) })
        .update({ credits: _.inc(-1), updatedAt: now });
      return countOf(reply, 'updated', 'subscriptions.take') === 1;
    },

    refund: (userId, templateId, now) => grantOne(userId, templateId, now, 'subscriptions.refund'),

    async clear(userId, templateId, now) {
      // Nothing to clear for a pair never granted: no document is created for it.
      const reply = await credits()
        .where({ _id: subscriptionKey(userId, templateId) })
        .update({ credits: 0, updatedAt: now });
      succeeded(reply, 'subscriptions.clear');
    },

    async credits(userId) {
      // Templates are few (one per message shape), so one get() holds them all. Zero counts are
      // left out: a template the user never consented to and one used up read the same.
      const reply = await credits()
        .where({ userId, credits: _.gt(0) })
        .limit(MAX_ROWS_PER_GET)
        .get();
      const rows = rowsOf(reply, 'subscriptions.credits') as unknown as SubscriptionDocument[];
      return Object.fromEntries(rows.map((row) => [row.templateId, row.credits]));
    },
  };
}
